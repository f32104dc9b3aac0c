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
}

/// A CSV file that cannot be read at all.
public struct CSVFileError: Error, Sendable, Equatable {
    public var path: String
    public var reason: String
}
