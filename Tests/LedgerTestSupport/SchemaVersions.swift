import Foundation

/// SQL that turns a current ledger into the file version 5 made: the log's origin, its keys and
/// the Merkle tree's nodes, which version 6 added, removed.
public let schemaDowngradeToVersionFive = """
    DROP TABLE tree_nodes; DROP TABLE log_keys; DROP TABLE log_origin;
    DELETE FROM journal_kinds WHERE kind IN ('log.origin', 'key.add');
    PRAGMA user_version = 5;

    """

/// SQL that turns a current ledger into the file version 4 made: each CHECK of `schema.sql` that
/// tests a column with `=`s joined by OR written back as the `IN (...)` list it was. Derived from
/// `schema.sql`, not from the migration, so that a list the migration forgets shows up as a
/// difference. Migration tests start from it, since an old file with entries cannot be made any
/// other way by this version.
public let schemaDowngradeToVersionFour: String = {
    let schema = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../schema.sql")
    let text = (try? String(contentsOf: schema, encoding: .utf8)) ?? ""
    var seen: Set<Substring> = []
    let edits = text.matches(of: /CHECK \((\w+) = '[^']*'(?: OR \1 = '[^']*')+\)/).compactMap { match -> String? in
        guard seen.insert(match.output.0).inserted else { return nil }
        let values = match.output.0.matches(of: /'[^']*'/).map { String($0.output) }
        let list = "CHECK (\(match.output.1) IN (\(values.joined(separator: ", "))))"
        return "UPDATE sqlite_schema SET sql = replace(sql, \(literal(match.output.0)), \(literal(list))) WHERE type = 'table';"
    }
    precondition(!edits.isEmpty, "no CHECK with = … OR in \(schema.path)")
    return schemaDowngradeToVersionFive + (["PRAGMA writable_schema = ON;"] + edits + ["PRAGMA writable_schema = OFF;", "PRAGMA user_version = 4;"])
        .joined(separator: "\n") + "\n"
}()

/// `text` as an SQL string literal.
private func literal(_ text: some StringProtocol) -> String {
    "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
}

/// SQL that turns a current ledger into the file version 3 made: the counts version 4 added, and
/// the triggers and view that keep them, removed.
public let schemaDowngradeToVersionThree = schemaDowngradeToVersionFour + """
    DROP TRIGGER held_prisoner_counts_in_persons_insert; DROP TRIGGER held_prisoner_counts_out_persons_update;
    DROP TRIGGER held_prisoner_counts_in_persons_update;
    DROP TRIGGER held_prisoner_counts_in_medical_status_insert; DROP TRIGGER held_prisoner_counts_out_medical_status_update;
    DROP TRIGGER held_prisoner_counts_in_medical_status_update; DROP TRIGGER held_prisoner_counts_out_consents_insert;
    DROP TRIGGER held_prisoner_counts_in_consents_insert; DROP TRIGGER held_prisoner_counts_out_consents_update;
    DROP TRIGGER held_prisoner_counts_in_consents_update;
    DROP VIEW held_prisoner_keys; DROP TABLE held_prisoner_counts;
    PRAGMA user_version = 3;
    """

/// SQL that turns a current ledger into the file version 2 made: what versions 3 to 6 added or changed, undone.
public let schemaDowngradeToVersionTwo = schemaDowngradeToVersionThree + """

    DROP TABLE batch_remains; DROP TABLE remains_entries; DROP TABLE remains_samples; DROP TABLE remains; DROP TABLE window_parties; DROP TABLE windows;
    DELETE FROM journal_kinds WHERE kind IN ('window.add', 'remains.add', 'remains.sample', 'remains.identify');
    PRAGMA user_version = 2;
    """

/// SQL that turns a current ledger into the file version 1 made: what versions 2 to 6 added or changed, undone.
public let schemaDowngradeToVersionOne = schemaDowngradeToVersionTwo + """

    DROP TABLE list_resolutions; DROP TABLE list_entries; DROP TABLE lists; DROP TABLE consents;
    DROP TABLE medical_status; DROP TABLE assessments;
    DELETE FROM journal_kinds WHERE kind IN ('assessment.add', 'consent.record', 'list.add', 'list.resolve');
    PRAGMA user_version = 1;
    """
