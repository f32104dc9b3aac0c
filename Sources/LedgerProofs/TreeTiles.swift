/// The Merkle tree over a log as a database keeps it: not every node, but the hash of every complete
/// subtree of 256, 65,536, … leaves (levels 8, 16, …). The leaves themselves are the log's own
/// entries. Any other node is hashed from at most 128 nodes of the kept level below it, so that a
/// proof reads a few hundred rows, while appending a leaf writes a node once in 256 leaves on
/// average: the cost of a proof is paid when one is asked for, not by every entry recorded.
public enum TreeTiles {
    /// Levels between two kept levels: a kept node stands for 2^8 nodes of the kept level below.
    public static let height = 8
    public static let width = 1 << height

    /// The levels kept below and at the top of a tree of `size` leaves, each with the indices of
    /// its incomplete group: what `Frontier` needs to go on appending. Level 0 is the leaves.
    public static func frontierRanges(size: Int) -> [(level: Int, indices: Range<Int>)] {
        var ranges: [(Int, Range<Int>)] = []
        var level = 0
        while level == 0 || size >> level > 0 {
            let count = size >> level
            ranges.append((level, (count - count % width)..<count))
            level += height
        }
        return ranges
    }

    /// The incomplete group of every kept level at the end of the tree: appending a leaf fills the
    /// group of level 0, and a group that reaches 256 nodes becomes one node of the next kept level.
    public struct Frontier: Sendable {
        public private(set) var size: Int
        /// The hashes of each kept level's incomplete group, level 0 (leaf hashes) first.
        private var groups: [[TreeHash]]

        /// An empty tree.
        public init() {
            size = 0
            groups = [[]]
        }

        /// The end of a tree of `size` leaves, from the hashes of `frontierRanges(size:)`, in order;
        /// nil when a group has not the number of hashes its range needs.
        public init?(size: Int, groups: [[TreeHash]]) {
            let ranges = TreeTiles.frontierRanges(size: size)
            guard groups.count == ranges.count, zip(groups, ranges).allSatisfy({ $0.count == $1.indices.count }) else { return nil }
            self.size = size
            self.groups = groups
        }

        /// Appends the leaf whose data is `data` (a journal entry's 32-byte hash) and returns the
        /// kept nodes it completes, lowest level first: none for 255 leaves in 256.
        public mutating func append(leafData data: [UInt8]) -> [TreeNode] {
            var completed: [TreeNode] = []
            var hash = MerkleTree.leafHash(data)
            var index = size
            var group = 0
            while true {
                if groups.count == group { groups.append([]) }
                groups[group].append(hash)
                guard groups[group].count == width else { break }
                hash = MerkleTree.root(of: groups[group])
                groups[group] = []
                group += 1
                index >>= height
                completed.append(TreeNode(level: group * height, index: index, hash: hash))
            }
            size += 1
            return completed
        }
    }

    /// The hash of the complete subtree at `level` and `index`, hashed from the nodes of the kept
    /// level at or below it, which `read(keptLevel, indices)` gives in order (leaf hashes at 0).
    public static func subtreeHash(level: Int, index: Int, read: (Int, Range<Int>) throws -> [TreeHash]) rethrows -> TreeHash {
        let kept = level - level % height
        let span = level - kept
        return MerkleTree.root(of: try read(kept, (index << span)..<((index + 1) << span)))
    }
}
