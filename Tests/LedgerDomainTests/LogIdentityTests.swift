import Foundation
import LedgerDomain
import LedgerProofs
import Testing

/// The rules of a ledger's origin and keys, and of the journal entry a proof carries.
@Suite("Origin, keys and entry proofs")
struct LogIdentityTests {
    static let origin = "coordination-hq.example/exchanges"

    static func problems(_ body: () throws -> Void) -> [String] {
        do {
            try body()
            return []
        } catch LedgerError.rejected(let problems, _) {
            return problems.map(\.message)
        } catch {
            return ["\(error)"]
        }
    }

    @Test("an origin is printable ASCII without spaces or '+', recorded once")
    func origins() throws {
        #expect(try LogOrigin(origin: Self.origin, facts: .init(recorded: nil)).origin == Self.origin)
        #expect(Self.problems { _ = try LogOrigin(origin: "", facts: .init(recorded: nil)) } == ["the origin is empty"])
        for (text, code) in [("a b", "0020"), ("a+b", "002B"), ("a\u{7}b", "0007"), ("київ.example", "043A")] {
            let found = Self.problems { _ = try LogOrigin(origin: text, facts: .init(recorded: nil)) }
            #expect(found.count == 1 && found[0].contains(" contains U+\(code); "), "\(text): \(found)")
        }
        #expect(Self.problems { _ = try LogOrigin(origin: String(repeating: "a", count: 201), facts: .init(recorded: nil)) }
            == ["the origin has 201 characters; at most 200"])
        #expect(Self.problems { _ = try LogOrigin(origin: "other.example", facts: .init(recorded: Self.origin)) }
            == ["this ledger's origin is already \(Self.origin); a ledger has one origin for all its checkpoints"])
    }

    @Test("a key is of its role's type, named after the origin for the log, and recorded once")
    func keys() throws {
        let log = try SigningKey.generate(name: Self.origin).verifierKey.text
        let witness = try SigningKey.generate(name: "icrc.example", type: .cosignatureV1).verifierKey.text
        let facts = LogKey.Facts(recorded: [], origin: Self.origin)
        let recorded = try LogKey(text: log, role: .log, facts: facts)
        #expect(recorded.name == Self.origin && recorded.role == .log && log.contains("+\(recorded.keyID)+"))
        #expect(try LogKey(text: witness, role: .witness, facts: facts).name == "icrc.example")

        #expect(Self.problems { _ = try LogKey(text: witness, role: .log, facts: facts) }.first?.contains("a log key is of type 0x01") == true)
        #expect(Self.problems { _ = try LogKey(text: log, role: .witness, facts: facts) } == [
            "\(Self.origin) is a key of type 0x01, made by `ledger key generate`; a witness key is of type 0x04",
        ])
        #expect(Self.problems { _ = try LogKey(text: log, role: .log, facts: .init(recorded: [log], origin: Self.origin)) }
            == ["the key \(Self.origin)+\(recorded.keyID) is already recorded"])
        #expect(Self.problems { _ = try LogKey(text: log, role: .log, facts: .init(recorded: [], origin: nil)) }
            == ["record the ledger's origin first (`ledger origin set ORIGIN`): the checkpoints this key signs carry it"])
        #expect(Self.problems { _ = try LogKey(text: log, role: .log, facts: .init(recorded: [], origin: "other.example")) }
            == ["a log key is named after the ledger's origin, other.example; this one is named \(Self.origin)"])
        let broken = Self.problems { _ = try LogKey(text: "not a key", role: .log, facts: facts) }
        #expect(broken.count == 1 && broken[0].hasPrefix("not a key: key: "))
    }

    /// A signed proof of `entry` as the only leaf of a one-entry log.
    static func proof(of entry: JournalEntry, key: SigningKey) throws -> String {
        let hash = try #require(TreeHash(hex: entry.hash))
        let checkpoint = try Checkpoint(origin: Self.origin, treeHead: TreeHead(size: 1, root: MerkleTree.leafHash(hash.bytes)),
                                        head: JournalHead(seq: 1, hash: hash))
        return EntryProof.make(entry: entry, path: [], checkpoint: checkpoint.signed(by: key)).text
    }

    static let entry = JournalEntry(seq: 1, at: "2025-05-23T14:02:11.120Z", actor: "office",
                                    event: .partyAdded(try! Party(code: "UA", name: "Україна")), prev: JournalEntry.genesisHash)

    @Test("a proof carries its entry, which the checker reads back and states in words")
    func entryProofs() throws {
        let key = try SigningKey.generate(name: Self.origin)
        let checked = try EntryProof.check(try Self.proof(of: Self.entry, key: key), logKey: key.verifierKey, origin: Self.origin,
                                           witnesses: [], required: 0)
        #expect(checked.entry == Self.entry)
        #expect(checked.summary == "party UA added")
        #expect(checked.proof.checkpoint.treeHead.size == 1)
    }

    @Test("an entry whose fields were changed, or whose text is not the canonical one, is refused")
    func alteredEntries() throws {
        let key = try SigningKey.generate(name: Self.origin)
        var altered = Self.entry
        altered.actor = "mallory"
        let proof = try Self.proof(of: altered, key: key)
        do {
            _ = try EntryProof.check(proof, logKey: key.verifierKey, origin: Self.origin, witnesses: [], required: 0)
            Issue.record("an altered entry was accepted")
        } catch {
            #expect(!error.isMalformed && error.description.hasPrefix("seq 1: the entry's hash is not the hash of its fields"))
        }
        // The extra data spaced out: the same fields, but not the bytes the journal's rule makes.
        let text = try Self.proof(of: Self.entry, key: key)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let extra = String(lines[1].dropFirst("extra ".count))
        let spaced = try #require(Data(base64Encoded: extra)).map { $0 == UInt8(ascii: ",") ? [$0, 0x20] : [$0] }.joined()
        let respaced = text.replacingOccurrences(of: extra, with: Data(spaced).base64EncodedString())
        do {
            _ = try EntryProof.check(respaced, logKey: key.verifierKey, origin: Self.origin, witnesses: [], required: 0)
            Issue.record("a spaced entry was accepted")
        } catch {
            #expect(error.isMalformed && error.description == "the proof's entry: not canonical JSON")
        }
    }
}
