-- Migration to schema version 4: the counts of held prisoners that the footer of `ledger priority`
-- reads (docs/performance.md), kept by triggers, and filled here from the ledger's persons. Takes a ledger of
-- version 3 to version 4; `ledger migrate` runs the files after a ledger's version, in order. Its
-- statements are those of `schema.sql`, word for word, so that a migrated ledger is the file a new
-- one is; a test proves it. A released migration is never edited.

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

INSERT INTO held_prisoner_counts (held_by, category, refuses, eligible_since, count)
SELECT held_by, category, refuses, eligible_since, count(*) FROM held_prisoner_keys GROUP BY held_by, category, refuses, eligible_since;

PRAGMA user_version = 4;
