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

    /// Why reading the file failed, if it did: the input then ends early, and the reader says so
    /// instead of taking the failure for the end of the file.
    private var readFailure: String?

    private func peek() -> UInt8? {
        if index < bufferEnd { return buffer[index] }
        guard !atEndOfInput, let file else { return nil }
        bufferEnd = fread(&buffer, 1, buffer.count, file)
        index = 0
        if bufferEnd == 0 {
            atEndOfInput = true
            if ferror(file) != 0 { readFailure = Self.errorText(errno) }
            return nil
        }
        return buffer[0]
    }

    /// Whether the input has ended; a failure to read is an error, not an end.
    private func atEnd() throws(CSVError) -> Bool {
        guard peek() == nil else { return false }
        if let readFailure { throw CSVError(line: line, column: column, message: "cannot read the file: \(readFailure)") }
        return true
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

    /// Whether the reader is inside a quoted field, and whether the current record has ended:
    /// what recovery after an error needs to find the end of the record.
    private var insideQuotes = false
    private var recordEnded = true
    private var utf8 = UTF8Validator()

    /// The next record, nil at the end of the input. Throws `CSVError` for a malformed record,
    /// having skipped past it.
    public func next() throws(CSVError) -> CSVRecord? {
        if startOfFile {
            startOfFile = false
            skipByteOrderMark()
        }
        recordEnded = false
        var fields: [String] = []
        var positions: [(line: Int, column: Int)] = []
        var field: [UInt8] = []
        do throws(CSVError) {
            try skipEmptyLines()
            if try atEnd() { return nil }
            let recordLine = line
            while true {
                let start = (line: line, column: column)
                if fields.count == Self.maximumFields {
                    throw CSVError(line: start.line, column: start.column, message: "more than \(Self.maximumFields) fields in one record")
                }
                field.removeAll(keepingCapacity: true)
                utf8 = UTF8Validator()
                let end = try readField(into: &field)
                if let bad = utf8.finish() {
                    throw CSVError.notUTF8(line: bad.line, column: bad.column, byte: bad.byte)
                }
                fields.append(NFC.string(field))
                positions.append(start)
                if end == .endOfRecord { return CSVRecord(fields: fields, line: recordLine, positions: positions) }
            }
        } catch {
            skipRestOfRecord()
            throw error
        }
    }

    private func skipByteOrderMark() {
        guard peek() == 0xEF else { return }
        // The file's first three bytes are all in the buffer after the first read, unless the file is shorter.
        if index + 2 < bufferEnd && buffer[index + 1] == 0xBB && buffer[index + 2] == 0xBF { index += 3 }
    }

    /// Skips lines that are entirely empty; they hold no record. A bare CR is an error here as anywhere.
    private func skipEmptyLines() throws(CSVError) {
        while let byte = peek() {
            if byte == 0x0D {
                try endOfLineAfterCarriageReturn()
            } else if byte == 0x0A {
                advance(byte)
            } else {
                return
            }
        }
    }

    /// Consumes a CR that must be followed by an LF, and the LF.
    private func endOfLineAfterCarriageReturn() throws(CSVError) {
        let crLine = line, crColumn = column
        advance(0x0D)
        guard peek() == 0x0A else {
            throw CSVError(line: crLine, column: crColumn, message: "carriage return not followed by a line feed")
        }
        advance(0x0A)
    }

    private func readField(into field: inout [UInt8]) throws(CSVError) -> FieldEnd {
        if peek() == UInt8(ascii: "\"") {
            let quoteLine = line, quoteColumn = column
            advance(UInt8(ascii: "\""))
            insideQuotes = true
            while true {
                guard try !atEnd(), let byte = peek() else {
                    throw CSVError(line: quoteLine, column: quoteColumn, message: "quoted field is never closed")
                }
                if byte == UInt8(ascii: "\"") {
                    advance(byte)
                    if peek() == UInt8(ascii: "\"") {
                        try append(UInt8(ascii: "\""), to: &field)
                        advance(UInt8(ascii: "\""))
                        continue
                    }
                    insideQuotes = false
                    return try endOfField()
                }
                if byte == 0 { throw CSVError(line: line, column: column, message: "NUL byte") }
                try append(byte, to: &field)
                advance(byte)
            }
        }
        while true {
            guard try !atEnd(), let byte = peek() else { return try endOfField() }
            switch byte {
            case UInt8(ascii: ","), 0x0A, 0x0D:
                return try endOfField()
            case UInt8(ascii: "\""):
                let error = CSVError(line: line, column: column, message: "quote inside an unquoted field (quote the whole field and double the quote)")
                // The stray quote opens nothing: recovery must not read what follows as quoted.
                advance(byte)
                throw error
            case 0:
                throw CSVError(line: line, column: column, message: "NUL byte")
            default:
                try appendOrdinaryBytes(to: &field)
            }
        }
    }

    /// Appends the bytes from the current one up to the next that ends or breaks an unquoted field
    /// (`,` LF CR `"` NUL) or the end of the buffer, as `append` and `advance` would one by one,
    /// but with the position and the UTF-8 check kept in locals: nearly every byte of a file is one
    /// of these, and each property of this class read or written per byte costs an access check.
    private func appendOrdinaryBytes(to field: inout [UInt8]) throws(CSVError) {
        var position = index, column = self.column, validator = utf8
        let line = self.line, end = bufferEnd, room = Self.maximumFieldBytes - field.count
        let overflowed: Bool = buffer.withUnsafeBufferPointer { bytes in
            let start = position
            while position < end {
                let byte = bytes[position]
                if byte == UInt8(ascii: ",") || byte == 0x0A || byte == 0x0D || byte == UInt8(ascii: "\"") || byte == 0 { break }
                if position - start == room { return true }
                validator.add(byte, line: line, column: column)
                position += 1
                if byte & 0xC0 != 0x80 { column += 1 }
            }
            field.append(contentsOf: bytes[start..<position])
            return false
        }
        index = position
        self.column = column
        utf8 = validator
        if overflowed { throw CSVError(line: line, column: column, message: "field longer than \(Self.maximumFieldBytes) bytes") }
    }

    private func endOfField() throws(CSVError) -> FieldEnd {
        if try atEnd() {
            recordEnded = true
            return .endOfRecord
        }
        switch peek() {
        case UInt8(ascii: ","):
            advance(UInt8(ascii: ","))
            return .comma
        case 0x0A:
            advance(0x0A)
            recordEnded = true
            return .endOfRecord
        case 0x0D:
            try endOfLineAfterCarriageReturn()
            recordEnded = true
            return .endOfRecord
        default:
            throw CSVError(line: line, column: column, message: "text after a closing quote")
        }
    }

    /// Adds a byte of the field that starts at the current position, before the position moves
    /// past it, so that an error about it is placed at it.
    private func append(_ byte: UInt8, to field: inout [UInt8]) throws(CSVError) {
        guard field.count < Self.maximumFieldBytes else {
            throw CSVError(line: line, column: column, message: "field longer than \(Self.maximumFieldBytes) bytes")
        }
        utf8.add(byte, line: line, column: column)
        field.append(byte)
    }

    /// Skips to just past the line feed that ends the current record, inside quotes or not,
    /// so that reading can go on with the next record.
    private func skipRestOfRecord() {
        var inQuotes = insideQuotes
        while !recordEnded, let byte = peek() {
            advance(byte)
            if byte == UInt8(ascii: "\"") { inQuotes.toggle() }
            if byte == 0x0A && !inQuotes { recordEnded = true }
        }
        recordEnded = true
        insideQuotes = false
    }
}

