import Foundation
import LedgerDomain
import LedgerStore
import LedgerTestSupport
import Testing

@Suite struct JournalTests {
    @Test func entriesAreNumberedFromOneAndChainedByTheHashRule() throws {
        let fixture = try Fixture()
        var entries: [JournalEntry] = []
        try fixture.ledger.journal(since: nil, kind: nil) { entries.append($0) }
        #expect(entries.map(\.seq) == Array(1...Int64(entries.count)))
        #expect(entries.first?.prev == String(repeating: "0", count: 64))
        for (previous, entry) in zip(entries, entries.dropFirst()) { #expect(entry.prev == previous.hash) }
        for entry in entries {
            #expect(entry.hash == JournalEntry.hash(prev: entry.prev, seq: entry.seq, at: entry.at, actor: entry.actor,
                                                    kind: entry.kind, payload: entry.payload))
            #expect(entry.at == "2026-11-26T12:00:00.000Z")
            #expect(entry.actor == "tester")
        }
        #expect(entries.map(\.kind) == ["party.add", "party.add", "agreement.add", "person.add", "person.add", "person.add",
                                        "person.add", "batch.add", "batch.add", "batch.add", "batch.void"])
    }

    @Test func anImportWritesOneEntryPerPersonWithTheRowAsCanonicalPayload() throws {
        let fixture = try Fixture()
        var payloads: [String] = []
        try fixture.ledger.journal(since: nil, kind: "person.add") { payloads.append($0.payload) }
        #expect(payloads.count == 4)
        #expect(payloads[1] == #"{"belongs_to":"RU","birth_date":"1985","category":"civilian","family_name":"Образцова, мл.","family_name_latin":"Obraztsova","given_name":"Ольга","held_by":"UA","id":"RU-2","status":"held"}"#)
    }

    @Test(arguments: ["UPDATE journal SET actor = 'mallory' WHERE seq = 2", "DELETE FROM journal WHERE seq = 11",
                      "INSERT INTO journal SELECT seq + 1, at, actor, kind, payload, prev, hash || '' FROM journal WHERE seq = 1"])
    func theDatabaseItselfRefusesToChangeTheJournal(statement: String) throws {
        let fixture = try Fixture()
        let before = try dump(fixture.path)
        let result = try sqlite3(fixture.path, "PRAGMA foreign_keys = ON; \(statement)")
        #expect(result.status != 0)
        #expect(result.stderr.contains("append-only") || result.stderr.contains("appended in order") || result.stderr.contains("UNIQUE"))
        #expect(try dump(fixture.path) == before)
    }

    @Test func aCommandThatFailsHalfwayWritesNothing() throws {
        let fixture = try Fixture()
        let before = try dump(fixture.path)
        // The third row refers to a party that does not exist: the two good rows before it must not stay.
        let csv = try fixture.scratch.write("partly-bad.csv", Fixture.personsHeader + """
            RU-10,UA,RU,pow,Вымыслов,Алексей,,,
            RU-11,UA,RU,pow,Шаблонов,Сергей,,,
            RU-12,XX,RU,pow,Условнов,Юрий,,,

            """)
        #expect(throws: LedgerError.self) { try fixture.ledger.importPersons(csvPath: csv) }
        #expect(try dump(fixture.path) == before)
    }

    @Test func headIsTheLastEntry() throws {
        let fixture = try Fixture()
        let head = try #require(try fixture.ledger.head())
        var last: JournalEntry?
        try fixture.ledger.journal(since: nil, kind: nil) { last = $0 }
        #expect(head == last)
        let empty = try Fixture(populated: false)
        #expect(try empty.ledger.head() == nil)
    }

    @Test func aNewLedgerFileIsReadableByItsOwnerOnly() throws {
        let fixture = try Fixture(populated: false)
        let mode = try FileManager.default.attributesOfItem(atPath: fixture.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    @Test func openingRefusesWhatIsNotALedger() throws {
        let scratch = try Scratch()
        let missing = scratch.path("missing.sqlite")
        #expect(throws: LedgerError.database("\(missing): no ledger here; create one with `ledger init`")) {
            try SQLiteLedger.open(path: missing, actor: "t")
        }
        let other = scratch.path("other.sqlite")
        try sqlite3(other, "CREATE TABLE t (x)")
        #expect(throws: LedgerError.database("\(other): not a ledger database")) { try SQLiteLedger.open(path: other, actor: "t") }
        let text = try scratch.write("text.sqlite", String(repeating: "not a database\n", count: 100))
        #expect(throws: LedgerError.database("\(text): not a database file")) { try SQLiteLedger.open(path: text, actor: "t") }
    }
}

@Suite struct SchemaAgreementTests {
    /// The kinds the schema accepts are exactly the kinds the code writes and replays.
    @Test func journalKindsInTheSchemaAreTheKindsOfTheCode() throws {
        let fixture = try Fixture(populated: false)
        let kinds = try sqlite3(fixture.path, "SELECT kind FROM journal_kinds ORDER BY kind").stdout.split(separator: "\n").map(String.init)
        #expect(kinds == LedgerEvent.kinds.sorted())
    }

    /// Verify explains a name changed only in its Unicode form, which Swift's == would call unchanged.
    @Test func aNameChangedOnlyInItsUnicodeFormIsExplained() throws {
        let fixture = try Fixture()
        let copy = try fixture.copy(named: "untouched.sqlite")
        // "Ї" written as "І" followed by a combining diaeresis (U+0308): the same letter to a reader.
        _ = try fixture.ledger.addPerson(fields: [.id: "UA-9", .heldBy: "RU", .belongsTo: "UA", .category: "pow", .familyName: "Їжакевич"])
        let withPerson = try fixture.copy(named: "with-person.sqlite")
        try sqlite3(withPerson, "UPDATE persons SET family_name = 'І' || char(776) || 'жакевич' WHERE id = 'UA-9'")
        let report = try SQLiteLedger.open(path: withPerson, actor: "auditor").verify(expectedHead: nil)
        #expect(report.failure?.seq == 12)
        #expect(report.failure?.message.hasSuffix("(the same letters in another Unicode form)") == true, "\(report)")
        #expect(try SQLiteLedger.open(path: copy, actor: "auditor").verify(expectedHead: nil).failure == nil)
    }
}
