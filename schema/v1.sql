-- The ledger's schema, version 1: the foundation. The files of this folder, run in order, are the
-- single source of truth: `ledger init` runs exactly their text (it is embedded in the binary at
-- build time), `cat schema/v*.sql | sqlite3 x.db` gives the same file, and a ledger of an older
-- version is brought up to date by running the files after its version. A file is never edited
-- once released; a change is a new file.
--
-- `journal` is the record; every other table except `journal_kinds` is a projection of it, rebuilt
-- by `ledger verify` from the journal alone and compared row by row. Each projection row carries
-- `seq`, the journal entry that last wrote it, so a difference can be traced to an entry.

PRAGMA application_id = 1279608903; -- 'LEDG': marks the file as a ledger
PRAGMA user_version = 1;            -- the schema version; later versions migrate from it

-- The kinds of journal entry this version writes. A later version adds its kinds in a migration.
CREATE TABLE journal_kinds (
    kind TEXT PRIMARY KEY
) STRICT, WITHOUT ROWID;

INSERT INTO journal_kinds (kind) VALUES
    ('party.add'), ('agreement.add'), ('person.add'), ('batch.add'), ('batch.void');

-- The append-only, hash-chained journal (SPEC §4).
CREATE TABLE journal (
    seq     INTEGER PRIMARY KEY CHECK (seq >= 1),
    at      TEXT NOT NULL CHECK (at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9][0-9][0-9]Z'),
    actor   TEXT NOT NULL CHECK (length(actor) > 0),
    kind    TEXT NOT NULL REFERENCES journal_kinds (kind),
    payload TEXT NOT NULL,
    prev    TEXT NOT NULL CHECK (length(prev) = 64),
    hash    TEXT NOT NULL UNIQUE CHECK (length(hash) = 64)
) STRICT;

-- Entries are appended in order, each chained to the one before; nothing is changed or removed.
CREATE TRIGGER journal_appends_in_order BEFORE INSERT ON journal
WHEN NEW.seq IS NOT (SELECT coalesce(max(seq), 0) + 1 FROM journal)
  OR NEW.prev IS NOT coalesce((SELECT hash FROM journal ORDER BY seq DESC LIMIT 1),
                              '0000000000000000000000000000000000000000000000000000000000000000')
BEGIN
    SELECT RAISE(ABORT, 'journal entries are appended in order, each chained to the last');
END;

CREATE TRIGGER journal_rejects_update BEFORE UPDATE ON journal
BEGIN
    SELECT RAISE(ABORT, 'the journal is append-only: an entry cannot be changed');
END;

CREATE TRIGGER journal_rejects_delete BEFORE DELETE ON journal
BEGIN
    SELECT RAISE(ABORT, 'the journal is append-only: an entry cannot be deleted');
END;

CREATE TABLE parties (
    code TEXT PRIMARY KEY CHECK (length(code) BETWEEN 2 AND 12 AND code NOT GLOB '*[^A-Z0-9-]*'),
    name TEXT NOT NULL CHECK (length(name) > 0),
    seq  INTEGER NOT NULL
) STRICT;

CREATE TABLE agreements (
    id      TEXT PRIMARY KEY,
    title   TEXT NOT NULL CHECK (length(title) > 0),
    date    TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    party_a TEXT NOT NULL REFERENCES parties (code),
    party_b TEXT NOT NULL REFERENCES parties (code),
    seq     INTEGER NOT NULL,
    CHECK (party_a <> party_b)
) STRICT;

-- What each party agreed to release; `amount` NULL means "all". Categories of one quota share it.
CREATE TABLE quotas (
    agreement_id TEXT NOT NULL REFERENCES agreements (id),
    quota_no     INTEGER NOT NULL CHECK (quota_no >= 1),
    party        TEXT NOT NULL REFERENCES parties (code),
    amount       INTEGER CHECK (amount IS NULL OR amount >= 1),
    seq          INTEGER NOT NULL,
    PRIMARY KEY (agreement_id, quota_no)
) STRICT;

