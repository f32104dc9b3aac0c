/// Reads a text line by line, numbering lines from 1, for the line-based proof formats.
struct LineReader {
    let bytes: [UInt8]
    let format: ProofFormat
    /// Where the next line starts.
    private(set) var position = 0
    /// The number of the next line.
    private(set) var lineNumber = 1

    init(_ text: String, format: ProofFormat) {
        bytes = Array(text.utf8)
        self.format = format
    }

    var isAtEnd: Bool { position == bytes.count }

    /// The next line without its newline; refuses a text that ends where `what` should be, or
    /// in a line with no newline.
    mutating func next(_ what: String) throws(ProofError) -> String {
        guard !isAtEnd else { throw .malformed(format, line: lineNumber, .missing(what)) }
        guard let end = bytes[position...].firstIndex(of: 0x0A) else {
            throw .malformed(format, line: lineNumber, .missingFinalNewline)
        }
        let line = String(decoding: bytes[position..<end], as: UTF8.self)
        position = end + 1
        lineNumber += 1
        return line
    }

    /// Whether the next line starts with `prefix`.
    func nextStarts(with prefix: String) -> Bool {
        bytes[position...].starts(with: prefix.utf8)
    }

    /// A refusal of the line just read.
    func defect(_ defect: FormatDefect) -> ProofError {
        .malformed(format, line: lineNumber - 1, defect)
    }

    /// The line just read, checked to be `keyword` then a decimal number.
    func number(_ line: String, keyword: String, what: String) throws(ProofError) -> Int {
        guard line.hasPrefix(keyword + " ") else { throw defect(.expected(keyword + " <\(what)>", found: line)) }
        do {
            return try Decimal.parse(line.dropFirst(keyword.count + 1), what: what)
        } catch {
            throw defect(error)
        }
    }

    /// The line just read (or a part of it), checked to be the base64 of a 32-byte hash.
    func hash(_ text: some StringProtocol, what: String) throws(ProofError) -> TreeHash {
        guard let bytes = Base64.decode(text) else { throw defect(.notBase64(what: what, found: String(text))) }
        guard let hash = TreeHash(bytes: bytes) else {
            throw defect(.wrongLength(what: what, expected: TreeHash.byteCount, found: bytes.count))
        }
        return hash
    }
}
