/// SQL that turns a current ledger into the file version 3 made: the counts version 4 added, and
/// the triggers and view that keep them, removed. Migration tests start from it, since an old file
/// with entries cannot be made any other way by this version.
public let schemaDowngradeToVersionThree = """
    DROP TRIGGER held_prisoner_counts_in_persons_insert; DROP TRIGGER held_prisoner_counts_out_persons_update;
    DROP TRIGGER held_prisoner_counts_in_persons_update;
    DROP TRIGGER held_prisoner_counts_in_medical_status_insert; DROP TRIGGER held_prisoner_counts_out_medical_status_update;
    DROP TRIGGER held_prisoner_counts_in_medical_status_update; DROP TRIGGER held_prisoner_counts_out_consents_insert;
    DROP TRIGGER held_prisoner_counts_in_consents_insert; DROP TRIGGER held_prisoner_counts_out_consents_update;
    DROP TRIGGER held_prisoner_counts_in_consents_update;
    DROP VIEW held_prisoner_keys; DROP TABLE held_prisoner_counts;
    PRAGMA user_version = 3;
    """

/// SQL that turns a current ledger into the file version 2 made: what versions 3 and 4 added, removed.
public let schemaDowngradeToVersionTwo = schemaDowngradeToVersionThree + """

    DROP TABLE batch_remains; DROP TABLE remains_entries; DROP TABLE remains_samples; DROP TABLE remains; DROP TABLE window_parties; DROP TABLE windows;
    DELETE FROM journal_kinds WHERE kind IN ('window.add', 'remains.add', 'remains.sample', 'remains.identify');
    PRAGMA user_version = 2;
    """

/// SQL that turns a current ledger into the file version 1 made: what versions 2 to 4 added, removed.
public let schemaDowngradeToVersionOne = schemaDowngradeToVersionTwo + """

    DROP TABLE list_resolutions; DROP TABLE list_entries; DROP TABLE lists; DROP TABLE consents;
    DROP TABLE medical_status; DROP TABLE assessments;
    DELETE FROM journal_kinds WHERE kind IN ('assessment.add', 'consent.record', 'list.add', 'list.resolve');
    PRAGMA user_version = 1;
    """
