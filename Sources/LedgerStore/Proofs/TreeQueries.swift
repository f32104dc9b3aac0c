import GRDB
import LedgerDomain
import LedgerProofs

extension SQLiteLedger {
    /// The journal's tree at `size` entries (the whole journal when nil): its root, and the entry
    /// at that size, whose seq and hash a checkpoint's `head` line names.
    public func tree(size: Int?) throws(LedgerError) -> LogTree {
        try read { db in
            let last = try TreeProjection.size(in: db)
            let size = size ?? last
            guard size <= last else { throw LedgerError.rejected("the journal has \(last.grouped) entries; it has no tree of \(size.grouped)") }
            let head = try Self.entries(db, sql: "SELECT * FROM journal WHERE seq = ?", arguments: [size]).first
            return LogTree(size: size, root: try MerkleTree.root(size: size, reading: Self.nodes(db)), head: head)
        }
    }

    /// The entry `seq` and the path that proves it is in the tree of `size` entries.
    public func inclusionProof(seq: Int64, size: Int) throws(LedgerError) -> (entry: JournalEntry, path: [TreeHash]) {
        try read { db in
            guard seq >= 1, seq <= size, size <= (try TreeProjection.size(in: db)),
                  let entry = try Self.entries(db, sql: "SELECT * FROM journal WHERE seq = ?", arguments: [seq]).first else {
                throw LedgerError.rejected("seq \(seq) is not in the tree of \(size.grouped) entries")
            }
            return (entry, try MerkleTree.inclusionProof(index: Int(seq) - 1, size: size, reading: Self.nodes(db)))
        }
    }

    /// The hashes that prove the tree of `newSize` entries extends the tree of `oldSize` unchanged.
    public func consistencyProof(from oldSize: Int, to newSize: Int) throws(LedgerError) -> [TreeHash] {
        try read { db in
            guard oldSize >= 1, oldSize <= newSize, newSize <= (try TreeProjection.size(in: db)) else {
                throw LedgerError.rejected("no consistency proof from \(oldSize.grouped) entries to \(newSize.grouped)")
            }
            return try MerkleTree.consistencyProof(from: oldSize, to: newSize, reading: Self.nodes(db))
        }
    }

    private static func nodes(_ db: Database) -> MerkleTree.NodeReader {
        { level, index in try TreeProjection.subtreeHash(level: level, index: index, in: db) }
    }
}
