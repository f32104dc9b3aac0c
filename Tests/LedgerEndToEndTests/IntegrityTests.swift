import Foundation
import LedgerTestSupport
import Testing

/// The file on disk: its permissions, its schema, and what happens when someone edits it.
@Suite struct IntegrityTests {
    @Test func initCreatesAFileOnlyItsOwnerCanRead() throws {
        let session = try Session()
        #expect(try session.ledger("init").status == 0)
        let mode = try FileManager.default.attributesOfItem(atPath: session.db)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    @Test func initMakesExactlyTheDatabaseThatSchemaSqlDescribes() throws {
        let session = try Session()
        #expect(try session.ledger("init").status == 0)
        let schemaFile = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../schema.sql").path
        let reference = session.scratch.path("reference.sqlite")
        let made = try run("/bin/sh", ["-c", "'\(sqlite3Path)' '\(reference)' < '\(schemaFile)'"])
        #expect(made.status == 0, "\(made)")
        let dumpOfInit = try dump(session.db)
        #expect(dumpOfInit == (try dump(reference)))
        #expect(dumpOfInit.contains("CREATE TRIGGER journal_rejects_update"))
        for pragma in ["application_id", "user_version"] {
            #expect(try sqlite3(session.db, "PRAGMA \(pragma)").stdout == (try sqlite3(reference, "PRAGMA \(pragma)").stdout))
        }
        #expect(try sqlite3(session.db, "PRAGMA journal_mode").stdout == "wal\n")
    }

    @Test func migrateBringsAVersionOneLedgerUpToDateAndSaysSo() throws {
        let session = try Session.withAgreements()
        let head = try session.ledger("head").stdout
        try sqlite3(session.db, schemaDowngradeToVersionOne)
        var result = try session.ledger("head")
        #expect(result.status == 74 && result.stdout.isEmpty, "\(result)")
        #expect(result.errorLines == ["error: \(session.db): schema version 1; bring it to version 6 with `ledger migrate` (the journal is not changed)"])
        result = try session.ledger("migrate")
        #expect(result.status == 0 && result.stdout == "migrated \(session.db) from schema version 1 to 6\n", "\(result)")
        #expect(try session.ledger("head").stdout == head)
        #expect(try session.ledger("verify").status == 0)
        result = try session.ledger("migrate")
        #expect(result.stdout == "\(session.db) is at schema version 6 already; nothing changed\n", "\(result)")
    }

    @Test func verifyFailsAfterAnUpdateThroughTheSqliteShellAndNamesTheSeq() throws {
        let session = try Session.withAgreements()
        #expect(try session.ledger("verify").status == 0)
        let refused = try sqlite3(session.db, "UPDATE journal SET payload = replace(payload, '1000', '100') WHERE seq = 3")
        #expect(refused.status != 0 && refused.stderr.contains("append-only"))
        try sqlite3(session.db, """
            DROP TRIGGER journal_rejects_update;
            UPDATE journal SET payload = replace(payload, '1000', '100') WHERE seq = 3;
            """)
        let result = try session.ledger("verify")
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.errorLines.count == 1)
        #expect(result.stderr.hasPrefix("verify failed: seq 3: hash mismatch"), "\(result)")
    }

    @Test func verifyFailsWhenAProjectionIsEditedBehindTheJournal() throws {
        let session = try Session.withAgreements()
        try sqlite3(session.db, "UPDATE quotas SET amount = 1200 WHERE agreement_id = 'IST-2025-05-16' AND party = 'RU'")
        let result = try session.ledger("verify")
        #expect(result.status == 1)
        #expect(result.stderr == "verify failed: seq 3: quotas row agreement_id=IST-2025-05-16, quota_no=2 differs from the journal: amount is 1200 in the database but 1000 by replay\n", "\(result)")
    }

    @Test func theExpectedHeadCatchesADeletedLastEntry() throws {
        let session = try Session.withAgreements()
        let head = try session.ledger("head").stdout.trimmingCharacters(in: .newlines)
        try sqlite3(session.db, """
            DROP TRIGGER journal_rejects_delete;
            DELETE FROM quota_categories WHERE agreement_id = 'IST-2025-06-02-REMAINS';
            DELETE FROM quotas WHERE agreement_id = 'IST-2025-06-02-REMAINS';
            DELETE FROM agreements WHERE id = 'IST-2025-06-02-REMAINS';
            DELETE FROM journal WHERE seq = 4;
            """)
        // Entry and rows removed together: only the head written down earlier shows it.
        let result = try session.ledger("verify", "--expect-head", head)
        #expect(result.status == 1)
        #expect(result.stderr == "verify failed: seq 4: the expected head is missing: the journal ends at seq 3\n", "\(result)")
    }

