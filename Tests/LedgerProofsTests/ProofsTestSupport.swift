import LedgerProofs
import Testing

/// A hash from 64 hex digits written in a test.
func hash(_ hex: String) -> TreeHash {
    TreeHash(hex: hex)!
}

/// A hash from the base64 of a published vector.
func hash64(_ base64: String) -> TreeHash {
    TreeHash(base64: base64)!
}

/// The node table a store keeps, in memory: filled only by `MerkleTree.newNodes`, read back by
/// the proof functions, and it fails the test when they ask for a node no append completed.
struct NodeTable {
    private(set) var nodes: [Int: [TreeHash]] = [:]
    private(set) var size = 0

    init(leafHashes: [TreeHash] = []) {
        for leafHash in leafHashes { append(leafHash) }
    }

    struct MissingNode: Error {
        let level: Int
        let index: Int
    }

    mutating func append(_ leafHash: TreeHash) {
        let table = self
        for node in try! MerkleTree.newNodes(appendingLeaf: leafHash, atIndex: size, reading: table.read) {
            #expect(nodes[node.level, default: []].count == node.index, "node \(node.level)/\(node.index) is the next of its level")
            nodes[node.level, default: []].append(node.hash)
        }
        size += 1
    }

    func read(level: Int, index: Int) throws -> TreeHash {
        guard let row = nodes[level], row.indices.contains(index) else { throw MissingNode(level: level, index: index) }
        return row[index]
    }
}

/// The leaf hashes of leaves whose content is the 32 bytes `[i, i, ...]` for each index: distinct
/// and cheap, in the shape of this log's leaves (entry hashes).
func leafHashes(_ count: Int) -> [TreeHash] {
    (0..<count).map { MerkleTree.leafHash([UInt8](repeating: UInt8(truncatingIfNeeded: $0), count: 30) + [UInt8(truncatingIfNeeded: $0 >> 8), UInt8(truncatingIfNeeded: $0)]) }
}

/// `hash` with bit 0 of byte `byte` flipped.
func flipped(_ hash: TreeHash, byte: Int) -> TreeHash {
    var bytes = hash.bytes
    bytes[byte] ^= 1
    return TreeHash(bytes: bytes)!
}
