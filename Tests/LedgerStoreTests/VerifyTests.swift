import Foundation
import LedgerDomain
import LedgerStore
import LedgerTestSupport
import PropertyBased
import Testing

@Suite struct VerifyTests {
    @Test func anUntouchedLedgerVerifies() throws {
        let fixture = try Fixture()
        let report = try fixture.ledger.verify(expectedHead: nil)
        #expect(report.failure == nil)
        #expect(report.entries == 11)
        #expect(report.head?.seq == 11)
    }

    /// Tampers with a copy of the fixture (`tamper`: triggers dropped and put back) and verifies it.
    private func verifyAfter(_ sql: String, on fixture: Fixture, expectedHead: ExpectedHead? = nil) throws -> VerifyReport {
        let copy = try fixture.copy(named: "tampered-\(UUID().uuidString).sqlite")
        let result = try tamper(copy, sql)
        #expect(result.status == 0, "\(result)")
        return try SQLiteLedger.open(path: copy, actor: "auditor").verify(expectedHead: expectedHead)
    }

    /// Changing any one character of any field of any entry is found, at that entry.
    @Test func anySingleChangedByteIsFoundAtItsSeq() async throws {
        let fixture = try Fixture()
        var entries: [JournalEntry] = []
        try fixture.ledger.journal(since: nil, kind: nil) { entries.append($0) }
        let fields = ["at", "actor", "kind", "payload", "prev", "hash"]
        await propertyCheck(count: 60, input: Gen.int(in: 0...(entries.count - 1)), Gen.int(in: 0...(fields.count - 1)),
                            Gen.int(in: 0...10_000), Gen.int(in: 0x21...0x7E)) { index, fieldIndex, offset, replacement in
            let entry = entries[index]
            let field = fields[fieldIndex]
            let original = Array(["at": entry.at, "actor": entry.actor, "kind": entry.kind, "payload": entry.payload,
                                  "prev": entry.prev, "hash": entry.hash][field]!.utf8)
            // A position among the ASCII bytes, so that the changed text is still valid UTF-8.
            let asciiPositions = original.indices.filter { original[$0] < 0x80 && original[$0] != UInt8(replacement) }
            guard !asciiPositions.isEmpty else { return }
            var changed = original
            changed[asciiPositions[offset % asciiPositions.count]] = UInt8(replacement)
            let text = String(decoding: changed, as: UTF8.self).replacingOccurrences(of: "'", with: "''")
            let report = try verifyAfter("UPDATE journal SET \(field) = '\(text)' WHERE seq = \(entry.seq)", on: fixture)
            #expect(report.failure?.seq == entry.seq, "\(field) of seq \(entry.seq): \(report.failure?.description ?? "not detected")")
        }
    }

