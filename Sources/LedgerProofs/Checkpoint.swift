/// A transparency log's signed statement of its tree (c2sp.org/tlog-checkpoint): a signed note
/// whose text is the log's origin, the tree size in decimal, the root hash in base64, then
/// extension lines. This log writes one, the journal entry the tree ends at:
///
///     ledger.example/exchanges
///     3
///     rra8/idLcKFPsGel5VeCZNsPqbUa9eC6FZFY8yngbnc=
///     head 3:5f2c…(64 hex digits)
///
///     — ledger.example/exchanges <base64 of key id and signature>
public struct Checkpoint: Sendable, Hashable {
    /// The log's name; the caller, never the checkpoint, says which origin to expect.
    public let origin: String
    public let treeHead: TreeHead
    /// The lines after the root hash, without their newlines; non-empty, opaque to the format.
    public let extensions: [String]

    /// The checkpoint this log writes: `origin`, the tree, and `head` as the one extension line.
    /// Refuses an origin that is empty or holds a control character.
    public init(origin: String, treeHead: TreeHead, head: JournalHead) throws(ProofError) {
        guard !origin.isEmpty else { throw .malformed(.checkpoint, line: 1, .missing("the origin")) }
        guard !origin.unicodeScalars.contains(where: { $0.value < 0x20 }) else {
            throw .malformed(.checkpoint, line: 1, .controlCharacter)
        }
        self.origin = origin
        self.treeHead = treeHead
        extensions = [head.line]
    }

    /// Reads a checkpoint body strictly: at least three lines, none empty, each ending in a
    /// newline; a size in decimal without leading zeros; the root as canonical base64 of 32 bytes;
    /// a `head` extension line, if there is one, well-formed and alone. `format` and `firstLine`
    /// name the text the body sits in, for errors.
    public init(body: String, format: ProofFormat = .checkpoint, firstLine: Int = 1) throws(ProofError) {
        guard body.utf8.last == 0x0A else { throw .malformed(format, line: firstLine, .missingFinalNewline) }
        let lines = body.dropLast().split(separator: "\n", omittingEmptySubsequences: false)
        for (offset, line) in lines.enumerated() where line.isEmpty {
            throw .malformed(format, line: firstLine + offset, .emptyLine)
        }
        guard lines.count >= 2 else { throw .malformed(format, line: firstLine + lines.count, .missing("the tree size")) }
        guard lines.count >= 3 else { throw .malformed(format, line: firstLine + lines.count, .missing("the root hash")) }
        let size: Int
        do {
            size = try Decimal.parse(lines[1], what: "tree size")
        } catch {
            throw .malformed(format, line: firstLine + 1, error)
        }
        guard let bytes = Base64.decode(lines[2]) else {
            throw .malformed(format, line: firstLine + 2, .notBase64(what: "root hash", found: String(lines[2])))
        }
        guard let root = TreeHash(bytes: bytes) else {
            throw .malformed(format, line: firstLine + 2, .wrongLength(what: "root hash", expected: TreeHash.byteCount, found: bytes.count))
        }
        var sawHead = false
        for (offset, line) in lines.dropFirst(3).enumerated() where line.hasPrefix(JournalHead.keyword) {
            let number = firstLine + 3 + offset
            guard !sawHead else { throw .malformed(format, line: number, .expected("a single head line", found: String(line))) }
            do {
                _ = try JournalHead(line: line)
            } catch {
                throw .malformed(format, line: number, error)
            }
            sawHead = true
        }
        origin = String(lines[0])
        treeHead = TreeHead(size: size, root: root)
        extensions = lines.dropFirst(3).map(String.init)
    }

    /// The journal entry named by the `head` extension line; nil when there is none.
    public var head: JournalHead? {
        extensions.lazy.filter { $0.hasPrefix(JournalHead.keyword) }.compactMap { try? JournalHead(line: Substring($0)) }.first
    }

    /// The note text: origin, size, root, extension lines, each ending in a newline.
    public var body: String {
        ([origin, String(treeHead.size), treeHead.root.base64] + extensions).map { $0 + "\n" }.joined()
    }

    /// The checkpoint as a note signed by the log's `key` (of type `.ed25519`).
    public func signed(by key: SigningKey) -> SignedNote {
        // The body is built from checked parts: it ends in a newline and holds no control character.
        try! SignedNote(text: body).addingSignature(by: key)
    }

    /// Reads a signed checkpoint and checks it is the log's: its origin is `origin` and it bears
    /// a valid signature by `logKey`. Other signatures (witnesses') are left for
    /// `Cosignature.witnesses(of:keys:required:)`.
    public static func verify(_ text: String, logKey: VerifierKey, origin: String) throws(ProofError) -> Checkpoint {
        let note: SignedNote
        do {
            note = try SignedNote(parsing: text)
        } catch {
            throw .note(error)
        }
        return try verify(note, logKey: logKey, origin: origin)
    }

    /// As `verify(_:logKey:origin:)` for a note already read; `format` and `firstLine` place the
    /// note's text in a larger one, for errors.
    public static func verify(_ note: SignedNote, logKey: VerifierKey, origin: String, format: ProofFormat = .checkpoint, firstLine: Int = 1) throws(ProofError) -> Checkpoint {
        let checkpoint = try Checkpoint(body: note.text, format: format, firstLine: firstLine)
        guard checkpoint.origin == origin else { throw .originMismatch(expected: origin, found: checkpoint.origin) }
        let verified: [VerifiedSignature]
        do {
            verified = try note.verifiedSignatures(keys: [logKey])
        } catch {
            throw .note(error)
        }
        guard !verified.isEmpty else { throw .notSignedByLog(keyName: logKey.name) }
        return checkpoint
    }
}
