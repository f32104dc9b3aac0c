import Testing
import LedgerProofs

@Suite("tlog proofs")
struct TlogProofTests {
    static let origin = LogFixture.origin
    static let logKey = LogFixture.logKey.verifierKey

    static func verify(_ proof: TlogProof, leaf: [UInt8], logKey: VerifierKey = logKey, origin: String = origin,
                       witnesses: [VerifierKey] = LogFixture.witnesses, required: Int = 0) -> ProofError? {
        do {
            _ = try proof.verify(leaf: leaf, logKey: logKey, origin: origin, witnesses: witnesses, requiredWitnesses: required)
            return nil
        } catch {
            return error
        }
    }

    static func parseRefusal(_ text: String) -> ProofError? {
        do {
            _ = try TlogProof(parsing: text)
            return nil
        } catch {
            return error
        }
    }

    @Test("the text is the header, extra, index, path, a blank line and the checkpoint verbatim")
    func layout() throws {
        let proof = LogFixture.proof(index: 2, size: 7, cosigners: 2)
        let lines = [TlogProof.header, "extra ZW50cnkgMw==", "index 2"] + proof.path.map(\.base64) + [""]
        #expect(proof.text == lines.map { $0 + "\n" }.joined() + LogFixture.signedCheckpoint(size: 7, cosigners: 2).serialized)
        #expect(try TlogProof(parsing: proof.text) == proof)
    }

    @Test("with no extra data the extra line is left out, as c2sp.org/tlog-proof says")
    func noExtra() throws {
        let proof = TlogProof(extra: nil, index: 0, path: [], checkpoint: LogFixture.signedCheckpoint(size: 1))
        #expect(proof.text.hasPrefix("c2sp.org/tlog-proof@v1\nindex 0\n\n\(Self.origin)\n1\n"))
        #expect(try TlogProof(parsing: proof.text) == proof)
        #expect(TlogProof(extra: [], index: 0, path: [], checkpoint: proof.checkpoint) == proof)
        #expect(try proof.verify(leaf: LogFixture.entries[0], logKey: Self.logKey, origin: Self.origin).checkpoint.treeHead.size == 1)
    }

    @Test("a proof for every entry of every tree size verifies, with the witnesses that cosigned")
    func verifies() throws {
        for size in 1...7 {
            for index in 0..<size {
                let proof = try TlogProof(parsing: LogFixture.proof(index: index, size: size, cosigners: 2).text)
                let verified = try proof.verify(leaf: LogFixture.entries[index], logKey: Self.logKey, origin: Self.origin,
                                                witnesses: LogFixture.witnesses, requiredWitnesses: 2)
                #expect(verified.checkpoint == LogFixture.checkpoint(size: size))
                #expect(verified.witnesses.map(\.key.name) == ["witness1.example", "witness2.example"])
            }
        }
    }

    @Test("a proof for another index does not show this entry")
    func otherIndex() {
        let proof = LogFixture.proof(index: 2, size: 7)
        #expect(Self.verify(proof, leaf: LogFixture.entries[3]) == .inclusionFails)
        let moved = TlogProof(extra: proof.extra, index: 3, path: proof.path, checkpoint: proof.checkpoint)
        #expect(Self.verify(moved, leaf: LogFixture.entries[2]) == .inclusionFails)
        #expect(ProofError.inclusionFails.description == "inclusion proof does not lead to the checkpoint's root")
    }

    @Test("a changed leaf is not included")
    func changedLeaf() {
        var leaf = LogFixture.entries[2]
        leaf[0] ^= 1
        #expect(Self.verify(LogFixture.proof(index: 2, size: 7), leaf: leaf) == .inclusionFails)
    }

    @Test("an index beyond the checkpoint's tree is refused")
    func indexBeyondTree() {
        let proof = LogFixture.proof(index: 2, size: 7)
        let beyond = TlogProof(extra: nil, index: 7, path: proof.path, checkpoint: proof.checkpoint)
        #expect(Self.verify(beyond, leaf: LogFixture.entries[2]) == .indexOutOfRange(index: 7, size: 7))
    }

