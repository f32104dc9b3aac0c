import Foundation
import LedgerDomain
import LedgerTestSupport
import Testing

/// The file edited behind the ledger's back through the sqlite3 shell, the journal's triggers
/// dropped for the change (docs/journal.md): `ledger verify` exits 1 and names the first bad seq. (A
/// changed payload, a changed projection row and a deleted last entry: `IntegrityTests`.)
@Suite struct TamperingTests {
    @Test(arguments: [
        ("UPDATE journal SET actor = 'mallory' WHERE seq = 2", "verify failed: seq 2: hash mismatch"),
        ("DELETE FROM journal WHERE seq = 2", "verify failed: seq 2: entry is missing: the journal goes from seq 1 to 3"),
        ("UPDATE journal SET seq = 100 WHERE seq = 3; UPDATE journal SET seq = 3 WHERE seq = 4; UPDATE journal SET seq = 4 WHERE seq = 100",
         "verify failed: seq 3: hash mismatch"),
    ])
    func aChangedJournalFailsVerifyAtTheFirstBadSeq(sql: String, failure: String) throws {
        let session = try Session.withAgreements()
        #expect(try tamper(session.db, sql).status == 0)
        let result = try session.ledger("verify")
        #expect(result.status == 1, "\(result)")
        #expect(result.errorLines.count == 1 && result.stderr.hasPrefix(failure), "\(result)")
    }

    /// An entry slipped into the middle, every later hash recomputed and every projection made to
    /// match: the chain alone looks sound, so only a head written down earlier can tell.
    @Test func anInsertedEntryWithARecomputedChainIsCaughtByAnEarlierHead() throws {
        let session = try Session.withAgreements()
        let noted = try session.head()
        let log = try JSONSerialization.jsonObject(with: Data(try session.ledger("log", "--format", "json").stdout.utf8)) as? [[String: Any]] ?? []
        let entries = log.compactMap { entry -> (at: String, actor: String, kind: String, payload: String)? in
            guard let at = entry["at"] as? String, let actor = entry["actor"] as? String, let kind = entry["kind"] as? String,
                  let payload = entry["payload"] as? String else { return nil }
            return (at, actor, kind, payload)
        }
        try #require(entries.count == 4)
        let inserted = (at: entries[1].at, actor: entries[1].actor, kind: "party.add", payload: #"{"code":"PL","name":"Poland"}"#)
        var sql = "DELETE FROM journal WHERE seq >= 3;\n"
        var prev = try session.value("SELECT hash FROM journal WHERE seq = 2")
        for (offset, entry) in ([inserted] + entries[2...]).enumerated() {
            let seq = Int64(3 + offset)
            let hash = JournalEntry.hash(prev: prev, seq: seq, at: entry.at, actor: entry.actor, kind: entry.kind, payload: entry.payload)
            sql += "INSERT INTO journal VALUES (\(seq), '\(entry.at)', '\(entry.actor)', '\(entry.kind)', '\(entry.payload)', '\(prev)', '\(hash)');\n"
            prev = hash
        }
        sql += """
            INSERT INTO parties VALUES ('PL', 'Poland', 3);
            UPDATE agreements SET seq = seq + 1; UPDATE quotas SET seq = seq + 1; UPDATE quota_categories SET seq = seq + 1
            """
        #expect(try tamper(session.db, sql).status == 0)
        #expect(try session.ledger("verify").status == 0, "the forgery should pass the chain and replay checks")

        let result = try session.ledger("verify", "--expect-head", noted)
        #expect(result.status == 1, "\(result)")
        #expect(result.errorLines.count == 1 && result.stderr.hasPrefix("verify failed: seq 4: hash "), "\(result)")
        #expect(result.stderr.contains("differs from the expected head"))
    }
}
