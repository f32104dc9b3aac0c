import Foundation
import GRDB
import LedgerDomain
import LedgerStore
import LedgerTestSupport
import Testing

/// A ledger made by an older version is brought up to date by `migrate`, and ends up exactly the
/// file a new ledger would be, entries and all.
@Suite struct MigrationTests {
    @Test func anEmptyVersionOneLedgerBecomesTheFileANewLedgerIs() throws {
        let fresh = try Fixture(populated: false)
        let (old, current) = try fresh.olderCopy(by: schemaDowngradeToVersionOne, named: "v1.sqlite")
        #expect(try sqlite3(old, "PRAGMA user_version").stdout == "1\n")
        #expect(try SQLiteLedger.migrate(path: old, actor: "tester") == (1, 6))
        #expect(try sqlite3(old, "PRAGMA user_version").stdout == "6\n")
        #expect(try dump(old) == current)
    }

    @Test func aVersionOneLedgerWithEntriesKeepsThemAndVerifies() throws {
        let fixture = try Fixture()
        let head = try fixture.ledger.head()
        let (old, current) = try fixture.olderCopy(by: schemaDowngradeToVersionOne, named: "v1.sqlite")

        let (from, to) = try SQLiteLedger.migrate(path: old, actor: "tester")
        #expect(to == 6 && from < to)
        let migrated = try SQLiteLedger.open(path: old, actor: "tester", clock: Fixture.clock)
        #expect(try dump(old) == current)
        #expect(try migrated.head() == head)
        #expect(try migrated.verify(expectedHead: nil, progress: nil).failure == nil)
        let entry = try migrated.addAssessment(fields: [
            .personID: "UA-1", .on: "2025-06-05", .category: "incurable", .severity: "5",
            .members: "Dr A (neutral), Dr B (neutral), Dr C (detaining)", .vote: "3-0", .findings: "Spinal cord injury",
        ])
        #expect(entry.kind == "assessment.add")
    }

    /// Version 4's counts of held prisoners are filled from a version 3 ledger's persons, findings
    /// and refusals: the file is then the one whose triggers counted them as the entries came.
    @Test func aVersionThreeLedgerGetsTheCountsItsEntriesMake() throws {
        let world = try GeneratedCommission(seed: 15)
        let (old, current) = try world.fixture.olderCopy(by: schemaDowngradeToVersionThree, named: "v3.sqlite")
        #expect(try SQLiteLedger.migrate(path: old, actor: "tester") == (3, 6))
        #expect(try dump(old) == current)
    }

    /// Version 5 only writes the CHECKs' lists of values another way. A version 4 ledger with
    /// persons, findings, refusals and batches gets the definitions of `schema.sql`, edited in
    /// place: every table and index keeps its pages.
    @Test func aVersionFourLedgerGetsTheNewChecksWithNoRowMoved() throws {
        let world = try GeneratedCommission(seed: 16)
        let (old, current) = try world.fixture.olderCopy(by: schemaDowngradeToVersionFour, named: "v4.sqlite")
        let pages = "SELECT name, rootpage FROM sqlite_schema ORDER BY name"
        let before = try sqlite3(old, pages).stdout.split(separator: "\n")
        #expect(try SQLiteLedger.migrate(path: old, actor: "tester") == (4, 6))
        #expect(try dump(old) == current)
        // Version 6 adds tables of its own; every table and index there before keeps its root page.
        let after = Set(try sqlite3(old, pages).stdout.split(separator: "\n"))
        #expect(before.count > 20 && before.allSatisfy(after.contains))
        #expect(try sqlite3(old, "PRAGMA integrity_check").stdout == "ok\n")
    }

    /// Version 6 keeps the Merkle tree over the journal. A version 5 ledger gets the nodes its
    /// entries would have written, hashed by `migrate` from the journal: the file is then the one
    /// this version makes, node for node, and it verifies.
    @Test func aVersionFiveLedgerGetsTheTreeOfItsJournal() throws {
        let world = try GeneratedCommission(seed: 17)
        let head = try #require(try world.fixture.ledger.head())
        #expect(head.seq > 256, "too few entries for a node of the tree: \(head.seq)")
        #expect(try world.fixture.count("tree_nodes") == Int(head.seq) / 256)
        let (old, current) = try world.fixture.olderCopy(by: schemaDowngradeToVersionFive, named: "v5.sqlite")
        #expect(try SQLiteLedger.migrate(path: old, actor: "tester") == (5, 6))
        #expect(try dump(old) == current)
        let migrated = try SQLiteLedger.open(path: old, actor: "tester", clock: Fixture.clock)
        #expect(try migrated.verify(expectedHead: ExpectedHead(parsing: "\(head.seq):\(head.hash)"), progress: nil).failure == nil)
    }

