import Crypto

/// The Merkle hash tree of RFC 9162 §2.1 (the tree of RFC 6962) over SHA-256: its root, its
/// inclusion proofs (audit paths) and consistency proofs, and their verification.
///
/// A log stores the tree as a table of `TreeNode`s, the hashes of its complete subtrees, keyed by
/// (level, index). Appending a leaf completes at most one node per level (`newNodes`), and every
/// root or proof is read from that table in O(log n) look-ups through a `NodeReader`, the one seam
/// between these pure functions and the store. The versions over an array of leaf hashes follow
/// the RFC's recursive definitions word for word, for small trees and as a reference.
public enum MerkleTree {
    /// The hash of the complete subtree at `level` and `index` (see `TreeNode`). It is only asked
    /// for nodes that the appends so far have completed.
    public typealias NodeReader = (_ level: Int, _ index: Int) throws -> TreeHash

    /// The root of the tree with no leaves: SHA-256 of nothing.
    public static let emptyRoot = TreeHash(SHA256.hash(data: [UInt8]()))

    /// SHA-256(0x00 || data): the hash of a leaf whose content is `data`.
    public static func leafHash(_ data: some Collection<UInt8>) -> TreeHash {
        leafHash(Array(data))
    }

    /// The same for bytes in an array, not generic: the store hashes a leaf for every entry it
    /// records or replays, from another module, where a generic function is not specialised.
    public static func leafHash(_ data: [UInt8]) -> TreeHash {
        var hasher = SHA256()
        hasher.update(data: leafPrefix)
        hasher.update(data: data)
        return TreeHash(hasher.finalize())
    }

    // Made once: a leaf is hashed for every entry recorded or replayed.
    private static let leafPrefix: [UInt8] = [0x00]
    private static let nodePrefix: [UInt8] = [0x01]

    /// SHA-256(0x01 || left || right): the hash of an interior node.
    public static func nodeHash(_ left: TreeHash, _ right: TreeHash) -> TreeHash {
        var hasher = SHA256()
        hasher.update(data: nodePrefix)
        hasher.update(data: left.bytes)
        hasher.update(data: right.bytes)
        return TreeHash(hasher.finalize())
    }

    // MARK: - Over a node table

    /// The nodes that appending the leaf hash `leafHash` as leaf number `index` (0-based, so the
    /// tree grows from `index` to `index + 1` leaves) completes: the leaf itself at level 0, then
    /// one node per level for as long as the new node is a right child. Reads the left siblings,
    /// at most log2(index + 1) of them, which earlier appends completed.
    public static func newNodes(appendingLeaf leafHash: TreeHash, atIndex index: Int, reading node: NodeReader) rethrows -> [TreeNode] {
        precondition(index >= 0, "a leaf index is never negative")
        var nodes = [TreeNode(level: 0, index: index, hash: leafHash)]
        var hash = leafHash
        var level = 0
        var position = index
        while position & 1 == 1 {
            hash = nodeHash(try node(level, position - 1), hash)
            level += 1
            position >>= 1
            nodes.append(TreeNode(level: level, index: position, hash: hash))
        }
        return nodes
    }

    /// The root of the tree of the first `size` leaves; `emptyRoot` for 0.
    public static func root(size: Int, reading node: NodeReader) rethrows -> TreeHash {
        precondition(size >= 0, "a tree size is never negative")
        return size == 0 ? emptyRoot : try rangeHash(0, size, node)
    }

    /// The audit path of RFC 9162 §2.1.3.1 for leaf `index` in the tree of `size` leaves, from the
    /// leaf's sibling up to the root's child. Requires `0 <= index < size`.
    public static func inclusionProof(index: Int, size: Int, reading node: NodeReader) rethrows -> [TreeHash] {
        precondition(0 <= index && index < size, "the leaf must be in the tree")
        var outerFirst: [TreeHash] = []
        var low = 0
        var high = size
        while high - low > 1 {
            let split = low + largestPowerOfTwo(below: high - low)
            if index < split {
                outerFirst.append(try rangeHash(split, high, node))
                high = split
            } else {
                outerFirst.append(try rangeHash(low, split, node))
                low = split
            }
        }
        return outerFirst.reversed()
    }

    /// The consistency proof of RFC 9162 §2.1.4.1 between the trees of `oldSize` and `newSize`
    /// leaves. Requires `0 < oldSize <= newSize`: nothing is proved about an empty tree.
    public static func consistencyProof(from oldSize: Int, to newSize: Int, reading node: NodeReader) rethrows -> [TreeHash] {
        precondition(0 < oldSize && oldSize <= newSize, "consistency is proved between non-empty trees, old no larger than new")
        var outerFirst: [TreeHash] = []
        var low = 0
        var high = newSize
        // Whether the old tree is still the left edge of the range: then its root is known to the
        // verifier and is left out of the proof.
        var onLeftEdge = true
        while oldSize != high {
            let split = low + largestPowerOfTwo(below: high - low)
            if oldSize <= split {
                outerFirst.append(try rangeHash(split, high, node))
                high = split
            } else {
                outerFirst.append(try rangeHash(low, split, node))
                low = split
                onLeftEdge = false
            }
        }
        if !onLeftEdge { outerFirst.append(try rangeHash(low, high, node)) }
        return outerFirst.reversed()
    }

