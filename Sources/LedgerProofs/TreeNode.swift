/// One stored node of the Merkle tree: the hash of the complete subtree over the leaves
/// `index << level ..< (index + 1) << level`. Level 0 holds the leaf hashes themselves.
public struct TreeNode: Sendable, Hashable {
    public let level: Int
    public let index: Int
    public let hash: TreeHash

    public init(level: Int, index: Int, hash: TreeHash) {
        self.level = level
        self.index = index
        self.hash = hash
    }
}
