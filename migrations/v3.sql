-- Migration to schema version 3: recovery windows and remains, from recovery to identification. Takes a ledger of version 2
-- to version 3; `ledger migrate` runs the files after a ledger's version, in order. Its statements are
-- those of `schema.sql`, word for word, so that a migrated ledger is the file a new one is; a test
-- proves it. A released migration is never edited.

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
    status              TEXT NOT NULL CHECK (status IN ('unidentified', 'dna-pending', 'identified')),
    sample_id           TEXT,
    sampled_on          TEXT CHECK (sampled_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    person_id           TEXT REFERENCES persons (id),
    person_prior_status TEXT CHECK (person_prior_status IN ('held', 'listed', 'released', 'repatriated', 'deceased', 'missing')),
    identified_party    TEXT REFERENCES parties (code),
    method              TEXT CHECK (method IN ('dna', 'fingerprints', 'dental', 'documents', 'recognition', 'other')),
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

PRAGMA user_version = 3;
