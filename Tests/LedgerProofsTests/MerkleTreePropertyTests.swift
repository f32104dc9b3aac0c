import PropertyBased
import Testing
import LedgerProofs

/// Every proof of every small tree verifies; any change to what is checked makes it fail; and
/// the node table built append by append answers as the RFC's recursive definitions do.
@Suite("Merkle tree: properties")
struct MerkleTreePropertyTests {
    static let maximumSize = 300
    static let leaves = leafHashes(maximumSize)
    static let table = NodeTable(leafHashes: leaves)
    static let roots = (0...maximumSize).map { MerkleTree.root(of: Array(leaves.prefix($0))) }

    @Test("the node table gives the RFC's root for every size, and only O(log n) nodes per append")
    func incrementalRoots() throws {
        for size in 0...Self.maximumSize {
            #expect(try MerkleTree.root(size: size, reading: Self.table.read) == Self.roots[size], "size \(size)")
        }
        // A complete tree has 2n - 1 nodes: each append stores the leaf and the nodes it completes.
        #expect(Self.table.nodes.values.map(\.count).reduce(0, +) == 2 * Self.maximumSize - Self.maximumSize.nonzeroBitCount)
    }

    @Test("every inclusion proof for every tree size up to 300 is the RFC's and verifies")
    func everyInclusionProof() throws {
        for size in 1...Self.maximumSize {
            let prefix = Array(Self.leaves.prefix(size))
            for index in 0..<size {
                let proof = try MerkleTree.inclusionProof(index: index, size: size, reading: Self.table.read)
                if size <= 64 { #expect(proof == MerkleTree.inclusionProof(index: index, leafHashes: prefix)) }
                #expect(MerkleTree.verifyInclusion(leafHash: Self.leaves[index], index: index, size: size, proof: proof, root: Self.roots[size]),
                        "\(index) in \(size)")
            }
        }
    }

    @Test("every consistency proof between tree sizes up to 300 is the RFC's and verifies")
    func everyConsistencyProof() throws {
        for new in 1...Self.maximumSize {
            let prefix = Array(Self.leaves.prefix(new))
            for old in 1...new {
                let proof = try MerkleTree.consistencyProof(from: old, to: new, reading: Self.table.read)
                if new <= 64 { #expect(proof == MerkleTree.consistencyProof(from: old, leafHashes: prefix)) }
                #expect(MerkleTree.verifyConsistency(oldSize: old, newSize: new, oldRoot: Self.roots[old], newRoot: Self.roots[new], proof: proof),
                        "\(old) to \(new)")
            }
        }
    }

    /// A size, and a leaf index in it.
    static let sizeAndIndex = zip(Gen.int(in: 1...maximumSize), Gen.int(in: 0...Int.max)).map { size, pick in (size, pick % size) }
    /// Two sizes, old before new, the new one at least 2.
    static let twoSizes = zip(Gen.int(in: 2...maximumSize), Gen.int(in: 0...Int.max)).map { new, pick in (1 + pick % (new - 1), new) }

    @Test("an inclusion proof fails with any byte of a path hash, the root or the leaf changed")
    func inclusionTampering() async {
        await propertyCheck(count: 300, input: Self.sizeAndIndex, Gen.int(in: 0...31), Gen.int(in: 0...Int.max)) { tree, byte, pick in
            let (size, index) = tree
            let proof = MerkleTree.inclusionProof(index: index, leafHashes: Array(Self.leaves.prefix(size)))
            let root = Self.roots[size]
            let leaf = Self.leaves[index]
            if !proof.isEmpty {
                var changed = proof
                changed[pick % proof.count] = flipped(proof[pick % proof.count], byte: byte)
                #expect(!MerkleTree.verifyInclusion(leafHash: leaf, index: index, size: size, proof: changed, root: root))
            }
            #expect(!MerkleTree.verifyInclusion(leafHash: leaf, index: index, size: size, proof: proof, root: flipped(root, byte: byte)))
            #expect(!MerkleTree.verifyInclusion(leafHash: flipped(leaf, byte: byte), index: index, size: size, proof: proof, root: root))
        }
    }

