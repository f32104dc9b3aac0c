-- Migration to schema version 5: every CHECK that listed three values or more as `IN (...)` lists
-- them as `=` tests joined by OR (docs/performance.md). The two mean the same for every value, NULL included,
-- but for such a list SQLite builds a temporary b-tree each time a statement runs: a sixth of a
-- person import. Takes a ledger of version 4 to version 5; a test proves that the
-- result is the file `schema.sql` makes. A released migration is never edited.
--
-- Only the text of each definition changes, so it is edited in place, by the procedure SQLite
-- documents for removing a CHECK (https://www.sqlite.org/lang_altertable.html, "Making Other Kinds
-- Of Table Schema Changes"). It applies because each new constraint allows exactly the values the
-- old one did: no row is copied, and no row can break it. `ledger migrate` then bumps the schema
-- version, so that other connections reread the definitions.

PRAGMA writable_schema = ON;

UPDATE sqlite_schema SET sql = replace(sql,
    'CHECK (category IN (''pow'', ''civilian'', ''child'', ''remains''))',
    'CHECK (category = ''pow'' OR category = ''civilian'' OR category = ''child'' OR category = ''remains'')')
WHERE type = 'table';

UPDATE sqlite_schema SET sql = replace(sql,
    'CHECK (category IN (''pow'', ''civilian'', ''child''))',
    'CHECK (category = ''pow'' OR category = ''civilian'' OR category = ''child'')')
WHERE type = 'table';

UPDATE sqlite_schema SET sql = replace(sql,
    'CHECK (status IN (''held'', ''listed'', ''released'', ''repatriated'', ''deceased'', ''missing''))',
    'CHECK (status = ''held'' OR status = ''listed'' OR status = ''released'' OR status = ''repatriated'' OR status = ''deceased'' OR status = ''missing'')')
WHERE type = 'table';

UPDATE sqlite_schema SET sql = replace(sql,
    'CHECK (prior_status IN (''held'', ''listed'', ''released'', ''repatriated'', ''deceased'', ''missing''))',
    'CHECK (prior_status = ''held'' OR prior_status = ''listed'' OR prior_status = ''released'' OR prior_status = ''repatriated'' OR prior_status = ''deceased'' OR prior_status = ''missing'')')
WHERE type = 'table';

UPDATE sqlite_schema SET sql = replace(sql,
    'CHECK (category IN (''incurable'', ''long-term'', ''permanent'', ''neutral-recovery'', ''neutral-threat'', ''not-eligible''))',
    'CHECK (category = ''incurable'' OR category = ''long-term'' OR category = ''permanent'' OR category = ''neutral-recovery'' OR category = ''neutral-threat'' OR category = ''not-eligible'')')
WHERE type = 'table';

UPDATE sqlite_schema SET sql = replace(sql,
    'CHECK (outcome IN (''released'', ''returned'', ''not-found'', ''adult'', ''disputed''))',
    'CHECK (outcome = ''released'' OR outcome = ''returned'' OR outcome = ''not-found'' OR outcome = ''adult'' OR outcome = ''disputed'')')
WHERE type = 'table';

UPDATE sqlite_schema SET sql = replace(sql,
    'CHECK (status IN (''unidentified'', ''dna-pending'', ''identified''))',
    'CHECK (status = ''unidentified'' OR status = ''dna-pending'' OR status = ''identified'')')
WHERE type = 'table';

UPDATE sqlite_schema SET sql = replace(sql,
    'CHECK (person_prior_status IN (''held'', ''listed'', ''released'', ''repatriated'', ''deceased'', ''missing''))',
    'CHECK (person_prior_status = ''held'' OR person_prior_status = ''listed'' OR person_prior_status = ''released'' OR person_prior_status = ''repatriated'' OR person_prior_status = ''deceased'' OR person_prior_status = ''missing'')')
WHERE type = 'table';

UPDATE sqlite_schema SET sql = replace(sql,
    'CHECK (method IN (''dna'', ''fingerprints'', ''dental'', ''documents'', ''recognition'', ''other''))',
    'CHECK (method = ''dna'' OR method = ''fingerprints'' OR method = ''dental'' OR method = ''documents'' OR method = ''recognition'' OR method = ''other'')')
WHERE type = 'table';

PRAGMA writable_schema = OFF;

PRAGMA user_version = 5;
