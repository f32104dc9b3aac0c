/// A tree size with the root of the tree of that many leaves.
public struct TreeHead: Sendable, Hashable, CustomStringConvertible {
    public let size: Int
    public let root: TreeHash

    public init(size: Int, root: TreeHash) {
        precondition(size >= 0, "a tree size is never negative")
        self.size = size
        self.root = root
    }

    public var description: String { "\(size) leaves with root \(root.base64)" }
}
