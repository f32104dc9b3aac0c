/// An offline-verifiable proof that an entry is in a transparency log (c2sp.org/tlog-proof):
///
///     c2sp.org/tlog-proof@v1
///     extra <base64 of opaque extra data>      (only when there is extra data)
///     index <0-based leaf index, decimal>
///     <base64 of each inclusion-path hash, leaf's sibling first, one per line>
///
///     <the checkpoint, verbatim: body, blank line, log signature and cosignatures>
///
/// The extra data is not authenticated: the verifier recomputes the leaf from it and from what it
/// knows, and the proof holds only if that leaf is in the signed tree.
public struct TlogProof: Sendable, Hashable {
    public static let header = "c2sp.org/tlog-proof@v1"

    /// Beyond any tree of 2^63 leaves.
    static let maximumPathLength = 63

    /// Opaque data for the verifier to rebuild the leaf from; nil when there is none.
    public let extra: [UInt8]?
    public let index: Int
    /// The inclusion path, from the leaf's sibling up to the root's child.
    public let path: [TreeHash]
    /// The signed checkpoint the path leads to.
    public let checkpoint: SignedNote

    /// Empty extra data is written as none.
    public init(extra: [UInt8]?, index: Int, path: [TreeHash], checkpoint: SignedNote) {
        precondition(index >= 0, "a leaf index is never negative")
        self.extra = extra?.isEmpty == false ? extra : nil
        self.index = index
        self.path = path
        self.checkpoint = checkpoint
    }

    /// Reads a proof strictly: the header line, an optional `extra` line of non-empty canonical
    /// base64, the `index` line (decimal, no leading zero), base64 hashes of 32 bytes, a blank
    /// line, then a signed note whose text is a well-formed checkpoint, and nothing after it.
    public init(parsing text: String) throws(ProofError) {
        var reader = LineReader(text, format: .tlogProof)
        let header = try reader.next("the header")
        guard header == Self.header else { throw reader.defect(.expected(Self.header, found: header)) }
        var extra: [UInt8]?
        if reader.nextStarts(with: "extra ") {
            let line = try reader.next("the extra data")
            let encoded = line.dropFirst("extra ".count)
            guard let bytes = Base64.decode(encoded), !bytes.isEmpty else {
                throw reader.defect(.notBase64(what: "extra data", found: String(encoded)))
            }
            extra = bytes
        }
        let indexLine = try reader.next("the index line")
        let index = try reader.number(indexLine, keyword: "index", what: "index")
        var path: [TreeHash] = []
        while case let line = try reader.next("the blank line before the checkpoint"), !line.isEmpty {
            guard path.count < Self.maximumPathLength else { throw reader.defect(.tooManyHashes(limit: Self.maximumPathLength)) }
            path.append(try reader.hash(line, what: "inclusion path hash"))
        }
        let note: SignedNote
        do {
            note = try SignedNote(parsing: Array(reader.bytes[reader.position...]), firstLine: reader.lineNumber)
        } catch {
            throw .note(error)
        }
        _ = try Checkpoint(body: note.text, format: .tlogProof, firstLine: reader.lineNumber)
        self.init(extra: extra, index: index, path: path, checkpoint: note)
    }

    /// The proof as text.
    public var text: String {
        var lines = [Self.header]
        if let extra { lines.append("extra " + Base64.encode(extra)) }
        lines.append("index \(index)")
        lines += path.map(\.base64)
        lines.append("")
        return lines.map { $0 + "\n" }.joined() + checkpoint.serialized
    }

    /// The line the checkpoint starts on.
    private var checkpointLine: Int { 1 + (extra == nil ? 0 : 1) + 1 + path.count + 1 + 1 }

    /// Checks the proof as c2sp.org/tlog-proof says, against what the caller trusts, never what
    /// the proof says of itself: the checkpoint is for `origin` and signed by `logKey`; at least
    /// `requiredWitnesses` of `witnesses` cosigned it; and the leaf whose content is `leaf` (for
    /// this log, the 32 bytes of the journal entry's hash, which the caller recomputes) is at
    /// `index` in the checkpoint's tree.
    public func verify(leaf: some Collection<UInt8>, logKey: VerifierKey, origin: String,
                       witnesses: [VerifierKey] = [], requiredWitnesses: Int = 0) throws(ProofError) -> VerifiedProof {
        let verified = try Checkpoint.verify(checkpoint, logKey: logKey, origin: origin, format: .tlogProof, firstLine: checkpointLine)
        let cosigners = try Cosignature.witnesses(of: checkpoint, keys: witnesses, required: requiredWitnesses)
        let tree = verified.treeHead
        guard index < tree.size else { throw .indexOutOfRange(index: index, size: tree.size) }
        guard MerkleTree.verifyInclusion(leafHash: MerkleTree.leafHash(leaf), index: index, size: tree.size, proof: path, root: tree.root) else {
            throw .inclusionFails
        }
        return VerifiedProof(checkpoint: verified, witnesses: cosigners)
    }
}
