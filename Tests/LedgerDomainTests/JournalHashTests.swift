import PropertyBased
import Testing
@testable import LedgerDomain

@Suite("Journal hash chain (docs/journal.md)")
struct JournalHashTests {
    static let firstAt = "2025-05-23T14:02:11.120Z"
    static let firstPayload = #"{"code":"UA","name":"Україна"}"#
    // Computed independently of this code base:
    // python3 -c 'import hashlib; print(hashlib.sha256("\n".join(["0"*64, "1", "2025-05-23T14:02:11.120Z", "operator", "party.add", "{\"code\":\"UA\",\"name\":\"Україна\"}"]).encode("utf-8")).hexdigest())'
    static let firstHash = "649227b91b3b0bf499b0271495eccca83c32edb5b27b054dafc056a3fbdd3cf1"
    // python3 -c 'import hashlib; print(hashlib.sha256("\n".join(["649227b91b3b0bf499b0271495eccca83c32edb5b27b054dafc056a3fbdd3cf1", "2", "2025-05-23T14:02:12.005Z", "Олена", "batch.void", "{\"batch\":\"B-1\",\"reason\":\"typed twice / повтор\"}"]).encode("utf-8")).hexdigest())'
    static let secondHash = "4f85488b283bb897a7bc90ab154b0e0ad656459d6a2a3aae4314ec4c4d5eab1a"

    @Test("the genesis prev is 64 zeros")
    func genesis() {
        #expect(JournalEntry.genesisHash == String(repeating: "0", count: 64))
    }

    @Test("matches a vector computed with Python's hashlib")
    func knownVector() {
        let hash = JournalEntry.hash(
            prev: JournalEntry.genesisHash, seq: 1, at: Self.firstAt, actor: "operator", kind: "party.add",
            payload: Self.firstPayload)
        #expect(hash == Self.firstHash)
    }

    @Test("matches a second, chained vector with a Cyrillic actor")
    func chainedVector() {
        let hash = JournalEntry.hash(
            prev: Self.firstHash, seq: 2, at: "2025-05-23T14:02:12.005Z", actor: "Олена", kind: "batch.void",
            payload: #"{"batch":"B-1","reason":"typed twice / повтор"}"#)
        #expect(hash == Self.secondHash)
    }

    @Test("a new entry for an event journals its canonical payload and the hash of the rule")
    func entryFromEvent() throws {
        let party = try Party(code: "UA", name: "  Україна ")
        let entry = JournalEntry(seq: 1, at: Self.firstAt, actor: "operator", event: .partyAdded(party), prev: JournalEntry.genesisHash)
        #expect(entry.kind == "party.add")
        #expect(sameBytes(entry.payload, Self.firstPayload))
        #expect(entry.prev == JournalEntry.genesisHash)
        #expect(entry.hash == Self.firstHash)
        #expect(entry.computedHash == Self.firstHash)
    }

    @Test("computedHash notices a stored field that was changed")
    func computedHashDetectsTampering() {
        var entry = JournalEntry(
            seq: 1, at: Self.firstAt, actor: "operator", kind: "party.add", payload: Self.firstPayload,
            prev: JournalEntry.genesisHash, hash: Self.firstHash)
        #expect(entry.computedHash == entry.hash)
        entry.payload = #"{"code":"UA","name":"Украина"}"#
        #expect(entry.computedHash != entry.hash)
    }

    @Test("the hash is 64 lowercase hex digits")
    func hashShape() {
        let hash = JournalEntry.hash(prev: "", seq: 0, at: "", actor: "", kind: "", payload: "")
        #expect(hash.count == 64)
        #expect(hash.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) })
        // Five newlines around "0", computed with hashlib:
        // python3 -c 'import hashlib; print(hashlib.sha256(b"\n0\n\n\n\n").hexdigest())'
        #expect(hash == Self.emptyFieldsHash)
    }

    static let emptyFieldsHash = "b4dc03fd7152d88ea789a556e80ad6d38376ef99da01e150348e9e19af340ea0"
}

@Suite("Journal hash properties")
struct JournalHashPropertyTests {
    static let alphabet: [Character] = Array("abcXYZ019 :.-_{}\"\\/ЖжЇ😀漢")
    static let text = Gen<Character?>.element(of: alphabet).map { $0! }.string(of: 1...20)

    /// The six inputs, with seq as its decimal text.
    struct Inputs: CustomTestStringConvertible {
        var parts: [String]
        var testDescription: String { String(describing: parts) }

        var hash: String {
            JournalEntry.hash(prev: parts[0], seq: Int64(parts[1])!, at: parts[2], actor: parts[3], kind: parts[4], payload: parts[5])
        }
    }

    static let inputs = zip(text, Gen.int(in: 1...999_999_999), text, text, text, text).map { prev, seq, at, actor, kind, payload in
        Inputs(parts: [prev, String(seq), at, actor, kind, payload])
    }

    @Test("changing any single character of any input changes the hash")
    func singleCharacterChange() async {
        await propertyCheck(count: 400, input: Self.inputs, Gen.int(in: 0...5), Gen.int(in: 0...1000), Gen.int(in: 0...1000)) {
            inputs, field, position, replacementIndex in
            var changed = inputs
            var characters = Array(changed.parts[field])
            let index = position % characters.count
            if field == 1 {
                // seq: another digit, keeping it a positive number without a leading zero.
                let digits: [Character] = index == 0 ? Array("123456789") : Array("0123456789")
                let others = digits.filter { $0 != characters[index] }
                characters[index] = others[replacementIndex % others.count]
            } else {
                let others = Self.alphabet.filter { $0 != characters[index] }
                characters[index] = others[replacementIndex % others.count]
            }
            changed.parts[field] = String(characters)
            #expect(changed.parts != inputs.parts)
            #expect(changed.hash != inputs.hash)
        }
    }

    @Test("moving text across a separator changes the hash")
    func separatorsAreNotAmbiguous() async {
        await propertyCheck(count: 300, input: Self.inputs, Gen.int(in: 2...4)) { inputs, field in
            // Move the last character of one input to the front of the next: the concatenation
            // without separators would be the same.
            var changed = inputs
            let moved = changed.parts[field].removeLast()
            changed.parts[field + 1].insert(moved, at: changed.parts[field + 1].startIndex)
            #expect(changed.hash != inputs.hash)
        }
    }
}
