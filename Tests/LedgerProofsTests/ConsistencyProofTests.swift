import Testing
import LedgerProofs

@Suite("Consistency proofs")
struct ConsistencyProofTests {
    static let old = LogFixture.checkpoint(size: 3).treeHead
    static let new = LogFixture.checkpoint(size: 7).treeHead
    static let proof = ConsistencyProof(old: old, new: new, path: MerkleTree.consistencyProof(from: 3, leafHashes: LogFixture.leaves))

    static func parseRefusal(_ text: String) -> ProofError? {
        do {
            _ = try ConsistencyProof(parsing: text)
            return nil
        } catch {
            return error
        }
    }

    @Test("the text is the header, the old and new trees, then one hash per line; it reads back and verifies")
    func layout() throws {
        let expected = "ledger consistency proof\nold 3 \(Self.old.root.base64)\nnew 7 \(Self.new.root.base64)\n"
            + Self.proof.path.map { $0.base64 + "\n" }.joined()
        #expect(Self.proof.text == expected)
        let reread = try ConsistencyProof(parsing: expected)
        #expect(reread == Self.proof)
        try reread.verify(from: Self.old, to: Self.new)
    }

    @Test("a proof about other trees than the trusted ones is refused")
    func otherTrees() {
        let older = LogFixture.checkpoint(size: 2).treeHead
        #expect(throws: ProofError.treeHeadMismatch(which: "old", expected: older, found: Self.old)) { try Self.proof.verify(from: older, to: Self.new) }
        #expect(throws: ProofError.treeHeadMismatch(which: "new", expected: Self.old, found: Self.new)) { try Self.proof.verify(from: Self.old, to: Self.old) }
    }

    @Test("a changed hash, or roots that do not belong together, fail")
    func fails() {
        var path = Self.proof.path
        path[0] = flipped(path[0], byte: 0)
        let changed = ConsistencyProof(old: Self.old, new: Self.new, path: path)
        #expect(throws: ProofError.consistencyFails) { try changed.verify(from: Self.old, to: Self.new) }
        let forkedNew = TreeHead(size: 7, root: flipped(Self.new.root, byte: 31))
        let forked = ConsistencyProof(old: Self.old, new: forkedNew, path: Self.proof.path)
        #expect(throws: ProofError.consistencyFails) { try forked.verify(from: Self.old, to: forkedNew) }
        #expect(!ProofError.consistencyFails.isMalformed)
    }

    @Test("malformed texts, each with its line and defect")
    func malformed() {
        let lines = Self.proof.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        func with(_ index: Int, _ line: String) -> String {
            var changed = lines
            changed[index] = line
            return changed.joined(separator: "\n")
        }
        #expect(Self.parseRefusal(with(0, "ledger consistency")) == .malformed(.consistencyProof, line: 1, .expected(ConsistencyProof.header, found: "ledger consistency")))
        #expect(Self.parseRefusal(with(1, "old 03 \(Self.old.root.base64)")) == .malformed(.consistencyProof, line: 2, .leadingZero(what: "old tree size", found: "03")))
        #expect(Self.parseRefusal(with(1, "old 3")) == .malformed(.consistencyProof, line: 2, .expected("old <size> <root>", found: "old 3")))
        #expect(Self.parseRefusal(with(2, "old 7 \(Self.new.root.base64)")) == .malformed(.consistencyProof, line: 3, .expected("new <new tree size>", found: "old 7")))
        #expect(Self.parseRefusal(with(2, "new 7 AAAA")) == .malformed(.consistencyProof, line: 3, .wrongLength(what: "new root hash", expected: 32, found: 3)))
        #expect(Self.parseRefusal(with(3, "%%%%")) == .malformed(.consistencyProof, line: 4, .notBase64(what: "consistency proof hash", found: "%%%%")))
        #expect(Self.parseRefusal(Self.proof.text + "\n") == .malformed(.consistencyProof, line: lines.count, .emptyLine))
        #expect(Self.parseRefusal(String(Self.proof.text.dropLast())) == .malformed(.consistencyProof, line: lines.count - 1, .missingFinalNewline))
        #expect(Self.parseRefusal("ledger consistency proof\n") == .malformed(.consistencyProof, line: 2, .missing("the old tree")))
        #expect(ProofError.malformed(.consistencyProof, line: 2, .missing("the old tree")).description == "consistency proof: line 2: missing the old tree")
    }
}