    @Test("a changed path hash breaks the proof")
    func changedPath() {
        let proof = LogFixture.proof(index: 2, size: 7)
        var path = proof.path
        path[1] = flipped(path[1], byte: 17)
        let changed = TlogProof(extra: proof.extra, index: 2, path: path, checkpoint: proof.checkpoint)
        #expect(Self.verify(changed, leaf: LogFixture.entries[2]) == .inclusionFails)
    }

    @Test("a checkpoint by another key, or of another origin, is refused before anything else")
    func otherLog() throws {
        let proof = LogFixture.proof(index: 2, size: 7)
        let other = try SigningKey.generate(name: Self.origin)
        #expect(Self.verify(proof, leaf: LogFixture.entries[2], logKey: other.verifierKey) == .notSignedByLog(keyName: Self.origin))
        #expect(Self.verify(proof, leaf: LogFixture.entries[2], origin: "other.example")
                == .originMismatch(expected: "other.example", found: Self.origin))
    }

    @Test("too few of the given witnesses, or only unknown ones, is refused")
    func witnesses() throws {
        let proof = LogFixture.proof(index: 2, size: 7, cosigners: 1)
        #expect(Self.verify(proof, leaf: LogFixture.entries[2], required: 2) == .tooFewWitnesses(required: 2, verified: ["witness1.example"]))
        #expect(Self.verify(proof, leaf: LogFixture.entries[2], witnesses: Array(LogFixture.witnesses.dropFirst()), required: 1)
                == .tooFewWitnesses(required: 1, verified: []))
        #expect(Self.verify(proof, leaf: LogFixture.entries[2], required: 1) == nil)
    }

    @Test("malformed proofs, each with its line and defect")
    func malformed() {
        let text = LogFixture.proof(index: 2, size: 7).text
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        func with(_ index: Int, _ line: String) -> String {
            var changed = lines
            changed[index] = line
            return changed.joined(separator: "\n")
        }
        #expect(Self.parseRefusal(with(0, "c2sp.org/tlog-proof@v2")) == .malformed(.tlogProof, line: 1, .expected(TlogProof.header, found: "c2sp.org/tlog-proof@v2")))
        #expect(Self.parseRefusal(with(1, "extra ZW50cnkgMw=")) == .malformed(.tlogProof, line: 2, .notBase64(what: "extra data", found: "ZW50cnkgMw=")))
        #expect(Self.parseRefusal(with(1, "extra ")) == .malformed(.tlogProof, line: 2, .notBase64(what: "extra data", found: "")))
        #expect(Self.parseRefusal(with(2, "index 02")) == .malformed(.tlogProof, line: 3, .leadingZero(what: "index", found: "02")))
        #expect(Self.parseRefusal(with(2, "idx 2")) == .malformed(.tlogProof, line: 3, .expected("index <index>", found: "idx 2")))
        #expect(Self.parseRefusal(with(3, "AAAA")) == .malformed(.tlogProof, line: 4, .wrongLength(what: "inclusion path hash", expected: 32, found: 3)))
        #expect(Self.parseRefusal(with(3, " " + lines[3])) == .malformed(.tlogProof, line: 4, .notBase64(what: "inclusion path hash", found: " " + lines[3])))
        // The checkpoint's tree size is on line 8: header, extra, index, 3 hashes, blank, origin.
        #expect(Self.parseRefusal(with(8, "07")) == .malformed(.tlogProof, line: 9, .leadingZero(what: "tree size", found: "07")))
        #expect(Self.parseRefusal(text + "trailing\n") == .note(.malformedNote(line: 14, .expected("— <key name> <signature>", found: "trailing"))))
        #expect(Self.parseRefusal(String(text.dropLast())) == .note(.malformedNote(line: nil, .missingFinalNewline)))
        lines = Array(lines.prefix(6))
        #expect(Self.parseRefusal(lines.joined(separator: "\n") + "\n") == .malformed(.tlogProof, line: 7, .missing("the blank line before the checkpoint")))
        #expect(Self.parseRefusal("c2sp.org/tlog-proof@v1\nindex 0") == .malformed(.tlogProof, line: 2, .missingFinalNewline))
        #expect(Self.parseRefusal("c2sp.org/tlog-proof@v1\n\n\ncheckpoint\n") == .malformed(.tlogProof, line: 2, .expected("index <index>", found: "")))
        #expect(Self.parseRefusal(with(3, "AAAA"))?.isMalformed == true)
    }
}
