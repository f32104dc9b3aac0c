/// The rules a new person must pass, given what the ledger knows: every field well formed
/// (`Person.init(fields:)`), no date in the future, both parties known.
public struct PersonRules: Sendable {
    public var knownParties: Set<String>
    public var today: Day

    public init(knownParties: Set<String>, today: Day) {
        self.knownParties = knownParties
        self.today = today
    }

    /// The person, or every problem of the record: its own, then dates and parties.
    public func check(_ fields: [PersonField: String]) -> Result<Person, PersonProblems> {
        var problems = Person.dateProblems(fields, today: today)
        for field in [PersonField.heldBy, .belongsTo] {
            if let code = fields[field]?.trimmingWhitespace, TextRules.partyCodeProblem(code) == nil, !knownParties.contains(code) {
                problems.append(FieldProblem(field, "unknown party \(code)"))
            }
        }
        do {
            let person = try Person(fields: fields)
            return problems.isEmpty ? .success(person) : .failure(PersonProblems(items: problems))
        } catch {
            return .failure(PersonProblems(items: error.items + problems))
        }
    }
}

/// The columns of a persons CSV file, read from its header row.
public struct PersonColumns: Sendable {
    /// The field of each column, in file order.
    public let fields: [PersonField]

    /// Reads a header; every column must be a known field, once, and every required field must be
    /// there. Problems are returned with the index of the column they concern (nil: the whole header).
    public init(header: [String]) throws(PersonHeaderProblems) {
        var fields: [PersonField] = []
        var problems: [(column: Int?, message: String)] = []
        for (index, name) in header.enumerated() {
            let name = name.trimmingWhitespace
            guard let field = PersonField(rawValue: name) else {
                problems.append((index, "unknown column '\(TextRules.visible(name))' (columns: \(PersonField.allCases.map(\.rawValue).joined(separator: ", ")))"))
                continue
            }
            if fields.contains(field) { problems.append((index, "column \(name) appears twice")) }
            fields.append(field)
        }
        for field in PersonField.allCases where field.isRequired && !fields.contains(field) {
            problems.append((nil, "required column \(field.rawValue) is missing"))
        }
        if !problems.isEmpty { throw PersonHeaderProblems(items: problems) }
        self.fields = fields
    }
}

public struct PersonHeaderProblems: Error, Sendable {
    public var items: [(column: Int?, message: String)]
}