    @Test("an inclusion proof fails for any other index, any other tree size, or a hash added or dropped")
    func inclusionOtherPlace() async {
        await propertyCheck(count: 300, input: Self.sizeAndIndex, Gen.int(in: 0...(Self.maximumSize + 1)), Gen.int(in: 1...Self.maximumSize)) { tree, otherIndex, otherSize in
            let (size, index) = tree
            let proof = MerkleTree.inclusionProof(index: index, leafHashes: Array(Self.leaves.prefix(size)))
            let root = Self.roots[size]
            let leaf = Self.leaves[index]
            if otherIndex != index {
                #expect(!MerkleTree.verifyInclusion(leafHash: leaf, index: otherIndex, size: size, proof: proof, root: root), "index \(otherIndex)")
            }
            // With the root of that size, as a verifier holding a checkpoint of that size has it:
            // the path alone does not bind the size (the last hash of a proof in 129 leaves is
            // that of a right subtree, which a tree of 130 leaves could have), the signed
            // checkpoint does.
            if otherSize != size && otherSize <= Self.maximumSize {
                #expect(!MerkleTree.verifyInclusion(leafHash: leaf, index: index, size: otherSize, proof: proof, root: Self.roots[otherSize]),
                        "size \(otherSize)")
            }
            #expect(!MerkleTree.verifyInclusion(leafHash: leaf, index: index, size: size, proof: proof + [root], root: root))
            if !proof.isEmpty {
                #expect(!MerkleTree.verifyInclusion(leafHash: leaf, index: index, size: size, proof: Array(proof.dropLast()), root: root))
            }
        }
    }

    @Test("a consistency proof fails with any byte of a path hash or of either root changed")
    func consistencyTampering() async {
        await propertyCheck(count: 300, input: Self.twoSizes, Gen.int(in: 0...31), Gen.int(in: 0...Int.max)) { sizes, byte, pick in
            let (old, new) = sizes
            let proof = MerkleTree.consistencyProof(from: old, leafHashes: Array(Self.leaves.prefix(new)))
            let (oldRoot, newRoot) = (Self.roots[old], Self.roots[new])
            var changed = proof
            changed[pick % proof.count] = flipped(proof[pick % proof.count], byte: byte)
            #expect(!MerkleTree.verifyConsistency(oldSize: old, newSize: new, oldRoot: oldRoot, newRoot: newRoot, proof: changed))
            #expect(!MerkleTree.verifyConsistency(oldSize: old, newSize: new, oldRoot: flipped(oldRoot, byte: byte), newRoot: newRoot, proof: proof))
            #expect(!MerkleTree.verifyConsistency(oldSize: old, newSize: new, oldRoot: oldRoot, newRoot: flipped(newRoot, byte: byte), proof: proof))
        }
    }

    @Test("a consistency proof fails between any other sizes than its own")
    func consistencyOtherSizes() async {
        await propertyCheck(count: 300, input: Self.twoSizes, Self.twoSizes) { sizes, others in
            let (old, new) = sizes
            guard others != sizes else { return }
            let proof = MerkleTree.consistencyProof(from: old, leafHashes: Array(Self.leaves.prefix(new)))
            // The roots go with the sizes claimed, as a verifier holding checkpoints of those
            // sizes would have them: the proof must not join them.
            #expect(!MerkleTree.verifyConsistency(oldSize: others.0, newSize: others.1, oldRoot: Self.roots[others.0],
                                                  newRoot: Self.roots[others.1], proof: proof), "\(old)→\(new) as \(others.0)→\(others.1)")
        }
    }

    @Test("appending reads at most one node per level, and a proof reads O(log n) nodes")
    func logarithmicReads() throws {
        var reads = 0
        let table = Self.table
        let counting: MerkleTree.NodeReader = { level, index in
            reads += 1
            return try table.read(level: level, index: index)
        }
        for index in 0..<Self.maximumSize {
            reads = 0
            _ = try MerkleTree.newNodes(appendingLeaf: Self.leaves[index], atIndex: index, reading: counting)
            // One read per trailing 1 bit of the index: the left siblings of the nodes it completes.
            #expect(reads == (~index).trailingZeroBitCount)
        }
        let bound = 2 * (Int.bitWidth - Self.maximumSize.leadingZeroBitCount)
        for size in 1...Self.maximumSize {
            reads = 0
            _ = try MerkleTree.inclusionProof(index: size / 3, size: size, reading: counting)
            #expect(reads <= bound, "inclusion in \(size): \(reads) reads")
            reads = 0
            _ = try MerkleTree.consistencyProof(from: (size + 1) / 2, to: size, reading: counting)
            #expect(reads <= bound, "consistency in \(size): \(reads) reads")
        }
    }
}