/// Checks UTF-8 byte by byte while a field is read (Unicode's table of well-formed sequences:
/// no overlong forms, no surrogates, nothing above U+10FFFF) and remembers where the first bad
/// sequence starts, so that the error points at it even in a quoted field that spans lines.
struct UTF8Validator {
    typealias Position = (line: Int, column: Int, byte: UInt8)

    private var pending = 0
    private var allowed: ClosedRange<UInt8> = 0x80...0xBF
    private var sequenceStart: Position?
    private var firstInvalid: Position?

    mutating func add(_ byte: UInt8, line: Int, column: Int) {
        guard firstInvalid == nil else { return }
        if pending > 0 {
            guard allowed.contains(byte) else {
                firstInvalid = sequenceStart
                return
            }
            pending -= 1
            allowed = 0x80...0xBF
            return
        }
        switch byte {
        case 0x00...0x7F: return
        case 0xC2...0xDF: pending = 1
        case 0xE0: pending = 2; allowed = 0xA0...0xBF
        case 0xE1...0xEC, 0xEE, 0xEF: pending = 2
        case 0xED: pending = 2; allowed = 0x80...0x9F
        case 0xF0: pending = 3; allowed = 0x90...0xBF
        case 0xF1...0xF3: pending = 3
        case 0xF4: pending = 3; allowed = 0x80...0x8F
        default:
            firstInvalid = (line, column, byte)
            return
        }
        sequenceStart = (line, column, byte)
    }

    /// The first bad sequence of the field, a sequence cut short at its end included.
    mutating func finish() -> Position? {
        if firstInvalid == nil && pending > 0 { firstInvalid = sequenceStart }
        return firstInvalid
    }
}
