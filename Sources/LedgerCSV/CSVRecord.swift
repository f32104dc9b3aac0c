/// One record of a CSV file with where each of its fields starts.
public struct CSVRecord: Sendable, Equatable {
    public var fields: [String]
    /// The physical line the record starts on (a quoted field may span lines).
    public var line: Int
    /// For each field, the line and column of its first character (its opening quote, if quoted).
    public var positions: [(line: Int, column: Int)]

    public init(fields: [String], line: Int, positions: [(line: Int, column: Int)]) {
        self.fields = fields
        self.line = line
        self.positions = positions
    }

    public static func == (lhs: CSVRecord, rhs: CSVRecord) -> Bool {
        lhs.fields == rhs.fields && lhs.line == rhs.line
            && lhs.positions.map(\.line) == rhs.positions.map(\.line)
            && lhs.positions.map(\.column) == rhs.positions.map(\.column)
    }
}
