/// A proof that the log only grew between two tree heads: every leaf of the old tree is, in the
/// same place, a leaf of the new one. This module's own text, in the style of the C2SP formats:
///
///     ledger consistency proof
///     old <size> <base64 root>
///     new <size> <base64 root>
///     <base64 of each hash of the RFC 9162 consistency proof, one per line>
///
/// Sizes are decimal without leading zeros; every line ends in a newline; nothing follows.
public struct ConsistencyProof: Sendable, Hashable {
    public static let header = "ledger consistency proof"

    /// Beyond the longest proof between trees of under 2^63 leaves.
    static let maximumPathLength = 126

    public let old: TreeHead
    public let new: TreeHead
    public let path: [TreeHash]

    public init(old: TreeHead, new: TreeHead, path: [TreeHash]) {
        self.old = old
        self.new = new
        self.path = path
    }

    /// Reads the text strictly, as the type's description lays it out.
    public init(parsing text: String) throws(ProofError) {
        var reader = LineReader(text, format: .consistencyProof)
        let header = try reader.next("the header")
        guard header == Self.header else { throw reader.defect(.expected(Self.header, found: header)) }
        let old = try Self.treeHead(try reader.next("the old tree"), keyword: "old", reader: reader)
        let new = try Self.treeHead(try reader.next("the new tree"), keyword: "new", reader: reader)
        var path: [TreeHash] = []
        while !reader.isAtEnd {
            let line = try reader.next("a hash")
            guard !line.isEmpty else { throw reader.defect(.emptyLine) }
            guard path.count < Self.maximumPathLength else { throw reader.defect(.tooManyHashes(limit: Self.maximumPathLength)) }
            path.append(try reader.hash(line, what: "consistency proof hash"))
        }
        self.init(old: old, new: new, path: path)
    }

    /// `old <size> <root>` or `new <size> <root>`.
    private static func treeHead(_ line: String, keyword: String, reader: LineReader) throws(ProofError) -> TreeHead {
        let parts = line.split(separator: " ", omittingEmptySubsequences: false)
        guard parts.count == 3 else { throw reader.defect(.expected("\(keyword) <size> <root>", found: line)) }
        let size = try reader.number("\(parts[0]) \(parts[1])", keyword: keyword, what: "\(keyword) tree size")
        return TreeHead(size: size, root: try reader.hash(parts[2], what: "\(keyword) root hash"))
    }

    /// The proof as text.
    public var text: String {
        ([Self.header, "old \(old.size) \(old.root.base64)", "new \(new.size) \(new.root.base64)"] + path.map(\.base64))
            .map { $0 + "\n" }.joined()
    }

    /// Checks that the proof is about the tree heads the caller trusts (from checkpoints it has
    /// verified) and that its path joins the old root to the new one.
    public func verify(from trustedOld: TreeHead, to trustedNew: TreeHead) throws(ProofError) {
        guard old == trustedOld else { throw .treeHeadMismatch(which: "old", expected: trustedOld, found: old) }
        guard new == trustedNew else { throw .treeHeadMismatch(which: "new", expected: trustedNew, found: new) }
        guard MerkleTree.verifyConsistency(oldSize: old.size, newSize: new.size, oldRoot: old.root, newRoot: new.root, proof: path) else {
            throw .consistencyFails
        }
    }
}
