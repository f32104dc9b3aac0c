/// The journal entry a checkpoint ends at, written as the checkpoint's one extension line
/// `head <seq>:<64 lowercase hex of the entry's hash>`: it ties the tree to the hash chain, so
/// that whoever holds the checkpoint can name the entry the tree size stands for.
public struct JournalHead: Sendable, Hashable, CustomStringConvertible {
    public let seq: Int
    public let hash: TreeHash

    static let keyword = "head "

    public init(seq: Int, hash: TreeHash) {
        precondition(seq >= 0, "a journal sequence number is never negative")
        self.seq = seq
        self.hash = hash
    }

    /// Reads the extension line (without its newline) strictly.
    init(line: Substring) throws(FormatDefect) {
        guard line.hasPrefix(Self.keyword) else { throw .expected(Self.keyword + "<seq>:<hash>", found: String(line)) }
        let rest = line.dropFirst(Self.keyword.count)
        guard let colon = rest.firstIndex(of: ":") else { throw .missing("the ':' between sequence number and hash") }
        let seq = try Decimal.parse(rest[..<colon], what: "head sequence number")
        let hex = rest[rest.index(after: colon)...]
        guard let hash = TreeHash(hex: hex) else { throw .notHex(what: "head hash", found: String(hex)) }
        self.init(seq: seq, hash: hash)
    }

    /// The extension line, without its newline.
    public var line: String { "\(Self.keyword)\(seq):\(hash.hex)" }

    public var description: String { line }
}
