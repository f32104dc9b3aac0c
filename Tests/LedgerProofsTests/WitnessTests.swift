import Testing
@testable import LedgerProofs

/// What a witness decides, checkpoint by checkpoint, with no files around it.
@Suite("Witness")
struct WitnessTests {
    static let origin = "ledger.example/exchanges"

    /// A checkpoint of the first `size` of `leaves`, signed by `log`, as text.
    static func checkpoint(_ size: Int, of leaves: [TreeHash], by log: SigningKey) throws -> String {
        let root = MerkleTree.root(of: Array(leaves[..<size]))
        let head = JournalHead(seq: size, hash: TreeHash(bytes: [UInt8](repeating: UInt8(size % 256), count: 32))!)
        return try Checkpoint(origin: origin, treeHead: TreeHead(size: size, root: root), head: head).signed(by: log).serialized
    }

    @Test("it cosigns a first checkpoint, then only what extends it")
    func extendsOnly() throws {
        let log = try SigningKey.generate(name: Self.origin)
        let witness = try SigningKey.generate(name: "witness.example", type: .cosignatureV1)
        let leaves = leafHashes(9)
        let first = try Witness.cosign(try Self.checkpoint(5, of: leaves, by: log), key: witness, logKey: log.verifierKey,
                                       origin: Self.origin, cosigned: nil, consistency: nil, time: 1)
        #expect(try Cosignature.witnesses(of: first.note, keys: [witness.verifierKey], required: 1).count == 1)

        let larger = try Self.checkpoint(9, of: leaves, by: log)
        #expect(throws: Witness.Refusal.self) {
            _ = try Witness.cosign(larger, key: witness, logKey: log.verifierKey, origin: Self.origin, cosigned: first.checkpoint, consistency: nil, time: 2)
        }
        let proof = ConsistencyProof(old: first.checkpoint.treeHead, new: TreeHead(size: 9, root: MerkleTree.root(of: leaves)),
                                     path: MerkleTree.consistencyProof(from: 5, leafHashes: leaves)).text
        let second = try Witness.cosign(larger, key: witness, logKey: log.verifierKey, origin: Self.origin, cosigned: first.checkpoint,
                                        consistency: proof, time: 2)
        #expect(second.checkpoint.treeHead.size == 9)
        let smaller = try Self.checkpoint(5, of: leaves, by: log)
        do {
            _ = try Witness.cosign(smaller, key: witness, logKey: log.verifierKey, origin: Self.origin,
                                   cosigned: second.checkpoint, consistency: nil, time: 3)
            Issue.record("a smaller tree was cosigned")
        } catch {
            #expect(error == .smaller(cosigned: second.checkpoint.treeHead, shown: first.checkpoint.treeHead) && !error.isMalformed)
        }
    }

    /// An empty tree is a prefix of every tree: a witness that holds one moves on without a proof.
    @Test("after an empty tree, any tree of the log is cosigned")
    func afterAnEmptyTree() throws {
        let log = try SigningKey.generate(name: Self.origin)
        let witness = try SigningKey.generate(name: "witness.example", type: .cosignatureV1)
        let empty = try Checkpoint(body: "\(Self.origin)\n0\n\(MerkleTree.emptyRoot.base64)\n")
        let shown = try Self.checkpoint(3, of: leafHashes(3), by: log)
        let cosigned = try Witness.cosign(shown, key: witness, logKey: log.verifierKey, origin: Self.origin, cosigned: empty, consistency: nil, time: 1)
        #expect(cosigned.checkpoint.treeHead.size == 3)
    }
}
