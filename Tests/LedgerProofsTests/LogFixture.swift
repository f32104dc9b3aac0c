import Crypto
import LedgerProofs

/// A small log as the ledger keeps it: entry hashes as leaves, a log key, three witnesses.
enum LogFixture {
    static let origin = "ledger.example/exchanges"
    static let logKey = try! SigningKey.generate(name: origin)
    static let witnessKeys = (1...3).map { try! SigningKey.generate(name: "witness\($0).example", type: .cosignatureV1) }
    static var witnesses: [VerifierKey] { witnessKeys.map(\.verifierKey) }

    /// The 32-byte entry hashes of seven journal entries.
    static let entries: [[UInt8]] = (1...7).map { Array(SHA256.hash(data: Array("entry \($0)".utf8))) }
    static let leaves = entries.map(MerkleTree.leafHash)

    static func checkpoint(size: Int) -> Checkpoint {
        try! Checkpoint(origin: origin, treeHead: TreeHead(size: size, root: MerkleTree.root(of: Array(leaves.prefix(size)))),
                        head: JournalHead(seq: size, hash: TreeHash(bytes: entries[size - 1])!))
    }

    /// The checkpoint of `size` leaves signed by the log and cosigned by the first `cosigners`
    /// witnesses.
    static func signedCheckpoint(size: Int, cosigners: Int = 0) -> SignedNote {
        var note = checkpoint(size: size).signed(by: logKey)
        for (offset, witness) in witnessKeys.prefix(cosigners).enumerated() {
            note = note.addingCosignature(by: witness, time: 1_750_000_000 + UInt64(offset))
        }
        return note
    }

    static func proof(index: Int, size: Int, cosigners: Int = 0) -> TlogProof {
        TlogProof(extra: Array("entry \(index + 1)".utf8), index: index,
                  path: MerkleTree.inclusionProof(index: index, leafHashes: Array(leaves.prefix(size))),
                  checkpoint: signedCheckpoint(size: size, cosigners: cosigners))
    }
}
