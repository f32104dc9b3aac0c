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
        var problems = Person.separatorProblems(fields) + Person.dateProblems(fields, today: today)
        // Lower case is refused here, not in `Person.init(fields:)`, by which persons recorded
        // before are read back from the journal.
        if let id = fields[.id]?.trimmingWhitespace, TextRules.identifierProblem(id) == nil, let problem = TextRules.newIdentifierProblem(id) {
            problems.append(FieldProblem(.id, problem))
        }
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