    /// SQLite does not count an edit in place as a change of schema; `migrate` says it changed, so
    /// that a connection opened before rereads the definitions instead of going on with the old.
    @Test func aConnectionOpenedBeforeTheMigrationReadsTheNewDefinitions() throws {
        let fixture = try Fixture()
        let (old, _) = try fixture.olderCopy(by: schemaDowngradeToVersionFour, named: "v4.sqlite")
        let earlier = try DatabaseQueue(path: old)
        func refusalOfAHostage() -> String? {
            let error = #expect(throws: DatabaseError.self) {
                try earlier.write { try $0.execute(sql: """
                    INSERT INTO persons (id, held_by, belongs_to, category, family_name, status, added_seq, seq)
                    VALUES ('X-1', 'UA', 'RU', 'hostage', 'Невідомий', 'held', 1, 1)
                    """) }
            }
            return error?.message
        }
        #expect(refusalOfAHostage() == "CHECK constraint failed: category IN ('pow', 'civilian', 'child')")
        #expect(try SQLiteLedger.migrate(path: old, actor: "tester") == (4, 6))
        #expect(refusalOfAHostage() == "CHECK constraint failed: category = 'pow' OR category = 'civilian' OR category = 'child'")
    }

    /// What version 5 is for: no INSERT into any table runs a list of values through a temporary
    /// b-tree, as SQLite does for an `IN (...)` of three values or more, at every row.
    @Test func noInsertBuildsATemporaryBTree() throws {
        let fixture = try Fixture(populated: false)
        let queue = try DatabaseQueue(path: fixture.path)
        try queue.read { db in
            let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
            #expect(tables.contains("persons") && tables.contains("remains"))
            for table in tables {
                let opcodes: [String] = try Row.fetchAll(db, sql: "EXPLAIN INSERT INTO \(table.quotedDatabaseIdentifier) DEFAULT VALUES").map { $0["opcode"] }
                #expect(!opcodes.isEmpty)
                let buildsATemporaryBTree = opcodes.contains("OpenEphemeral")
                #expect(!buildsATemporaryBTree, "INSERT INTO \(table) builds a temporary b-tree")
            }
        }
    }

    /// Version 1 took U+2028 and U+2029 in free text; later versions refuse them in new records,
    /// but a person recorded with one before must still read back, replay and verify.
    @Test func aVersionOnePersonWithALineSeparatorInTheirNotesStillReadsAndVerifies() throws {
        let fixture = try Fixture()
        let head = try #require(try fixture.ledger.head())
        let old = try fixture.copy(named: "v1.sqlite")
        try sqlite3(old, schemaDowngradeToVersionOne)
        let payload = #"{"belongs_to":"UA","category":"pow","family_name":"Старий","held_by":"RU","id":"UA-77","notes":"first\#u{2028}second","status":"held"}"#
        let seq = head.seq + 1, at = "2025-06-01T10:00:00.000Z"
        let hash = JournalEntry.hash(prev: head.hash, seq: seq, at: at, actor: "old", kind: "person.add", payload: payload)
        let added = try sqlite3(old, """
            INSERT INTO journal (seq, at, actor, kind, payload, prev, hash) VALUES (\(seq), '\(at)', 'old', 'person.add', '\(payload)', '\(head.hash)', '\(hash)');
            INSERT INTO persons (id, held_by, belongs_to, category, family_name, notes, status, added_seq, seq)
            VALUES ('UA-77', 'RU', 'UA', 'pow', 'Старий', 'first\u{2028}second', 'held', \(seq), \(seq));
            """)
        #expect(added.status == 0, "\(added)")
        let (from, to) = try SQLiteLedger.migrate(path: old, actor: "tester")
        #expect(to == 6 && from < to)
        let migrated = try SQLiteLedger.open(path: old, actor: "tester", clock: Fixture.clock)
        #expect(try migrated.verify(expectedHead: nil, progress: nil).failure == nil)
        #expect(try migrated.person(id: "UA-77").person.fields[.notes] == "first\u{2028}second")
    }

    /// Nothing changes a ledger's schema behind the operator's back: until `ledger migrate`, an older
    /// ledger is refused, byte for byte as it was.
    @Test func anOlderLedgerIsRefusedUntouchedUntilMigrated() throws {
        let fixture = try Fixture()
        let old = try fixture.copy(named: "v1.sqlite")
        try sqlite3(old, schemaDowngradeToVersionOne)
        let before = try dump(old)
        #expect(throws: LedgerError.database("\(old): schema version 1; bring it to version 6 with `ledger migrate` (the journal is not changed)")) {
            _ = try SQLiteLedger.open(path: old, actor: "tester")
        }
        #expect(try dump(old) == before)
        #expect(try SQLiteLedger.migrate(path: old, actor: "tester") == (1, 6))
        #expect(try SQLiteLedger.migrate(path: old, actor: "tester") == (6, 6))
    }

    @Test func aLedgerFromANewerVersionIsRefusedUntouched() throws {
        let fixture = try Fixture(populated: false)
        try sqlite3(fixture.path, "PRAGMA user_version = 7")
        let before = try dump(fixture.path)
        #expect(throws: LedgerError.database("\(fixture.path): schema version 7 is newer than this ledger understands (6); use a newer ledger")) {
            _ = try SQLiteLedger.open(path: fixture.path, actor: "tester")
        }
        #expect(try dump(fixture.path) == before)
    }
}
