/// What `ledger list import` was asked to record; the entries come from a file.
public struct ListImportRequest: Sendable {
    public var id: String
    public var from: String
    public var to: String
    /// The day the list was handed over; today when not given.
    public var on: Day?

    public init(id: String, from: String, to: String, on: Day? = nil) {
        self.id = id
        self.from = from
        self.to = to
        self.on = on
    }
}

/// Checks the entries of a list file one row at a time, remembering keys and persons already
/// seen, so that a repeated one is reported with the line where it first appeared.
public struct ListEntryRules: Sendable {
    public var today: Day
    private var firstLineOfKey: [String: Int?] = [:]
    private var firstLineOfPerson: [String: Int?] = [:]

    public init(today: Day) { self.today = today }

    /// The entry, or every problem of the row. `personKnown` tells whether the register has the
    /// person the row's `person_id` names.
    public mutating func check(_ row: FieldRow<ListEntryField>, personKnown: Bool) -> Result<ListEntry, RecordProblems<ListEntryField>> {
        let fields = ListEntryField.present(row.fields, multiline: .notes)
        var problems: [FieldProblem<ListEntryField>] = []
        func problem(_ field: ListEntryField, _ message: String) { problems.append(FieldProblem(field, message)) }
        for field in ListEntryField.allCases {
            guard let value = fields[field] else {
                if field.isRequired { problem(field, "is required") }
                continue
            }
            switch field {
            case .entry, .personID:
                if let idProblem = TextRules.identifierProblem(value) { problem(field, idProblem) }
            case .birthDate:
                if let date = PartialDate(value) {
                    if date.earliest > today { problem(field, "\(date) is in the future (today is \(today))") }
                } else {
                    problem(field, "'\(TextRules.visible(value))' is not a date (1990, 1990-04 or 1990-04-12)")
                }
            case .notes:
                for textProblem in TextRules.freeTextProblems(value, maximumLength: 4000, multiline: true) { problem(field, textProblem) }
            case .familyName, .givenName, .patronymic:
                for textProblem in TextRules.freeTextProblems(value, maximumLength: 500) { problem(field, textProblem) }
            }
        }
        let line = row.location?.line
        if let key = fields[.entry] {
            if let first = firstLineOfKey[key] {
                problem(.entry, "entry \(key) appears twice on the list" + (first.map { " (first at line \($0))" } ?? ""))
            } else {
                firstLineOfKey[key] = line
            }
        }
        if let personID = fields[.personID], TextRules.identifierProblem(personID) == nil {
            if !personKnown { problem(.personID, TextRules.unknown("person", personID)) }
            if let first = firstLineOfPerson[personID] {
                problem(.personID, "person \(personID) appears twice on the list" + (first.map { " (first at line \($0))" } ?? ""))
            } else {
                firstLineOfPerson[personID] = line
            }
        }
        guard problems.isEmpty, let key = fields[.entry], let familyName = fields[.familyName] else { return .failure(RecordProblems(items: problems)) }
        return .success(ListEntry(key: key, personID: fields[.personID], familyName: familyName, givenName: fields[.givenName],
                                  patronymic: fields[.patronymic], birthDate: fields[.birthDate], notes: fields[.notes]))
    }
}

/// What the store knows that the rules of a new list depend on.
public struct ListFacts: Sendable {
    public var knownParties: Set<String>
    public var today: Day

    public init(knownParties: Set<String>, today: Day) {
        self.knownParties = knownParties
        self.today = today
    }
}

extension NamedList {
    /// A list handed over by one party to the other, from its entries as checked one by one.
    /// Throws every problem at once: the list's own, then those of its rows, `rowProblems`.
    public init(importing request: ListImportRequest, entries: [ListEntry], rowProblems: ProblemList, facts: ListFacts) throws(LedgerError) {
        var problems = ProblemList()
        Self.checkID(request.id, into: &problems)
        for party in Set([request.from, request.to]).sorted() where !facts.knownParties.contains(party) {
            problems.add(Problem("unknown party \(party)"))
        }
        if request.from == request.to { problems.add(Problem("a list is handed from one party to another, not from \(request.from) to itself")) }
        let on = request.on ?? facts.today
        if on > facts.today { problems.add(Problem("date \(on) is in the future (today is \(facts.today))")) }
        if entries.isEmpty && rowProblems.isEmpty { problems.add(Problem("the list has no entries")) }
        problems.add(rowProblems)
        try problems.throwIfAny()
        self.init(id: request.id, origin: .handedOver, from: request.from, to: request.to, on: on, criteria: nil, entries: entries)
    }

    /// The rows of a priority list frozen as a named list, to be handed to the holding party on
    /// `on`, today when nil: a list handed over in June is saved later dated in June, so that the
    /// batches of June settle it (`NamedList.settles`).
    public init(saving list: PriorityList, id: String, on: Day?) throws(LedgerError) {
        var problems = ProblemList()
        Self.checkID(id, into: &problems)
        let on = on ?? list.today
        if on > list.today { problems.add(Problem("date \(on) is in the future (today is \(list.today))")) }
        if list.rows.isEmpty { problems.add(Problem("the priority list is empty; there is nothing to save as \(id)")) }
        try problems.throwIfAny()
        let entries = list.rows.map { row in
            let candidate = row.candidate
            return ListEntry(key: String(row.rank), personID: candidate.personID, familyName: candidate.familyName,
                             givenName: candidate.givenName, birthDate: candidate.birthDate?.description,
                             notes: row.reasons.joined(separator: "; "))
        }
        self.init(id: id, origin: .priority, from: nil, to: list.query.heldBy, on: on, criteria: list.query.criteria, entries: entries)
    }

    private static func checkID(_ id: String, into problems: inout ProblemList) {
        if let problem = TextRules.newIdentifierProblem(id) { problems.add(Problem("list id \(problem)")) }
    }
}
