/// A syntax problem in a CSV file, placed at a line and column (both counted from 1; the column
/// counts characters, not bytes).
public struct CSVError: Error, Sendable, Equatable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public var message: String

    public init(line: Int, column: Int, message: String) {
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String { "\(line):\(column): \(message)" }

    /// A byte that is not UTF-8: the file was saved in another encoding (a spreadsheet's default
    /// "CSV" is often Windows-1251 or -1252), so the message says how to save it as UTF-8.
    static func notUTF8(line: Int, column: Int, byte: UInt8) -> CSVError {
        CSVError(line: line, column: column,
                 message: "\(notUTF8Opening)\(String(byte, radix: 16, uppercase: true))); save the file as UTF-8 — in a spreadsheet, CSV UTF-8")
    }

    private static let notUTF8Opening = "not UTF-8 (byte 0x"

    /// Whether the problem is the file's encoding rather than one record's syntax: said once per file.
    public var isNotUTF8: Bool { message.hasPrefix(Self.notUTF8Opening) }
}

/// A CSV file that cannot be read at all.
public struct CSVFileError: Error, Sendable, Equatable {
    public var path: String
    public var reason: String
}
