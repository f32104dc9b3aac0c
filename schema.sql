-- The ledger's schema, version 6: the single source of truth. `ledger init` runs exactly this text
-- (it is embedded in the binary at build time), and `sqlite3 x.db < schema.sql` gives the same file.
-- A ledger made by an earlier version is brought here by the files of `migrations/`, each taking
-- one version to the next (`ledger migrate`); a test proves that a migrated ledger is this file.
--
-- `journal` is the record; every other table except `journal_kinds` is a projection of it, rebuilt
-- by `ledger verify` from the journal alone and compared row by row. Each projection row carries
-- `seq`, the journal entry that last wrote it, so a difference can be traced to an entry.
--
-- A CHECK that lists three values or more writes them as `=` tests joined by OR, not as `IN (...)`:
-- for such a list SQLite builds a temporary b-tree each time a statement runs, and with one INSERT
-- run per row that was a sixth of a person import (version 5, docs/performance.md).

PRAGMA application_id = 1279608903; -- 'LEDG': marks the file as a ledger
PRAGMA user_version = 6;            -- the schema version; migrations/ bring older ledgers here

-- The kinds of journal entry this version writes. A later version adds its kinds in a migration.
CREATE TABLE journal_kinds (
    kind TEXT PRIMARY KEY
) STRICT, WITHOUT ROWID;

INSERT INTO journal_kinds (kind) VALUES
    ('party.add'), ('agreement.add'), ('person.add'), ('batch.add'), ('batch.void');

-- The append-only, hash-chained journal (docs/journal.md).
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
    category     TEXT NOT NULL CHECK (category = 'pow' OR category = 'civilian' OR category = 'child' OR category = 'remains'),
    seq          INTEGER NOT NULL,
    PRIMARY KEY (agreement_id, quota_no, category),
    FOREIGN KEY (agreement_id, quota_no) REFERENCES quotas (agreement_id, quota_no)
) STRICT;

CREATE TABLE persons (
    id                TEXT PRIMARY KEY,
    held_by           TEXT NOT NULL REFERENCES parties (code),
    belongs_to        TEXT NOT NULL REFERENCES parties (code),
    category          TEXT NOT NULL CHECK (category = 'pow' OR category = 'civilian' OR category = 'child'),
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
    status            TEXT NOT NULL CHECK (status = 'held' OR status = 'listed' OR status = 'released' OR status = 'repatriated' OR status = 'deceased' OR status = 'missing'),
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
    category TEXT NOT NULL CHECK (category = 'pow' OR category = 'civilian' OR category = 'child' OR category = 'remains'),
    count    INTEGER NOT NULL CHECK (count BETWEEN 1 AND 1000000000),
    seq      INTEGER NOT NULL,
    PRIMARY KEY (batch_id, category)
) STRICT;

-- The persons a named batch carried, and where each stood before, so that a void can restore them.
CREATE TABLE batch_items (
    batch_id      TEXT NOT NULL REFERENCES batches (id),
    person_id     TEXT NOT NULL REFERENCES persons (id),
    prior_held_by TEXT NOT NULL REFERENCES parties (code),
    prior_status  TEXT NOT NULL CHECK (prior_status = 'held' OR prior_status = 'listed' OR prior_status = 'released' OR prior_status = 'repatriated' OR prior_status = 'deceased' OR prior_status = 'missing'),
    seq           INTEGER NOT NULL,
    PRIMARY KEY (batch_id, person_id)
) STRICT;

CREATE INDEX batch_items_by_person ON batch_items (person_id);

-- Version 2: the mixed medical commission and named lists.

INSERT INTO journal_kinds (kind) VALUES
    ('assessment.add'), ('consent.record'), ('list.add'), ('list.resolve');

