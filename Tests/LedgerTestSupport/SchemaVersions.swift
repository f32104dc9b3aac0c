/// SQL that turns a current ledger into the file version 1 made: the tables and journal kinds
/// versions 2 and 3 added, removed. Migration tests start from it, since an old file with entries
/// cannot be made any other way by this version.
public let schemaDowngradeToVersionOne = """
    DROP TABLE batch_remains; DROP TABLE remains_entries; DROP TABLE remains_samples; DROP TABLE remains; DROP TABLE window_parties; DROP TABLE windows;
    DELETE FROM journal_kinds WHERE kind IN ('window.add', 'remains.add', 'remains.sample', 'remains.identify');
    DROP TABLE list_resolutions; DROP TABLE list_entries; DROP TABLE lists; DROP TABLE consents;
    DROP TABLE medical_status; DROP TABLE assessments;
    DELETE FROM journal_kinds WHERE kind IN ('assessment.add', 'consent.record', 'list.add', 'list.resolve');
    PRAGMA user_version = 1;
    """
