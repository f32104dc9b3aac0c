import Foundation
import GRDB
import LedgerDomain
import LedgerProofs

/// The Merkle tree over the journal in the database: the kept nodes of `TreeTiles` in
/// `tree_nodes`, written with each entry that completes one, and read back for roots and proofs.
enum TreeProjection {
    /// The number of entries of the journal: the size of its tree.
    static func size(in db: Database) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT coalesce(max(seq), 0) FROM journal") ?? 0
    }

    /// The end of the tree of the journal of `size` entries, to go on appending to it.
    static func frontier(size: Int, in db: Database) throws -> TreeTiles.Frontier {
        let groups = try TreeTiles.frontierRanges(size: size).map { try read(level: $0.level, $0.indices, in: db) }
        guard let frontier = TreeTiles.Frontier(size: size, groups: groups) else {
            throw DamagedData(description: "the tree's nodes do not match the journal; run `ledger verify`")
        }
        return frontier
    }

    /// Writes the kept nodes an entry completed, as the projection of that entry.
    static func insert(_ nodes: [TreeNode], seq: Int64, in db: Database) throws {
        try ProjectionWriter.write(nodes.map {
            ProjectedRow("tree_nodes", ["level": .integer(Int64($0.level)), "idx": .integer(Int64($0.index)), "hash": .bytes($0.hash.bytes)])
        }, seq: seq, in: db)
    }

    /// The hashes of a kept level's nodes `indices`, in order: leaf hashes of the journal's
    /// entries at level 0, `tree_nodes` above. Throws when one is missing.
    static func read(level: Int, _ indices: Range<Int>, in db: Database) throws -> [TreeHash] {
        guard !indices.isEmpty else { return [] }
        let hashes: [TreeHash]
        if level == 0 {
            hashes = try String.fetchAll(db.cachedStatement(sql: "SELECT hash FROM journal WHERE seq > ? AND seq <= ? ORDER BY seq"),
                                         arguments: [indices.lowerBound, indices.upperBound]).map { text in
                guard let hash = TreeHash(hex: text) else { throw DamagedData(description: "a journal hash is not 64 hex digits: \(text)") }
                return MerkleTree.leafHash(hash.bytes)
            }
        } else {
            hashes = try Data.fetchAll(db.cachedStatement(sql: "SELECT hash FROM tree_nodes WHERE level = ? AND idx >= ? AND idx < ? ORDER BY idx"),
                                       arguments: [level, indices.lowerBound, indices.upperBound]).map { data in
                guard let hash = TreeHash(bytes: data) else { throw DamagedData(description: "a tree node of level \(level) is not 32 bytes") }
                return hash
            }
        }
        guard hashes.count == indices.count else {
            throw DamagedData(description: "the tree has \(hashes.count) of the \(indices.count) nodes of level \(level) from \(indices.lowerBound); run `ledger verify`")
        }
        return hashes
    }

    /// The hash of any complete subtree of the journal's tree.
    static func subtreeHash(level: Int, index: Int, in db: Database) throws -> TreeHash {
        try TreeTiles.subtreeHash(level: level, index: index) { level, indices in try read(level: level, indices, in: db) }
    }
}

extension TreeProjection {
    /// Hashes the tree's kept nodes for every entry of the journal: for a ledger made before the
    /// tree was kept, in the transaction of its migration.
    static func fill(in db: Database) throws {
        var tree = TreeTiles.Frontier()
        let entries = try Row.fetchCursor(db, sql: "SELECT seq, hash FROM journal ORDER BY seq")
        while let row = try entries.next() {
            let seq: Int64 = row[0], text: String = row[1]
            guard let hash = TreeHash(hex: text) else { throw DamagedData(description: "seq \(seq): the hash is not 64 hex digits: \(text)") }
            try insert(tree.append(leafData: hash.bytes), seq: seq, in: db)
        }
    }
}
