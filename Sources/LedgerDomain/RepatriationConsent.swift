/// A prisoner's own word on being repatriated. Under GC III Art. 109 no sick or injured prisoner
/// eligible for repatriation may be repatriated against their will during hostilities: one who
/// refuses stays off the release lists until they withdraw the refusal. The latest decision of a
/// person is in force.
public struct RepatriationConsent: Sendable, Hashable {
    public var personID: String
    public var on: Day
    public var refuses: Bool
    /// Who heard the prisoner say it: a commission member, a delegate of the ICRC.
    public var witness: String

    /// What the store knows that the rules depend on.
    public struct Facts: Sendable {
        /// Where the person stands, nil when the register has nobody of that id.
        public var person: PersonState?
        /// The decision in force, if the person has made one.
        public var inForce: (on: Day, refuses: Bool)?
        public var today: Day

        public init(person: PersonState?, inForce: (on: Day, refuses: Bool)?, today: Day) {
            self.person = person
            self.inForce = inForce
            self.today = today
        }
    }

    /// Checks a decision against the facts and throws every problem at once.
    public init(personID: String, on: Day?, refuses: Bool, witness: String, facts: Facts) throws(LedgerError) {
        var problems = ProblemList()
        let on = on ?? facts.today
        let witness = witness.trimmingWhitespace
        if let problem = TextRules.identifierProblem(personID) {
            problems.add(Problem("person id \(problem)"))
        } else if let person = facts.person {
            if let problem = person.prisonerProblem(personID) { problems.add(Problem(problem)) }
            if let captured = person.capturedOn, on < captured { problems.add(Problem("date \(on) is before the capture on \(captured)")) }
        } else {
            problems.add(Problem(TextRules.unknown("person", personID)))
        }
        if on > facts.today { problems.add(Problem("date \(on) is in the future (today is \(facts.today))")) }
        if witness.isEmpty { problems.add(Problem("a decision on repatriation needs a --witness")) }
        if let problem = TextRules.freeTextProblem(witness) { problems.add(Problem("witness \(problem)")) }
        if witness.count > 200 { problems.add(Problem("witness is longer than 200 characters")) }
        switch facts.inForce {
        case let current? where on <= current.on:
            problems.add(Problem("person \(personID) has a decision of \(current.on) in force; a new one must be of a later date"))
        case let current? where current.refuses == refuses:
            problems.add(Problem(refuses ? "person \(personID) already refuses repatriation (since \(current.on))"
                                         : "person \(personID) has not refused repatriation; there is no refusal to withdraw"))
        case nil where !refuses:
            problems.add(Problem("person \(personID) has not refused repatriation; there is no refusal to withdraw"))
        default:
            break
        }
        try problems.throwIfAny()
        self.personID = personID
        self.on = on
        self.refuses = refuses
        self.witness = witness
    }

    init(payload: JSONValue) throws(PayloadError) {
        let reader = try PayloadReader(payload)
        personID = try reader.string("person")
        on = try reader.day("on")
        let decision = try reader.string("decision")
        guard decision == "refuses" || decision == "accepts" else { throw PayloadError("\"decision\" has an unknown value: \(decision)") }
        refuses = decision == "refuses"
        witness = try reader.string("witness")
    }

    var payload: JSONValue {
        .object([
            "person": .string(personID),
            "on": .string(on.description),
            "decision": .string(refuses ? "refuses" : "accepts"),
            "witness": .string(witness),
        ])
    }
}

extension RepatriationConsent {
    /// The person's decision in force is no longer; this one is.
    public var projectedRows: [ProjectedRow] {
        [
            ProjectedRow("consents", .update(matching: ["person_id": .text(personID), "in_force": .integer(1)]), ["in_force": .integer(0)]),
            ProjectedRow("consents", [
                "person_id": .text(personID), "on_date": .text(on.description), "refuses": .integer(refuses ? 1 : 0),
                "witness": .text(witness), "in_force": .integer(1), "added_seq": .entrySeq,
            ]),
        ]
    }
}
