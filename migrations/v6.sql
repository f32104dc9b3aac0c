-- Migration to schema version 6: proofs for the other side. The log's origin and keys, and the
-- Merkle tree over the journal. Takes a ledger of version 5 to version 6. Its statements are those
-- of `schema.sql`, word for word, so that a migrated ledger is the file a new one is; a test proves
-- it. The tree's nodes of the entries already in the journal are hashed by `ledger migrate` after
-- these statements, in the same transaction: SQL cannot hash them. A released migration is never
-- edited.

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

PRAGMA user_version = 6;
