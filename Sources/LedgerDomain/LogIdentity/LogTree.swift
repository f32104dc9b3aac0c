import LedgerProofs

/// The Merkle tree over the journal at one size: what a checkpoint signs.
public struct LogTree: Sendable, Hashable {
    /// The number of entries, the last of them `seq` = size.
    public var size: Int
    public var root: TreeHash
    /// The entry at `size`, nil for the empty tree.
    public var head: JournalEntry?

    public init(size: Int, root: TreeHash, head: JournalEntry?) {
        self.size = size
        self.root = root
        self.head = head
    }
}
