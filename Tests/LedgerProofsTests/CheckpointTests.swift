import Testing
import LedgerProofs

@Suite("Checkpoints")
struct CheckpointTests {
    static let origin = LogFixture.origin
    static let logKey = LogFixture.logKey.verifierKey

    static func refusal(_ text: String, logKey: VerifierKey = logKey, origin: String = origin) -> ProofError? {
        do {
            _ = try Checkpoint.verify(text, logKey: logKey, origin: origin)
            return nil
        } catch {
            return error
        }
    }

    /// A checkpoint text with the line at `index` (0-based) of its body replaced, signatures kept.
    static func replacingLine(_ index: Int, with line: String) -> String {
        var lines = LogFixture.signedCheckpoint(size: 5).serialized.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines[index] = line
        return lines.joined(separator: "\n")
    }

    @Test("a checkpoint is origin, size, base64 root and the head line, signed by the log")
    func layout() throws {
        let checkpoint = LogFixture.checkpoint(size: 5)
        let head = try #require(checkpoint.head)
        #expect(head.seq == 5)
        #expect(checkpoint.body == "\(Self.origin)\n5\n\(checkpoint.treeHead.root.base64)\nhead 5:\(head.hash.hex)\n")
        let text = checkpoint.signed(by: LogFixture.logKey).serialized
        #expect(text.hasPrefix(checkpoint.body + "\n— \(Self.origin) "))
        #expect(try Checkpoint.verify(text, logKey: Self.logKey, origin: Self.origin) == checkpoint)
        #expect(try Checkpoint(body: checkpoint.body) == checkpoint)
    }

    @Test("the example body of c2sp.org/tlog-checkpoint reads, with no extension line")
    func specificationExample() throws {
        let checkpoint = try Checkpoint(body: "example.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n")
        #expect(checkpoint.origin == "example.com/behind-the-sofa")
        #expect(checkpoint.treeHead.size == 20_852_163)
        #expect(checkpoint.extensions.isEmpty)
        #expect(checkpoint.head == nil)
    }

    @Test("a checkpoint signed by another key is refused")
    func otherKey() throws {
        let other = try SigningKey.generate(name: Self.origin)
        let text = LogFixture.checkpoint(size: 5).signed(by: other).serialized
        #expect(Self.refusal(text) == .notSignedByLog(keyName: Self.origin))
        #expect(Self.refusal(text)?.isMalformed == false)
        #expect(Self.refusal(text)?.description == "checkpoint is not signed by the log key \(Self.origin)")
    }

    @Test("a changed root or size breaks the log's signature")
    func changedRootOrSize() {
        let otherRoot = MerkleTree.root(of: Array(LogFixture.leaves.prefix(4))).base64
        #expect(Self.refusal(Self.replacingLine(2, with: otherRoot)) == .note(.signatureFails(keyName: Self.origin)))
        #expect(Self.refusal(Self.replacingLine(1, with: "6")) == .note(.signatureFails(keyName: Self.origin)))
        #expect(Self.refusal(Self.replacingLine(3, with: "head 4:" + String(repeating: "0", count: 64))) == .note(.signatureFails(keyName: Self.origin)))
    }

    @Test("a checkpoint of another origin is refused, whatever it says of itself")
    func otherOrigin() {
        let text = LogFixture.signedCheckpoint(size: 5).serialized
        #expect(Self.refusal(text, origin: "other.example/log") == .originMismatch(expected: "other.example/log", found: Self.origin))
        #expect(Self.refusal(Self.replacingLine(0, with: "other.example/log")) == .originMismatch(expected: Self.origin, found: "other.example/log"))
    }

    @Test("malformed bodies, each with its line and defect")
    func malformed() {
        #expect(Self.refusal(Self.replacingLine(1, with: "05")) == .malformed(.checkpoint, line: 2, .leadingZero(what: "tree size", found: "05")))
        #expect(ProofError.malformed(.checkpoint, line: 2, .leadingZero(what: "tree size", found: "01")).description
                == "checkpoint: line 2: tree size '01' has a leading zero")
        #expect(Self.refusal(Self.replacingLine(1, with: "+5")) == .malformed(.checkpoint, line: 2, .notDecimal(what: "tree size", found: "+5")))
        #expect(Self.refusal(Self.replacingLine(1, with: "99999999999999999999"))
                == .malformed(.checkpoint, line: 2, .tooLarge(what: "tree size", found: "99999999999999999999")))
        #expect(Self.refusal(Self.replacingLine(2, with: "not base64!")) == .malformed(.checkpoint, line: 3, .notBase64(what: "root hash", found: "not base64!")))
        #expect(Self.refusal(Self.replacingLine(2, with: "AAAA")) == .malformed(.checkpoint, line: 3, .wrongLength(what: "root hash", expected: 32, found: 3)))
        #expect(Self.refusal(Self.replacingLine(3, with: "head 05:" + String(repeating: "0", count: 64)))
                == .malformed(.checkpoint, line: 4, .leadingZero(what: "head sequence number", found: "05")))
        #expect(Self.refusal(Self.replacingLine(3, with: "head 5:" + String(repeating: "A", count: 64)))
                == .malformed(.checkpoint, line: 4, .notHex(what: "head hash", found: String(repeating: "A", count: 64))))
        #expect(throws: ProofError.malformed(.checkpoint, line: 3, .missing("the root hash"))) { try Checkpoint(body: "a\n5\n") }
        #expect(throws: ProofError.malformed(.checkpoint, line: 4, .emptyLine)) { try Checkpoint(body: "a\n0\n\(MerkleTree.emptyRoot.base64)\n\nx\n") }
        #expect(throws: ProofError.malformed(.checkpoint, line: 1, .missingFinalNewline)) { try Checkpoint(body: "a\n0\n\(MerkleTree.emptyRoot.base64)") }
        let head = "head 5:" + String(repeating: "0", count: 64)
        #expect(throws: ProofError.malformed(.checkpoint, line: 5, .expected("a single head line", found: head))) {
            try Checkpoint(body: "a\n0\n\(MerkleTree.emptyRoot.base64)\n\(head)\n\(head)\n")
        }
    }

    @Test("a checkpoint note with no blank line or with trailing data is refused as malformed")
    func malformedNote() {
        let text = LogFixture.signedCheckpoint(size: 5).serialized
        #expect(Self.refusal(text.replacing("\n\n", with: "\n", maxReplacements: 1)) == .note(.malformedNote(line: nil, .missingBlankLine)))
        #expect(Self.refusal(text + "trailing\n") == .note(.malformedNote(line: 7, .expected("— <key name> <signature>", found: "trailing"))))
        #expect(Self.refusal(text + "trailing\n")?.isMalformed == true)
    }

    @Test("an empty origin is not written")
    func emptyOrigin() {
        #expect(throws: ProofError.malformed(.checkpoint, line: 1, .missing("the origin"))) {
            try Checkpoint(origin: "", treeHead: TreeHead(size: 0, root: MerkleTree.emptyRoot), head: JournalHead(seq: 0, hash: MerkleTree.emptyRoot))
        }
    }
}