    /// The same person written another way (keys out of order, a blank, an escaped letter) hashes
    /// correctly but is not the canonical form an entry must hold. Replay reads a person's payload
    /// straight into fields, so the canonical comparison alone refuses it; the canonical form of
    /// the same person, appended the same way, verifies.
    @Test(arguments: [
        (#"{"belongs_to":"UA","category":"pow","family_name":"Новий","held_by":"RU","id":"UA-7","status":"held"}"#, nil),
        (#"{"id":"UA-7","held_by":"RU","belongs_to":"UA","category":"pow","family_name":"Новий","status":"held"}"#, "payload is not in canonical form"),
        (#"{"belongs_to":"UA", "category":"pow","family_name":"Новий","held_by":"RU","id":"UA-7","status":"held"}"#, "payload is not in canonical form"),
        (#"{"belongs_to":"UA","category":"pow","family_name":"\u041dовий","held_by":"RU","id":"UA-7","status":"held"}"#, "payload is not in canonical form"),
    ] as [(String, String?)])
    func aPersonPayloadOutOfCanonicalFormIsFound(payload: String, failure: String?) throws {
        let fixture = try Fixture()
        let head = try #require(try fixture.ledger.head())
        let seq = head.seq + 1, at = "2026-11-26T12:00:00.000Z"
        let hash = JournalEntry.hash(prev: head.hash, seq: seq, at: at, actor: "tester", kind: "person.add", payload: payload)
        let appended = try sqlite3(fixture.path, """
            INSERT INTO journal (seq, at, actor, kind, payload, prev, hash) VALUES (\(seq), '\(at)', 'tester', 'person.add', '\(payload)', '\(head.hash)', '\(hash)');
            INSERT INTO persons (id, held_by, belongs_to, category, family_name, status, added_seq, seq) VALUES ('UA-7', 'RU', 'UA', 'pow', 'Новий', 'held', \(seq), \(seq));
            """)
        #expect(appended.status == 0, "\(appended)")
        #expect(try fixture.ledger.verify(expectedHead: nil).failure == failure.map { VerifyReport.Failure(seq: seq, message: $0) })
    }

    @Test func aChangedSeqIsAGapAtThatSeq() throws {
        let fixture = try Fixture()
        let report = try verifyAfter("UPDATE journal SET seq = 99 WHERE seq = 6", on: fixture)
        #expect(report.failure == .init(seq: 6, message: "entry is missing: the journal goes from seq 5 to 7"))
    }

    @Test func aDeletedMiddleEntryIsFound() throws {
        let fixture = try Fixture()
        let report = try verifyAfter("DELETE FROM journal WHERE seq = 4", on: fixture)
        #expect(report.failure?.seq == 4)
    }

    @Test func swappedEntriesAreFound() throws {
        let fixture = try Fixture()
        let report = try verifyAfter("""
            UPDATE journal SET seq = 1000 WHERE seq = 8; UPDATE journal SET seq = 8 WHERE seq = 9; UPDATE journal SET seq = 9 WHERE seq = 1000
            """, on: fixture)
        #expect(report.failure?.seq == 8)
    }

    @Test func aDeletedLastEntryAndItsRowsAreCaughtByTheExpectedHead() throws {
        let fixture = try Fixture()
        let head = try #require(try fixture.ledger.head())
        let expected = try ExpectedHead(parsing: "\(head.seq):\(head.hash)")
        // The void is undone by hand, with its journal entry: chain and projections agree again.
        let report = try verifyAfter("""
            DELETE FROM journal WHERE seq = 11;
            UPDATE batches SET void_reason = NULL, voided_seq = NULL, seq = added_seq WHERE id = 'B-10';
            UPDATE persons SET held_by = 'RU', status = 'repatriated', seq = 10 WHERE id = 'RU-3'
            """, on: fixture, expectedHead: expected)
        #expect(report.failure == .init(seq: 11, message: "the expected head is missing: the journal ends at seq 10"))
    }

    @Test func aRewrittenChainIsCaughtByAnEarlierHead() throws {
        let fixture = try Fixture()
        var entries: [JournalEntry] = []
        try fixture.ledger.journal(since: nil, kind: nil) { entries.append($0) }
        let noted = try ExpectedHead(parsing: "9:\(entries[8].hash)")
        // Rewrite the actor of entry 5 and recompute every hash from there: the chain alone looks fine.
        var sql = ""
        var prev = entries[3].hash
        for entry in entries[4...] {
            let actor = entry.seq == 5 ? "mallory" : entry.actor
            let hash = JournalEntry.hash(prev: prev, seq: entry.seq, at: entry.at, actor: actor, kind: entry.kind, payload: entry.payload)
            sql += "UPDATE journal SET actor = '\(actor)', prev = '\(prev)', hash = '\(hash)' WHERE seq = \(entry.seq);\n"
            prev = hash
        }
        #expect(try verifyAfter(sql, on: fixture).failure == nil)
        let report = try verifyAfter(sql, on: fixture, expectedHead: noted)
        #expect(report.failure?.seq == 9)
        #expect(report.failure?.message.contains("differs from the expected head") == true)
    }

    @Test func aChangedProjectionRowIsNamedWithTheEntryThatWroteIt() throws {
        let fixture = try Fixture()
        let report = try verifyAfter("UPDATE persons SET status = 'held' WHERE id = 'RU-2'", on: fixture)
        #expect(report.failure == .init(seq: 9, message: #"persons row id=RU-2 differs from the journal: status is "held" in the database but "repatriated" by replay"#))
    }

    @Test func aProjectionRowWithNoEntryIsFound() throws {
        let fixture = try Fixture()
        let report = try verifyAfter("INSERT INTO parties VALUES ('PL', 'Poland', 3)", on: fixture)
        #expect(report.failure == .init(seq: 3, message: "parties row code=PL is in the database but no journal entry made it"))
    }

    @Test func aDeletedProjectionRowIsFound() throws {
        let fixture = try Fixture()
        let report = try verifyAfter("DELETE FROM batch_counts WHERE batch_id = 'B-8' AND category = 'civilian'", on: fixture)
        #expect(report.failure == .init(seq: 8, message: "batch_counts row batch_id=B-8, category=civilian made by the journal is missing from the database"))
    }

    /// SQLite tells NULL from an empty text, and so must the comparison with the replay.
    @Test func aMissingValueMadeEmptyIsFound() throws {
        let fixture = try Fixture()
        let report = try verifyAfter("UPDATE persons SET birth_date = '' WHERE id = 'RU-3'", on: fixture)
        #expect(report.failure?.message.hasPrefix("persons row id=RU-3 differs from the journal: birth_date is \"\" in the database but NULL") == true,
                "\(String(describing: report.failure))")
    }

    /// The counts the triggers keep are a projection like any other: changed by hand, they are found.
    @Test func aChangedCountOfHeldPrisonersIsFound() throws {
        let fixture = try Fixture()
        let report = try verifyAfter("UPDATE held_prisoner_counts SET count = count + 1 WHERE held_by = 'RU'", on: fixture)
        #expect(report.failure?.message.hasPrefix("held_prisoner_counts row held_by=RU, category=, refuses=0, eligible_since= differs from the journal: count is") == true,
                "\(String(describing: report.failure))")
    }

    @Test func aDroppedTriggerIsFound() throws {
        let fixture = try Fixture()
        let copy = try fixture.copy(named: "no-trigger.sqlite")
        try sqlite3(copy, "DROP TRIGGER journal_rejects_update")
        let report = try SQLiteLedger.open(path: copy, actor: "auditor").verify(expectedHead: nil)
        #expect(report.failure == .init(seq: nil, message: "schema: trigger journal_rejects_update is missing"))
    }
}