    @Test(arguments: [
        ("missing.sqlite", nil, "no ledger here; create one with `ledger init`"),
        ("folder", "dir", "is a directory, not a ledger file"),
        ("text.sqlite", "text", "not a database file"),
        ("other.sqlite", "sqlite", "not a ledger database"),
    ] as [(String, String?, String)])
    func aFileThatIsNotALedgerIsADatabaseError(name: String, kind: String?, message: String) throws {
        let session = try Session()
        let path = session.scratch.path(name)
        switch kind {
        case "dir": try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        case "text": try session.write(name, String(repeating: "not a database at all\n", count: 200))
        case "sqlite": try sqlite3(path, "CREATE TABLE notes (text TEXT)")
        default: break
        }
        let before = try? Data(contentsOf: URL(fileURLWithPath: path))
        let result = try session.bare(["head", "--db", path])
        #expect(result.status == 74, "\(result)")
        #expect(result.stderr == "error: \(path): \(message)\n")
        // Nothing created, converted or repaired.
        #expect((try? Data(contentsOf: URL(fileURLWithPath: path))) == before)
    }
}

/// A file changed behind the ledger's back, with values it never writes: every command that reads
/// them fails with one line and exit 74, never a crash, and `verify` names the entry.
@Suite struct DamagedValueTests {
    @Test(arguments: [
        ("UPDATE batches SET on_date = '2025-19-39' WHERE id = 'B-9'", ["batches"], "unexpected value '2025-19-39'"),
        ("UPDATE batch_counts SET count = 9223372036854775807 WHERE batch_id = 'B-9'", ["agreement", "list"], "a batch count of 9223372036854775807"),
        ("UPDATE persons SET status = 'zombie' WHERE id = 'RU-0001'", ["person", "show", "RU-0001"],
         "person: status: 'zombie' is not one of held, listed, released, repatriated, deceased, missing"),
        ("UPDATE persons SET category = '' WHERE id = 'RU-0002'", ["person", "list"], "person: category: is required"),
        ("UPDATE persons SET category = 'alien' WHERE id = 'RU-0002'", ["add", "--agreement", "IST-2025-05-16", "--from", "UA",
                                                                        "--to", "RU", "--on", "2025-05-24", "--manifest", "m.csv"],
         "unexpected value 'alien'"),
        ("UPDATE remains SET status = 'zombie' WHERE id = 'R-1'", ["remains"], "remains R-1: unexpected value 'zombie'"),
        ("UPDATE remains SET sampled_on = 'soon', sample_id = 'S-0' WHERE id = 'R-1'", ["remains", "sample", "R-1", "--dna", "S-1", "--on", "2025-06-25"],
         "remains R-1: unexpected value 'soon'"),
        ("UPDATE windows SET from_date = '2025-02-30' WHERE id = 'W-1'", ["windows"], "unexpected value '2025-02-30'"),
    ] as [(String, [String], String)])
    func aValueTheLedgerNeverWritesIsADatabaseError(tamper: String, command: [String], reason: String) throws {
        let session = try Session.withAgreements()
        #expect(try session.ledger("person", "import", try session.write("persons.csv", Session.personsCSV)).status == 0)
        #expect(try session.ledger("add", "--agreement", "IST-2025-05-16", "--from", "RU", "--to", "UA", "--on", "2025-05-23",
                                   "--pow", "270").status == 0)
        #expect(try session.ledger("window", "add", "W-1", "--sector", "Kupiansk", "--from", "2025-06-20", "--to", "2025-06-22",
                                   "--agreed-by", "UA,RU").status == 0)
        #expect(try session.ledger("remains", "add", "R-1", "--held-by", "RU", "--of", "UA", "--recovered", "2025-06-21", "--window", "W-1").status == 0)
        try session.write("m.csv", "id\nRU-0002\n")
        let changed = try sqlite3(session.db, "PRAGMA ignore_check_constraints = ON; \(tamper)")
        #expect(changed.status == 0, "\(changed)")
        let result = try session.ledger(command)
        #expect(result.status == 74, "\(result)")
        #expect(result.errorLines == ["error: \(session.db): the database holds data this ledger did not write (\(reason)); `ledger verify` shows where"])
        let verify = try session.ledger("verify")
        #expect(verify.status == 1 && verify.stderr.hasPrefix("verify failed: seq "), "\(verify)")
    }

    /// A csv listing goes out as it is read: the rows before a damaged one are printed, and the
    /// exit code says the listing is cut short. A table, which needs every row first, prints none.
    @Test func aCsvListingStopsAtTheDamagedRowAndSaysSo() throws {
        let session = try Session.withAgreements()
        #expect(try session.ledger("person", "import", try session.write("persons.csv", Session.personsCSV)).status == 0)
        let whole = try session.ledger("person", "list", "--format", "csv").stdout.split(separator: "\r\n")
        #expect(whole.count > 3 && whole[1].hasPrefix("RU-0001,") && whole[2].hasPrefix("RU-0002,"), "\(whole)")
        #expect(try sqlite3(session.db, "PRAGMA ignore_check_constraints = ON; UPDATE persons SET category = '' WHERE id = 'RU-0002'").status == 0)
        let csv = try session.ledger("person", "list", "--format", "csv")
        #expect(csv.status == 74 && csv.errorLines.count == 1, "\(csv)")
        #expect(csv.stdout == whole[0] + "\r\n" + whole[1] + "\r\n", "\(csv)")
        let table = try session.ledger("person", "list")
        #expect(table.status == 74 && table.stdout.isEmpty, "\(table)")
    }
}