-- Every finding of a mixed medical commission: at most one per person and day.
CREATE TABLE assessments (
    person_id     TEXT NOT NULL REFERENCES persons (id),
    on_date       TEXT NOT NULL CHECK (on_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    category      TEXT NOT NULL CHECK (category = 'incurable' OR category = 'long-term' OR category = 'permanent' OR category = 'neutral-recovery' OR category = 'neutral-threat' OR category = 'not-eligible'),
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
    category       TEXT NOT NULL CHECK (category = 'incurable' OR category = 'long-term' OR category = 'permanent' OR category = 'neutral-recovery' OR category = 'neutral-threat' OR category = 'not-eligible'),
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
    outcome  TEXT NOT NULL CHECK (outcome = 'released' OR outcome = 'returned' OR outcome = 'not-found' OR outcome = 'adult' OR outcome = 'disputed'),
    on_date  TEXT NOT NULL CHECK (on_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    note     TEXT,
    batch_id TEXT REFERENCES batches (id),
    PRIMARY KEY (list_id, entry, seq),
    FOREIGN KEY (list_id, entry) REFERENCES list_entries (list_id, entry),
    CHECK ((batch_id IS NOT NULL) = (outcome = 'released'))
) STRICT;

-- Version 3: recovery windows and remains, from recovery to identification.

INSERT INTO journal_kinds (kind) VALUES
    ('window.add'), ('remains.add'), ('remains.sample'), ('remains.identify');

-- Local ceasefires on a section of the front to recover the dead: 1 to 7 days, both included.
CREATE TABLE windows (
    id        TEXT PRIMARY KEY,
    sector    TEXT NOT NULL CHECK (length(sector) > 0),
    from_date TEXT NOT NULL CHECK (from_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    to_date   TEXT NOT NULL CHECK (to_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    seq       INTEGER NOT NULL,
    CHECK (to_date >= from_date)
) STRICT;

-- The parties that agreed to a window, in the order given.
CREATE TABLE window_parties (
    window_id TEXT NOT NULL REFERENCES windows (id),
    party     TEXT NOT NULL REFERENCES parties (code),
    position  INTEGER NOT NULL CHECK (position >= 1),
    seq       INTEGER NOT NULL,
    PRIMARY KEY (window_id, party)
) STRICT;

-- The register of remains (docs/contract.md). `of_party` is the party of the deceased as presumed at
-- recovery and never changes; `identified_party` is the one found by identification (the
-- person's party, or the other party named). `person_prior_status` is the status the person had
-- before this identification made them deceased, restored when it is superseded.
CREATE TABLE remains (
    id                  TEXT PRIMARY KEY,
    held_by             TEXT NOT NULL REFERENCES parties (code),
    of_party            TEXT NOT NULL REFERENCES parties (code),
    recovered_on        TEXT NOT NULL CHECK (recovered_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    window_id           TEXT REFERENCES windows (id),
    tag                 TEXT,
    place               TEXT,
    note                TEXT,
    status              TEXT NOT NULL CHECK (status = 'unidentified' OR status = 'dna-pending' OR status = 'identified'),
    sample_id           TEXT,
    sampled_on          TEXT CHECK (sampled_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    person_id           TEXT REFERENCES persons (id),
    person_prior_status TEXT CHECK (person_prior_status = 'held' OR person_prior_status = 'listed' OR person_prior_status = 'released' OR person_prior_status = 'repatriated' OR person_prior_status = 'deceased' OR person_prior_status = 'missing'),
    identified_party    TEXT REFERENCES parties (code),
    method              TEXT CHECK (method = 'dna' OR method = 'fingerprints' OR method = 'dental' OR method = 'documents' OR method = 'recognition' OR method = 'other'),
    identified_on       TEXT CHECK (identified_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    identification_note TEXT,
    identified_seq      INTEGER,
    added_seq           INTEGER NOT NULL,
    seq                 INTEGER NOT NULL,
    CHECK ((sample_id IS NULL) = (sampled_on IS NULL)),
    CHECK (status <> 'dna-pending' OR sample_id IS NOT NULL),
    CHECK ((status = 'identified') = (identified_party IS NOT NULL)),
    CHECK ((status = 'identified') = (identified_on IS NOT NULL)),
    CHECK ((status = 'identified') = (identified_seq IS NOT NULL)),
    CHECK ((person_id IS NULL) = (person_prior_status IS NULL)),
    CHECK (person_id IS NULL OR status = 'identified')
) STRICT;

-- One body per person.
CREATE UNIQUE INDEX remains_by_person ON remains (person_id) WHERE person_id IS NOT NULL;
CREATE INDEX remains_by_window ON remains (window_id) WHERE window_id IS NOT NULL;

-- Every DNA sample taken, the latest of each body also in `remains`: a sample id names one body.
CREATE TABLE remains_samples (
    sample_id  TEXT PRIMARY KEY,
    remains_id TEXT NOT NULL REFERENCES remains (id),
    on_date    TEXT NOT NULL CHECK (on_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    seq        INTEGER NOT NULL
) STRICT;

-- Every entry that concerns a body other than batches (found through `batch_remains`): its record,
-- its samples, its identifications, and those that took its identification away.
CREATE TABLE remains_entries (
    remains_id TEXT NOT NULL REFERENCES remains (id),
    seq        INTEGER NOT NULL,
    PRIMARY KEY (remains_id, seq)
) STRICT, WITHOUT ROWID;

-- The remains a batch carried by name, and who held them before, so that a void restores them.
CREATE TABLE batch_remains (
    batch_id      TEXT NOT NULL REFERENCES batches (id),
    remains_id    TEXT NOT NULL REFERENCES remains (id),
    prior_held_by TEXT NOT NULL REFERENCES parties (code),
    seq           INTEGER NOT NULL,
    PRIMARY KEY (batch_id, remains_id)
) STRICT;

CREATE INDEX batch_remains_by_remains ON batch_remains (remains_id);

-- The prisoners of war each party holds, counted by what the footer of `ledger priority` reports:
-- the medical category in force ('' when never assessed), whether they refuse repatriation, and
-- the day since which they are eligible for direct repatriation ('' when they are not). The
-- triggers below keep it, as SQLite keeps an index, so that no code path can forget it and
-- `priority --limit 500` need not count half a million persons. Each change to a person, their
-- finding in force or their consent takes the person's key out before and puts it back after.
CREATE VIEW held_prisoner_keys AS
SELECT p.id, p.held_by, coalesce(m.category, '') AS category,
       EXISTS (SELECT 1 FROM consents AS c WHERE c.person_id = p.id AND c.in_force = 1 AND c.refuses = 1) AS refuses,
       coalesce(m.eligible_since, '') AS eligible_since
FROM persons AS p LEFT JOIN medical_status AS m ON m.person_id = p.id
WHERE p.category = 'pow' AND p.status IN ('held', 'listed');

CREATE TABLE held_prisoner_counts (
    held_by        TEXT NOT NULL,
    category       TEXT NOT NULL,
    refuses        INTEGER NOT NULL CHECK (refuses IN (0, 1)),
    eligible_since TEXT NOT NULL,
    count          INTEGER NOT NULL CHECK (count > 0),
    PRIMARY KEY (held_by, category, refuses, eligible_since)
) STRICT, WITHOUT ROWID;

-- Foreign keys record a person before any finding or consent of theirs: a new prisoner is counted
-- as never assessed and not refusing, without a look at the other tables.
CREATE TRIGGER held_prisoner_counts_in_persons_insert AFTER INSERT ON persons
WHEN NEW.category = 'pow' AND NEW.status IN ('held', 'listed')
BEGIN
    INSERT INTO held_prisoner_counts (held_by, category, refuses, eligible_since, count) VALUES (NEW.held_by, '', 0, '', 1)
    ON CONFLICT DO UPDATE SET count = count + 1;
END;

CREATE TRIGGER held_prisoner_counts_out_persons_update BEFORE UPDATE OF held_by, status, category ON persons
WHEN OLD.category = 'pow' AND OLD.status IN ('held', 'listed')
BEGIN
    DELETE FROM held_prisoner_counts
    WHERE (held_by, category, refuses, eligible_since) = (SELECT held_by, category, refuses, eligible_since FROM held_prisoner_keys WHERE id = OLD.id) AND count = 1;
    UPDATE held_prisoner_counts SET count = count - 1
    WHERE (held_by, category, refuses, eligible_since) = (SELECT held_by, category, refuses, eligible_since FROM held_prisoner_keys WHERE id = OLD.id);
END;

CREATE TRIGGER held_prisoner_counts_in_persons_update AFTER UPDATE OF held_by, status, category ON persons
WHEN NEW.category = 'pow' AND NEW.status IN ('held', 'listed')
BEGIN
    INSERT INTO held_prisoner_counts (held_by, category, refuses, eligible_since, count)
    SELECT held_by, category, refuses, eligible_since, 1 FROM held_prisoner_keys WHERE id = NEW.id
    ON CONFLICT DO UPDATE SET count = count + 1;
END;

-- A first finding takes the prisoner from the never-assessed key to their finding's. It is done
-- after the insert, since the upsert that writes `medical_status` fires BEFORE INSERT triggers even
-- when it turns into an update.
CREATE TRIGGER held_prisoner_counts_in_medical_status_insert AFTER INSERT ON medical_status
BEGIN
    DELETE FROM held_prisoner_counts
    WHERE (held_by, category, refuses, eligible_since) = (SELECT held_by, '', refuses, '' FROM held_prisoner_keys WHERE id = NEW.person_id) AND count = 1;
    UPDATE held_prisoner_counts SET count = count - 1
    WHERE (held_by, category, refuses, eligible_since) = (SELECT held_by, '', refuses, '' FROM held_prisoner_keys WHERE id = NEW.person_id);
    INSERT INTO held_prisoner_counts (held_by, category, refuses, eligible_since, count)
    SELECT held_by, category, refuses, eligible_since, 1 FROM held_prisoner_keys WHERE id = NEW.person_id
    ON CONFLICT DO UPDATE SET count = count + 1;
END;

CREATE TRIGGER held_prisoner_counts_out_medical_status_update BEFORE UPDATE ON medical_status
BEGIN
    DELETE FROM held_prisoner_counts
    WHERE (held_by, category, refuses, eligible_since) = (SELECT held_by, category, refuses, eligible_since FROM held_prisoner_keys WHERE id = OLD.person_id) AND count = 1;
    UPDATE held_prisoner_counts SET count = count - 1
    WHERE (held_by, category, refuses, eligible_since) = (SELECT held_by, category, refuses, eligible_since FROM held_prisoner_keys WHERE id = OLD.person_id);
END;

CREATE TRIGGER held_prisoner_counts_in_medical_status_update AFTER UPDATE ON medical_status
BEGIN
    INSERT INTO held_prisoner_counts (held_by, category, refuses, eligible_since, count)
    SELECT held_by, category, refuses, eligible_since, 1 FROM held_prisoner_keys WHERE id = NEW.person_id
    ON CONFLICT DO UPDATE SET count = count + 1;
END;

CREATE TRIGGER held_prisoner_counts_out_consents_insert BEFORE INSERT ON consents
BEGIN
    DELETE FROM held_prisoner_counts
    WHERE (held_by, category, refuses, eligible_since) = (SELECT held_by, category, refuses, eligible_since FROM held_prisoner_keys WHERE id = NEW.person_id) AND count = 1;
    UPDATE held_prisoner_counts SET count = count - 1
    WHERE (held_by, category, refuses, eligible_since) = (SELECT held_by, category, refuses, eligible_since FROM held_prisoner_keys WHERE id = NEW.person_id);
END;

CREATE TRIGGER held_prisoner_counts_in_consents_insert AFTER INSERT ON consents
BEGIN
    INSERT INTO held_prisoner_counts (held_by, category, refuses, eligible_since, count)
    SELECT held_by, category, refuses, eligible_since, 1 FROM held_prisoner_keys WHERE id = NEW.person_id
    ON CONFLICT DO UPDATE SET count = count + 1;
END;

CREATE TRIGGER held_prisoner_counts_out_consents_update BEFORE UPDATE OF in_force, refuses ON consents
BEGIN
    DELETE FROM held_prisoner_counts
    WHERE (held_by, category, refuses, eligible_since) = (SELECT held_by, category, refuses, eligible_since FROM held_prisoner_keys WHERE id = OLD.person_id) AND count = 1;
    UPDATE held_prisoner_counts SET count = count - 1
    WHERE (held_by, category, refuses, eligible_since) = (SELECT held_by, category, refuses, eligible_since FROM held_prisoner_keys WHERE id = OLD.person_id);
END;

CREATE TRIGGER held_prisoner_counts_in_consents_update AFTER UPDATE OF in_force, refuses ON consents
BEGIN
    INSERT INTO held_prisoner_counts (held_by, category, refuses, eligible_since, count)
    SELECT held_by, category, refuses, eligible_since, 1 FROM held_prisoner_keys WHERE id = NEW.person_id
    ON CONFLICT DO UPDATE SET count = count + 1;
END;

-- Proofs for the other side (version 6). The log's origin, the name its checkpoints carry, is
-- recorded once; the public keys it signs checkpoints with, and those of the witnesses who cosign
-- them, are recorded as they are added. Private keys never enter the database.
INSERT INTO journal_kinds (kind) VALUES ('log.origin'), ('key.add');

CREATE TABLE log_origin (
    only   INTEGER PRIMARY KEY CHECK (only = 1),
    origin TEXT NOT NULL,
    seq    INTEGER NOT NULL
) STRICT;

CREATE TABLE log_keys (
    verifier_key TEXT PRIMARY KEY,
    name         TEXT NOT NULL,
    key_id       TEXT NOT NULL CHECK (length(key_id) = 8),
    role         TEXT NOT NULL CHECK (role IN ('log', 'witness')),
    seq          INTEGER NOT NULL
) STRICT;

-- The Merkle tree over the journal (leaf n is the hash of entry n + 1): the hash of every complete
-- subtree of 256, 65,536, … leaves, at levels 8, 16, …; the node at `level` and `idx` covers leaves
-- idx·2^level to (idx + 1)·2^level − 1. Any other node is hashed from at most 128 of the level
-- below it that is kept, or from the journal's own hashes: a proof reads a few hundred rows, and
-- an entry writes a row here once in 256 on average.
CREATE TABLE tree_nodes (
    level INTEGER NOT NULL CHECK (level >= 8 AND level % 8 = 0),
    idx   INTEGER NOT NULL CHECK (idx >= 0),
    hash  BLOB NOT NULL CHECK (length(hash) = 32),
    seq   INTEGER NOT NULL,
    PRIMARY KEY (level, idx)
) STRICT, WITHOUT ROWID;
