import Testing
import LedgerProofs

/// Known answers from transparency-dev/merkle: the eight leaves and the roots of every prefix in
/// testonly/constants.go, the inclusion and consistency proofs in cmd/proofgen/main.go (and
/// testdata/inclusion, testdata/consistency, generated from them). They are the RFC 6962 test
/// tree of certificate-transparency.
@Suite("Merkle tree: published vectors")
struct MerkleTreeVectorTests {
    static let leaves: [[UInt8]] = [
        [], [0x00], [0x10], [0x20, 0x21], [0x30, 0x31], [0x40, 0x41, 0x42, 0x43],
        [0x50, 0x51, 0x52, 0x53, 0x54, 0x55, 0x56, 0x57],
        [0x60, 0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69, 0x6a, 0x6b, 0x6c, 0x6d, 0x6e, 0x6f],
    ]

    /// Roots of the trees of 0 to 8 leaves.
    static let roots: [TreeHash] = [
        hash("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        hash("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d"),
        hash("fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125"),
        hash("aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77"),
        hash("d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"),
        hash("4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4"),
        hash("76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef"),
        hash("ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c"),
        hash("5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328"),
    ]

    /// The leaf hashes, from testonly.NodeHashes level 0.
    static let leafHashes: [TreeHash] = [
        hash("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d"),
        hash("96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7"),
        hash("0298d122906dcfc10892cb53a73992fc5b9f493ea4c9badb27b791b4127a7fe7"),
        hash("07506a85fd9dd2f120eb694f86011e5bb4662e5c415a62917033d4a9624487e7"),
        hash("bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"),
        hash("4271a26be0d8a84f0bd54c8c302e7cb3a3b5d1fa6780a40bcce2873477dab658"),
        hash("b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f"),
        hash("46f6ffadd3d06a09ff3c5860d2755c8b9819db7df44251788c7d8e3180de8eb1"),
    ]

    /// (1-based leaf, tree size, path), as proofgen lists them.
    static let inclusion: [(leaf: Int, size: Int, path: [TreeHash])] = [
        (1, 1, []),
        (1, 8, [hash("96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7"),
                hash("5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e"),
                hash("6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4")]),
        (6, 8, [hash("bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"),
                hash("ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0"),
                hash("d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7")]),
        (3, 3, [hash("fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125")]),
        (2, 5, [hash("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d"),
                hash("5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e"),
                hash("bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b")]),
    ]

    /// (old size, new size, proof), as proofgen lists them.
    static let consistency: [(old: Int, new: Int, path: [TreeHash])] = [
        (1, 1, []),
        (1, 8, [hash("96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7"),
                hash("5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e"),
                hash("6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4")]),
        (6, 8, [hash("0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a"),
                hash("ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0"),
                hash("d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7")]),
        (2, 5, [hash("5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e"),
                hash("bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b")]),
        (6, 7, [hash("0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a"),
                hash("b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f"),
                hash("d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7")]),
    ]

    @Test("leaf hashes are SHA-256(0x00 || data); the empty tree's root is SHA-256 of nothing")
    func leafAndEmpty() {
        #expect(Self.leaves.map(MerkleTree.leafHash) == Self.leafHashes)
        #expect(MerkleTree.emptyRoot == Self.roots[0])
        #expect(MerkleTree.root(of: []) == Self.roots[0])
        #expect(MerkleTree.nodeHash(Self.leafHashes[0], Self.leafHashes[1]) == Self.roots[2])
    }

    @Test("the root of every prefix, from the array and from the node table")
    func roots() throws {
        let table = NodeTable(leafHashes: Self.leafHashes)
        for size in 0...8 {
            #expect(MerkleTree.root(of: Array(Self.leafHashes.prefix(size))) == Self.roots[size], "size \(size)")
            #expect(try MerkleTree.root(size: size, reading: table.read) == Self.roots[size], "size \(size)")
        }
    }

    @Test("inclusion proofs: produced as published, and verified")
    func inclusion() throws {
        let table = NodeTable(leafHashes: Self.leafHashes)
        for vector in Self.inclusion {
            let index = vector.leaf - 1
            let prefix = Array(Self.leafHashes.prefix(vector.size))
            #expect(MerkleTree.inclusionProof(index: index, leafHashes: prefix) == vector.path, "\(vector.leaf) in \(vector.size)")
            #expect(try MerkleTree.inclusionProof(index: index, size: vector.size, reading: table.read) == vector.path)
            #expect(MerkleTree.verifyInclusion(leafHash: Self.leafHashes[index], index: index, size: vector.size,
                                               proof: vector.path, root: Self.roots[vector.size]))
        }
    }

    @Test("consistency proofs: produced as published, and verified")
    func consistency() throws {
        let table = NodeTable(leafHashes: Self.leafHashes)
        for vector in Self.consistency {
            let prefix = Array(Self.leafHashes.prefix(vector.new))
            #expect(MerkleTree.consistencyProof(from: vector.old, leafHashes: prefix) == vector.path, "\(vector.old) to \(vector.new)")
            #expect(try MerkleTree.consistencyProof(from: vector.old, to: vector.new, reading: table.read) == vector.path)
            #expect(MerkleTree.verifyConsistency(oldSize: vector.old, newSize: vector.new, oldRoot: Self.roots[vector.old],
                                                 newRoot: Self.roots[vector.new], proof: vector.path))
        }
    }

    /// testdata/inclusion/1 and testdata/consistency/1 of transparency-dev/merkle, in base64 as
    /// published: the happy path, and probes that must fail.
    @Test("the published happy paths verify and their corrupted probes do not")
    func publishedProbes() {
        let root8 = hash64("XcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=")
        let leaf0 = hash64("bjQLnP+zepicpUTmu3gKLHiQHT+zNzh2hRGjBhevoB0=")
        let path = ["lqKW0iTyhcZ77pPDD4owkVfw2qNdxbh+QQt4YwoJz8c=", "Xwg/ChozygdqlSeYMlgNs+DvRYS9/x9UyKNg9Q3jAx4=",
                    "a0eq8p7jwq+a+Im8H7klTavTEXfxYjLdaqsDXKOb9uQ="].map(hash64)
        #expect(MerkleTree.verifyInclusion(leafHash: leaf0, index: 0, size: 8, proof: path, root: root8))
        #expect(!MerkleTree.verifyInclusion(leafHash: leaf0, index: 1, size: 8, proof: path, root: root8), "leafIdx plus 1")
        #expect(!MerkleTree.verifyInclusion(leafHash: leaf0, index: 0, size: 16, proof: path, root: root8), "treeSize mul 2")
        #expect(!MerkleTree.verifyInclusion(leafHash: leaf0, index: 0, size: 4, proof: path, root: root8), "treeSize div 2")
        #expect(!MerkleTree.verifyInclusion(leafHash: leaf0, index: 0, size: 8, proof: Array(path.dropLast()), root: root8), "removed component")
        #expect(!MerkleTree.verifyInclusion(leafHash: leaf0, index: 0, size: 8, proof: path + [root8], root: root8), "trailing root")
        #expect(!MerkleTree.verifyInclusion(leafHash: leaf0, index: 0, size: 8, proof: [leaf0] + path, root: root8), "preceding garbage")
        #expect(!MerkleTree.verifyInclusion(leafHash: leaf0, index: 0, size: 8, proof: path, root: MerkleTree.emptyRoot), "empty root")
        #expect(!MerkleTree.verifyInclusion(leafHash: root8, index: 0, size: 8, proof: path, root: root8), "wrong leaf")

        let root1 = leaf0
        #expect(MerkleTree.verifyConsistency(oldSize: 1, newSize: 8, oldRoot: root1, newRoot: root8, proof: path))
        #expect(!MerkleTree.verifyConsistency(oldSize: 1, newSize: 8, oldRoot: root8, newRoot: root1, proof: path), "swapped roots")
        #expect(!MerkleTree.verifyConsistency(oldSize: 2, newSize: 8, oldRoot: root1, newRoot: root8, proof: path), "size1 plus 1")
        #expect(!MerkleTree.verifyConsistency(oldSize: 1, newSize: 16, oldRoot: root1, newRoot: root8, proof: path), "size2 mul 2")
        #expect(!MerkleTree.verifyConsistency(oldSize: 1, newSize: 8, oldRoot: root1, newRoot: root8, proof: []), "empty proof")
        #expect(!MerkleTree.verifyConsistency(oldSize: 1, newSize: 8, oldRoot: root1, newRoot: root8, proof: Array(path.dropLast())), "truncated")
        #expect(!MerkleTree.verifyConsistency(oldSize: 1, newSize: 8, oldRoot: root1, newRoot: root8, proof: path + [root1]), "trailing root1")
        // testdata/consistency/additional: an empty old tree proves nothing; equal sizes need an
        // empty proof and equal roots.
        let empty = MerkleTree.emptyRoot
        #expect(!MerkleTree.verifyConsistency(oldSize: 0, newSize: 0, oldRoot: empty, newRoot: empty, proof: []))
        #expect(!MerkleTree.verifyConsistency(oldSize: 0, newSize: 1, oldRoot: empty, newRoot: root1, proof: []))
        #expect(MerkleTree.verifyConsistency(oldSize: 1, newSize: 1, oldRoot: root1, newRoot: root1, proof: []))
        #expect(!MerkleTree.verifyConsistency(oldSize: 1, newSize: 1, oldRoot: root1, newRoot: root8, proof: []))
        #expect(!MerkleTree.verifyConsistency(oldSize: 1, newSize: 1, oldRoot: root1, newRoot: root1, proof: [empty]))
        #expect(!MerkleTree.verifyConsistency(oldSize: 2, newSize: 1, oldRoot: root1, newRoot: root1, proof: []))
    }
}