    /// The hash of the leaves `low..<high`, as the RFC splits them: a stored node when the range
    /// is a complete subtree, else the hash of its largest complete left part and the rest. Only
    /// the right edge of a tree is not complete, so this reads one node per set bit of the size.
    private static func rangeHash(_ low: Int, _ high: Int, _ node: NodeReader) rethrows -> TreeHash {
        let count = high - low
        if count & (count - 1) == 0 {
            let level = count.trailingZeroBitCount
            if low & (count - 1) == 0 { return try node(level, low >> level) }
        }
        let split = low + largestPowerOfTwo(below: count)
        return nodeHash(try rangeHash(low, split, node), try rangeHash(split, high, node))
    }

    /// The largest power of two strictly below `n`, for `n >= 2`: where the RFC splits n leaves.
    static func largestPowerOfTwo(below n: Int) -> Int {
        1 << (Int.bitWidth - 1 - (n - 1).leadingZeroBitCount)
    }

    // MARK: - Verification

    /// Whether `proof` shows the leaf hash `leafHash` at `index` in a tree of `size` leaves whose
    /// root is `root`, by the algorithm of RFC 9162 §2.1.3.2.
    public static func verifyInclusion(leafHash: TreeHash, index: Int, size: Int, proof: [TreeHash], root: TreeHash) -> Bool {
        guard 0 <= index, index < size else { return false }
        var fn = index
        var sn = size - 1
        var hash = leafHash
        for sibling in proof {
            guard sn != 0 else { return false }
            if fn & 1 == 1 || fn == sn {
                hash = nodeHash(sibling, hash)
                while fn & 1 == 0 && fn != 0 {
                    fn >>= 1
                    sn >>= 1
                }
            } else {
                hash = nodeHash(hash, sibling)
            }
            fn >>= 1
            sn >>= 1
        }
        return sn == 0 && hash == root
    }

    /// Whether `proof` shows the tree of `oldSize` leaves with root `oldRoot` to be a prefix of
    /// the tree of `newSize` leaves with root `newRoot`, by the algorithm of RFC 9162 §2.1.4.2.
    /// Equal sizes need an empty proof and equal roots. An empty old tree proves nothing and is
    /// refused, as transparency-dev/merkle refuses it.
    public static func verifyConsistency(oldSize: Int, newSize: Int, oldRoot: TreeHash, newRoot: TreeHash, proof: [TreeHash]) -> Bool {
        guard 0 < oldSize, oldSize <= newSize else { return false }
        if oldSize == newSize { return proof.isEmpty && oldRoot == newRoot }
        // A power-of-two old tree is a node of the new one; the proof leaves its root out.
        let path = oldSize & (oldSize - 1) == 0 ? [oldRoot] + proof : proof
        guard let first = path.first else { return false }
        var fn = oldSize - 1
        var sn = newSize - 1
        while fn & 1 == 1 {
            fn >>= 1
            sn >>= 1
        }
        var oldHash = first
        var newHash = first
        for hash in path.dropFirst() {
            guard sn != 0 else { return false }
            if fn & 1 == 1 || fn == sn {
                oldHash = nodeHash(hash, oldHash)
                newHash = nodeHash(hash, newHash)
                while fn & 1 == 0 && fn != 0 {
                    fn >>= 1
                    sn >>= 1
                }
            } else {
                newHash = nodeHash(newHash, hash)
            }
            fn >>= 1
            sn >>= 1
        }
        return sn == 0 && oldHash == oldRoot && newHash == newRoot
    }

    // MARK: - Over an array of leaf hashes

    /// MTH of RFC 9162 §2.1.1 over these leaf hashes (already `leafHash`ed).
    public static func root(of leafHashes: [TreeHash]) -> TreeHash {
        leafHashes.isEmpty ? emptyRoot : mth(leafHashes[...])
    }

    /// PATH(index, D[n]) of RFC 9162 §2.1.3.1. Requires `index` to be a position of `leafHashes`.
    public static func inclusionProof(index: Int, leafHashes: [TreeHash]) -> [TreeHash] {
        precondition(leafHashes.indices.contains(index), "the leaf must be in the tree")
        return path(index, leafHashes[...])
    }

    /// PROOF(oldSize, D[n]) of RFC 9162 §2.1.4.1. Requires `0 < oldSize <= leafHashes.count`.
    public static func consistencyProof(from oldSize: Int, leafHashes: [TreeHash]) -> [TreeHash] {
        precondition(0 < oldSize && oldSize <= leafHashes.count, "consistency is proved between non-empty trees, old no larger than new")
        return subproof(oldSize, leafHashes[...], complete: true)
    }

    private static func mth(_ leaves: ArraySlice<TreeHash>) -> TreeHash {
        if leaves.count == 1 { return leaves[leaves.startIndex] }
        let split = leaves.startIndex + largestPowerOfTwo(below: leaves.count)
        return nodeHash(mth(leaves[..<split]), mth(leaves[split...]))
    }

    private static func path(_ index: Int, _ leaves: ArraySlice<TreeHash>) -> [TreeHash] {
        if leaves.count == 1 { return [] }
        let k = largestPowerOfTwo(below: leaves.count)
        let split = leaves.startIndex + k
        return index < k
            ? path(index, leaves[..<split]) + [mth(leaves[split...])]
            : path(index - k, leaves[split...]) + [mth(leaves[..<split])]
    }

    private static func subproof(_ m: Int, _ leaves: ArraySlice<TreeHash>, complete: Bool) -> [TreeHash] {
        if m == leaves.count { return complete ? [] : [mth(leaves)] }
        let k = largestPowerOfTwo(below: leaves.count)
        let split = leaves.startIndex + k
        return m <= k
            ? subproof(m, leaves[..<split], complete: complete) + [mth(leaves[split...])]
            : subproof(m - k, leaves[split...], complete: false) + [mth(leaves[..<split])]
    }
}