CREATE TABLE quota_categories (
    agreement_id TEXT NOT NULL,
    quota_no     INTEGER NOT NULL,
    category     TEXT NOT NULL CHECK (category IN ('pow', 'civilian', 'child', 'remains')),
    seq          INTEGER NOT NULL,
    PRIMARY KEY (agreement_id, quota_no, category),
    FOREIGN KEY (agreement_id, quota_no) REFERENCES quotas (agreement_id, quota_no)
) STRICT;

CREATE TABLE persons (
    id                TEXT PRIMARY KEY,
    held_by           TEXT NOT NULL REFERENCES parties (code),
    belongs_to        TEXT NOT NULL REFERENCES parties (code),
    category          TEXT NOT NULL CHECK (category IN ('pow', 'civilian', 'child')),
    family_name       TEXT NOT NULL CHECK (length(family_name) > 0),
    given_name        TEXT,
    patronymic        TEXT,
    family_name_latin TEXT,
    given_name_latin  TEXT,
    patronymic_latin  TEXT,
    sex               TEXT CHECK (sex IN ('male', 'female')),
    birth_date        TEXT CHECK (birth_date GLOB '[0-9][0-9][0-9][0-9]'
                                  OR birth_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'
                                  OR birth_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    service_number    TEXT,
    unit              TEXT,
    rank              TEXT,
    captured_on       TEXT CHECK (captured_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    captured_place    TEXT,
    status            TEXT NOT NULL CHECK (status IN ('held', 'listed', 'released', 'repatriated', 'deceased', 'missing')),
    notes             TEXT,
    added_seq         INTEGER NOT NULL,
    seq               INTEGER NOT NULL
) STRICT;

CREATE INDEX persons_by_holder ON persons (held_by, status);

-- One transfer in one direction under one agreement. A void marks it; nothing is deleted.
CREATE TABLE batches (
    id                TEXT PRIMARY KEY,
    agreement_id      TEXT NOT NULL REFERENCES agreements (id),
    from_party        TEXT NOT NULL REFERENCES parties (code),
    to_party          TEXT NOT NULL REFERENCES parties (code),
    on_date           TEXT NOT NULL CHECK (on_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    stage             INTEGER CHECK (stage IS NULL OR stage >= 1),
    place             TEXT,
    note              TEXT,
    named             INTEGER NOT NULL CHECK (named IN (0, 1)),
    over_quota_reason TEXT,
    void_reason       TEXT,
    voided_seq        INTEGER,
    added_seq         INTEGER NOT NULL,
    seq               INTEGER NOT NULL,
    CHECK (from_party <> to_party),
    CHECK ((void_reason IS NULL) = (voided_seq IS NULL))
) STRICT;

CREATE INDEX batches_by_agreement ON batches (agreement_id, on_date, stage);

CREATE TABLE batch_counts (
    batch_id TEXT NOT NULL REFERENCES batches (id),
    category TEXT NOT NULL CHECK (category IN ('pow', 'civilian', 'child', 'remains')),
    count    INTEGER NOT NULL CHECK (count BETWEEN 1 AND 1000000000),
    seq      INTEGER NOT NULL,
    PRIMARY KEY (batch_id, category)
) STRICT;

-- The persons a named batch carried, and where each stood before, so that a void can restore them.
CREATE TABLE batch_items (
    batch_id      TEXT NOT NULL REFERENCES batches (id),
    person_id     TEXT NOT NULL REFERENCES persons (id),
    prior_held_by TEXT NOT NULL REFERENCES parties (code),
    prior_status  TEXT NOT NULL CHECK (prior_status IN ('held', 'listed', 'released', 'repatriated', 'deceased', 'missing')),
    seq           INTEGER NOT NULL,
    PRIMARY KEY (batch_id, person_id)
) STRICT;

CREATE INDEX batch_items_by_person ON batch_items (person_id);
