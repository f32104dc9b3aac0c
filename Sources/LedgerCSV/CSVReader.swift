#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A streaming RFC 4180 reader working on bytes: quoted fields with embedded commas, quotes and
/// line breaks; CRLF or LF line ends; UTF-8 with or without a byte-order mark. Memory stays
/// bounded whatever the file's size: one record at a time, fields of at most `maximumFieldBytes`,
/// records of at most `maximumFields` fields.
///
/// Strict where leniency would hide a damaged file: a quote inside an unquoted field, text after
/// a closing quote, an unterminated quote, a NUL byte or invalid UTF-8 is an error placed at its
/// line and column. After an error the reader skips to the end of that record, so the caller can
/// go on and report every bad record, not just the first. Lines that are entirely empty are skipped.
public final class CSVReader {
    public static let maximumFieldBytes = 65_536
    public static let maximumFields = 1_000

    private let file: UnsafeMutablePointer<FILE>?
    private var buffer: [UInt8]
    private var bufferEnd: Int
    private var index = 0
    private var atEndOfInput = false

    private var line = 1
    private var column = 1
    private var startOfFile = true

    /// Reads from a file on disk; throws when it is missing, a directory or unreadable.
    public init(path: String) throws(CSVFileError) {
        var status = stat()
        guard stat(path, &status) == 0 else { throw CSVFileError(path: path, reason: Self.errorText(errno)) }
        guard (status.st_mode & S_IFMT) != S_IFDIR else { throw CSVFileError(path: path, reason: "is a directory") }
        guard let handle = fopen(path, "rb") else { throw CSVFileError(path: path, reason: Self.errorText(errno)) }
        file = handle
        buffer = [UInt8](repeating: 0, count: 1 << 16)
        bufferEnd = 0
    }

    /// Reads from bytes in memory.
    public init(bytes: [UInt8]) {
        file = nil
        buffer = bytes
        bufferEnd = bytes.count
        atEndOfInput = true
    }

    deinit { if let file { fclose(file) } }

    private static func errorText(_ code: Int32) -> String {
        String(cString: strerror(code)).lowercased()
    }

    // MARK: Bytes

    private func peek() -> UInt8? {
        if index < bufferEnd { return buffer[index] }
        guard !atEndOfInput, let file else { return nil }
        bufferEnd = fread(&buffer, 1, buffer.count, file)
        index = 0
        if bufferEnd == 0 { atEndOfInput = true; return nil }
        return buffer[0]
    }

    /// Consumes one byte, keeping line and column (in characters: UTF-8 continuation bytes do not count).
    private func advance(_ byte: UInt8) {
        index += 1
        if byte == 0x0A {
            line += 1
            column = 1
        } else if byte & 0xC0 != 0x80 {
            column += 1
        }
    }

    // MARK: Records

    private enum FieldEnd { case comma, endOfRecord }

    /// The next record, nil at the end of the input. Throws `CSVError` for a malformed record,
    /// having skipped past it.
    public func next() throws(CSVError) -> CSVRecord? {
        if startOfFile {
            startOfFile = false
            skipByteOrderMark()
        }
        while let byte = peek(), byte == 0x0A || byte == 0x0D {
            // An entirely empty line holds no record.
            advance(byte)
        }
        guard peek() != nil else { return nil }
        let recordLine = line
        var fields: [String] = []
        var positions: [(line: Int, column: Int)] = []
        var field: [UInt8] = []
        while true {
            let start = (line: line, column: column)
            field.removeAll(keepingCapacity: true)
            let end: FieldEnd
            do {
                end = try readField(into: &field)
            } catch {
                skipRestOfRecord()
                throw error
            }
            guard let text = String(validating: field, as: UTF8.self) else {
                let offset = Self.firstInvalidUTF8(field)
                let columnOfError = start.column + field[..<offset].filter { $0 & 0xC0 != 0x80 }.count
                if end == .comma { skipRestOfRecord() }
                throw CSVError(line: start.line, column: columnOfError, message: "invalid UTF-8 byte 0x\(String(field[offset], radix: 16, uppercase: true))")
            }
            fields.append(text)
            positions.append(start)
            if end == .endOfRecord { break }
            if fields.count >= Self.maximumFields {
                skipRestOfRecord()
                throw CSVError(line: recordLine, column: column, message: "more than \(Self.maximumFields) fields in one record")
            }
        }
        return CSVRecord(fields: fields, line: recordLine, positions: positions)
    }

    private func skipByteOrderMark() {
        guard peek() == 0xEF else { return }
        // The file's first three bytes are all in the buffer after the first read, unless the file is shorter.
        if index + 2 < bufferEnd && buffer[index + 1] == 0xBB && buffer[index + 2] == 0xBF { index += 3 }
    }

    private func readField(into field: inout [UInt8]) throws(CSVError) -> FieldEnd {
        if peek() == UInt8(ascii: "\"") {
            let quoteLine = line, quoteColumn = column
            advance(UInt8(ascii: "\""))
            while true {
                guard let byte = peek() else {
                    throw CSVError(line: quoteLine, column: quoteColumn, message: "quoted field is never closed")
                }
                if byte == UInt8(ascii: "\"") {
                    advance(byte)
                    if peek() == UInt8(ascii: "\"") {
                        advance(UInt8(ascii: "\""))
                        try append(UInt8(ascii: "\""), to: &field)
                        continue
                    }
                    return try endOfField(afterQuote: true)
                }
                if byte == 0 { throw CSVError(line: line, column: column, message: "NUL byte") }
                advance(byte)
                try append(byte, to: &field)
            }
        }
        while true {
            guard let byte = peek() else { return .endOfRecord }
            switch byte {
            case UInt8(ascii: ","), 0x0A, 0x0D:
                return try endOfField(afterQuote: false)
            case UInt8(ascii: "\""):
                throw CSVError(line: line, column: column, message: "quote inside an unquoted field (quote the whole field and double the quote)")
            case 0:
                throw CSVError(line: line, column: column, message: "NUL byte")
            default:
                advance(byte)
                try append(byte, to: &field)
            }
        }
    }

    private func endOfField(afterQuote: Bool) throws(CSVError) -> FieldEnd {
        guard let byte = peek() else { return .endOfRecord }
        switch byte {
        case UInt8(ascii: ","):
            advance(byte)
            return .comma
        case 0x0A:
            advance(byte)
            return .endOfRecord
        case 0x0D:
            let crLine = line, crColumn = column
            advance(byte)
            guard peek() == 0x0A else {
                throw CSVError(line: crLine, column: crColumn, message: "carriage return not followed by a line feed")
            }
            advance(0x0A)
            return .endOfRecord
        default:
            throw CSVError(line: line, column: column, message: "text after a closing quote")
        }
    }

    private func append(_ byte: UInt8, to field: inout [UInt8]) throws(CSVError) {
        guard field.count < Self.maximumFieldBytes else {
            throw CSVError(line: line, column: column, message: "field longer than \(Self.maximumFieldBytes) bytes")
        }
        field.append(byte)
    }

    /// Skips to just past the next line feed that is outside quotes, so that reading can go on.
    private func skipRestOfRecord() {
        var inQuotes = false
        while let byte = peek() {
            advance(byte)
            if byte == UInt8(ascii: "\"") { inQuotes.toggle() }
            if byte == 0x0A && !inQuotes { return }
        }
    }

    /// The offset of the first byte that does not start or continue a valid UTF-8 sequence.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput, .error: return min(offset, max(bytes.count - 1, 0))
            }
        }
    }
}
