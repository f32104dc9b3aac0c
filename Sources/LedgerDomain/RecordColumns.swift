/// The columns of a CSV file of records, read from its header row.
public struct RecordColumns<Field: RecordField>: Sendable {
    /// The field of each column, in file order.
    public let fields: [Field]

    /// Reads a header; every column must be a known field, once, and every required field must be
    /// there. Problems are returned with the index of the column they concern (nil: the whole header).
    public init(header: [String]) throws(HeaderProblems) {
        var fields: [Field] = []
        var problems: [(column: Int?, message: String)] = []
        for (index, name) in header.enumerated() {
            let name = name.trimmingWhitespace
            guard let field = Field(rawValue: name) else {
                problems.append((index, "unknown column '\(TextRules.visible(name))' (columns: \(Field.allCases.map(\.rawValue).joined(separator: ", ")))"))
                continue
            }
            if fields.contains(field) { problems.append((index, "column \(name) appears twice")) }
            fields.append(field)
        }
        for field in Field.allCases where field.isRequired && !fields.contains(field) {
            problems.append((nil, "required column \(field.rawValue) is missing"))
        }
        if !problems.isEmpty { throw HeaderProblems(items: problems) }
        self.fields = fields
    }
}

public typealias PersonColumns = RecordColumns<PersonField>

public struct HeaderProblems: Error, Sendable {
    public var items: [(column: Int?, message: String)]
}
