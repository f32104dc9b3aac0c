-- Migration to schema version 2: the mixed medical commission and named lists. Takes a ledger of version 1
-- to version 2; `ledger migrate` runs the files after a ledger's version, in order. Its statements are
-- those of `schema.sql`, word for word, so that a migrated ledger is the file a new one is; a test
-- proves it. A released migration is never edited.

INSERT INTO journal_kinds (kind) VALUES
    ('assessment.add'), ('consent.record'), ('list.add'), ('list.resolve');

-- Every finding of a mixed medical commission: at most one per person and day.
CREATE TABLE assessments (
    person_id     TEXT NOT NULL REFERENCES persons (id),
    on_date       TEXT NOT NULL CHECK (on_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    category      TEXT NOT NULL CHECK (category IN ('incurable', 'long-term', 'permanent', 'neutral-recovery', 'neutral-threat', 'not-eligible')),
    severity      INTEGER NOT NULL CHECK (severity BETWEEN 1 AND 5),
    members       TEXT NOT NULL CHECK (length(members) > 0),
    votes_for     INTEGER NOT NULL CHECK (votes_for BETWEEN 2 AND 3),
    votes_against INTEGER NOT NULL CHECK (votes_against BETWEEN 0 AND 1),
    findings      TEXT NOT NULL CHECK (length(findings) > 0),
    seq           INTEGER NOT NULL,
    PRIMARY KEY (person_id, on_date)
) STRICT;

-- For each assessed person, the finding in force (the latest) and the keys of the priority order
-- (docs/contract.md). `captured_on` and `born_from` (the first day the birth date can stand for) are copied
-- from the person, whose facts never change, so that one index serves the whole order.
-- `eligible_since` starts the unbroken run of findings for direct repatriation that ends with the
-- one in force, the day from which a prisoner still held becomes overdue.
CREATE TABLE medical_status (
    person_id      TEXT PRIMARY KEY REFERENCES persons (id),
    assessed_on    TEXT NOT NULL CHECK (assessed_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    category       TEXT NOT NULL CHECK (category IN ('incurable', 'long-term', 'permanent', 'neutral-recovery', 'neutral-threat', 'not-eligible')),
    outcome_rank   INTEGER NOT NULL CHECK (outcome_rank BETWEEN 1 AND 3),
    severity       INTEGER NOT NULL CHECK (severity BETWEEN 1 AND 5),
    captured_on    TEXT CHECK (captured_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    born_from      TEXT CHECK (born_from GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    eligible_since TEXT CHECK (eligible_since GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    seq            INTEGER NOT NULL,
    CHECK ((eligible_since IS NOT NULL) = (outcome_rank = 1))
) STRICT;

-- `ledger priority` reads this index in order, so `--limit 500` reads about 500 rows of any register.
CREATE INDEX medical_priority ON medical_status (
    outcome_rank, severity DESC, captured_on IS NULL, captured_on, born_from IS NULL, born_from, person_id);

-- Prisoners' decisions on repatriation (GC III Art. 109): at most one per person and day; the
-- latest is in force.
CREATE TABLE consents (
    person_id TEXT NOT NULL REFERENCES persons (id),
    on_date   TEXT NOT NULL CHECK (on_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    refuses   INTEGER NOT NULL CHECK (refuses IN (0, 1)),
    witness   TEXT NOT NULL CHECK (length(witness) > 0),
    in_force  INTEGER NOT NULL CHECK (in_force IN (0, 1)),
    added_seq INTEGER NOT NULL,
    seq       INTEGER NOT NULL,
    PRIMARY KEY (person_id, on_date)
) STRICT;

CREATE INDEX consents_refusing ON consents (person_id) WHERE in_force = 1 AND refuses = 1;

-- Named lists (docs/contract.md), frozen as recorded.
CREATE TABLE lists (
    id         TEXT PRIMARY KEY,
    origin     TEXT NOT NULL CHECK (origin IN ('priority', 'handed-over')),
    from_party TEXT REFERENCES parties (code),
    to_party   TEXT NOT NULL REFERENCES parties (code),
    on_date    TEXT NOT NULL CHECK (on_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    criteria   TEXT,
    seq        INTEGER NOT NULL,
    CHECK ((origin = 'handed-over') = (from_party IS NOT NULL))
) STRICT;

CREATE TABLE list_entries (
    list_id     TEXT NOT NULL REFERENCES lists (id),
    entry       TEXT NOT NULL,
    position    INTEGER NOT NULL CHECK (position >= 1),
    person_id   TEXT REFERENCES persons (id),
    family_name TEXT NOT NULL CHECK (length(family_name) > 0),
    given_name  TEXT,
    patronymic  TEXT,
    birth_date  TEXT,
    notes       TEXT,
    seq         INTEGER NOT NULL,
    PRIMARY KEY (list_id, entry)
) STRICT;

CREATE INDEX list_entries_by_person ON list_entries (person_id) WHERE person_id IS NOT NULL;

-- How entries were settled, in journal order: by hand (`list resolve`), or as `released` by the
-- batch that carried the person. The latest whose batch is not void is in force; none: open.
CREATE TABLE list_resolutions (
    list_id  TEXT NOT NULL,
    entry    TEXT NOT NULL,
    seq      INTEGER NOT NULL,
    outcome  TEXT NOT NULL CHECK (outcome IN ('released', 'returned', 'not-found', 'adult', 'disputed')),
    on_date  TEXT NOT NULL CHECK (on_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    note     TEXT,
    batch_id TEXT REFERENCES batches (id),
    PRIMARY KEY (list_id, entry, seq),
    FOREIGN KEY (list_id, entry) REFERENCES list_entries (list_id, entry),
    CHECK ((batch_id IS NOT NULL) = (outcome = 'released'))
) STRICT;

PRAGMA user_version = 2;
