import Foundation
import LedgerDomain
import LedgerTestSupport
import Testing

/// Text enters the ledger in Unicode NFC, by the command line and by files alike, and is then
/// compared by its bytes: one name typed two ways is one name.
@Suite struct NormalisationTests {
    static let decomposed = "Андріи\u{306}"   // и + combining breve, as some keyboards and macOS file names give it
    static let composed = "Андрій"

    /// The bytes of a text column, as hex, read by the sqlite3 shell.
    static func hex(_ session: Session, _ sql: String) throws -> String { try session.value("SELECT hex(\(sql))") }

    @Test func namesTypedOrImportedDecomposedAreStoredComposed() throws {
        let session = try Session.withAgreements()
        try session.mustSucceed(["person", "add", "UA-1", "--held-by", "RU", "--belongs-to", "UA", "--category", "pow",
                                 "--family-name", "Петренко", "--given-name", Self.decomposed])
        try session.mustSucceed(["person", "import", try session.write("p.csv", "id,held_by,belongs_to,category,family_name\nUA-2,RU,UA,pow,\(Self.decomposed)\n")])
        let expected = Data(Self.composed.utf8).map { String(format: "%02X", $0) }.joined()
        #expect(try Self.hex(session, "(SELECT given_name FROM persons WHERE id = 'UA-1')") == expected)
        #expect(try Self.hex(session, "(SELECT family_name FROM persons WHERE id = 'UA-2')") == expected)
        #expect(try session.value("SELECT count(*) FROM journal WHERE instr(payload, char(774)) > 0") == "0")
        // Given again in the other form, it is the same person with the same data.
        let again = try session.ledger("person", "import", try session.write("q.csv", "id,held_by,belongs_to,category,family_name\nUA-2,RU,UA,pow,\(Self.composed)\n"))
        #expect(again.status == 0 && again.stdout.contains("already in the ledger with the same data"), "\(again)")
    }

    /// A ledger made before text was normalised may hold a name in the other form: it replays as
    /// written, and the same person imported now is a difference, named.
    @Test func aNameJournaledDecomposedBeforeIsADifferenceNamed() throws {
        let session = try Session.withAgreements()
        let head = try session.head().split(separator: ":")
        let seq = Int64(head[0])! + 1, prev = String(head[1]), at = "2025-06-01T10:00:00.000Z"
        let payload = #"{"belongs_to":"UA","category":"pow","family_name":"\#(Self.decomposed)","held_by":"RU","id":"UA-3","status":"held"}"#
        let hash = JournalEntry.hash(prev: prev, seq: seq, at: at, actor: "old", kind: "person.add", payload: payload)
        #expect(try sqlite3(session.db, """
            INSERT INTO journal (seq, at, actor, kind, payload, prev, hash) VALUES (\(seq), '\(at)', 'old', 'person.add', '\(payload)', '\(prev)', '\(hash)');
            INSERT INTO persons (id, held_by, belongs_to, category, family_name, status, added_seq, seq) VALUES ('UA-3', 'RU', 'UA', 'pow', '\(Self.decomposed)', 'held', \(seq), \(seq));
            """).status == 0)
        // The tree's kept nodes are only every 256 entries: this ledger has none to add.
        #expect(try session.ledger("verify").status == 0)
        let result = try session.ledger("person", "import", try session.write("p.csv", "id,held_by,belongs_to,category,family_name\nUA-3,RU,UA,pow,\(Self.composed)\n"))
        #expect(result.status == 65, "\(result)")
        #expect(result.errorLines.first?.contains("family_name: \(Self.composed) here, \(Self.decomposed) in the ledger (the same letters in another Unicode form)") == true, "\(result)")
    }
}
