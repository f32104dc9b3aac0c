/// A DNA sample taken from remains: they become `dna-pending` until identified. A body may be
/// sampled again (several tests per body are common) until it is identified.
public struct RemainsSample: Sendable, Hashable {
    public var remainsID: String
    public var sampleID: String
    public var on: Day

    /// What the store knows that the rules of a sample depend on.
    public struct Facts: Sendable {
        /// Where the remains stand, nil when there are none of that id.
        public var remains: RemainsState?
        /// The remains this sample id was already taken from, if any.
        public var sampleOf: String?
        public var today: Day

        public init(remains: RemainsState?, sampleOf: String?, today: Day) {
            self.remains = remains
            self.sampleOf = sampleOf
            self.today = today
        }
    }

    /// Checks a sample and throws every problem at once. `on` nil is today.
    public init(remainsID: String, sampleID: String, on: Day?, facts: Facts) throws(LedgerError) {
        var problems = ProblemList()
        let on = on ?? facts.today
        if let problem = TextRules.newIdentifierProblem(sampleID) { problems.add(Problem("sample id \(problem)")) }
        if on > facts.today { problems.add(Problem("date \(on) is in the future (today is \(facts.today))")) }
        if let remains = facts.remains {
            if remains.status == .identified {
                problems.add(Problem("remains \(remainsID) are identified already (\(remains.identificationWords ?? "")); no sample is taken"))
            }
            if on < remains.recoveredOn { problems.add(Problem("date \(on) is before the recovery on \(remains.recoveredOn)")) }
            if let earlier = remains.sampledOn, on < earlier {
                problems.add(Problem("date \(on) is before the sample \(remains.sampleID ?? "") of \(earlier)"))
            }
        } else {
            problems.add(Problem(TextRules.unknown("remains", remainsID)))
        }
        if let other = facts.sampleOf {
            problems.add(Problem(other == remainsID ? "remains \(remainsID) already have sample \(sampleID)"
                                                    : "sample \(sampleID) is already recorded for remains \(other)"))
        }
        try problems.throwIfAny()
        self.remainsID = remainsID
        self.sampleID = sampleID
        self.on = on
    }

    init(payload: JSONValue) throws(PayloadError) {
        let reader = try PayloadReader(payload)
        remainsID = try reader.string("remains")
        sampleID = try reader.string("sample")
        on = try reader.day("on")
    }

    var payload: JSONValue {
        .object(["remains": .string(remainsID), "sample": .string(sampleID), "on": .string(on.description)])
    }
}

/// Who remains turned out to be: a person of the register (whose status becomes `deceased`), or
/// only the party they belong to, when it is not the one presumed (then they may be handed back).
public enum IdentifiedAs: Sendable, Hashable {
    case person(String)
    case party(String)
}

/// What `ledger remains identify` was asked to record.
public struct IdentificationRequest: Sendable {
    public var remainsID: String
    public var identifiedAs: IdentifiedAs
    public var method: IdentificationMethod?
    /// Today when nil.
    public var on: Day?
    public var note: String?
    /// Present to replace an identification already recorded (of the remains, or of the person).
    public var supersedeReason: String?

    public init(remainsID: String, identifiedAs: IdentifiedAs, method: IdentificationMethod? = nil, on: Day? = nil, note: String? = nil,
                supersedeReason: String? = nil) {
        self.remainsID = remainsID
        self.identifiedAs = identifiedAs
        self.method = method
        self.on = on
        self.note = note
        self.supersedeReason = supersedeReason
    }
}

/// The identification of remains. It never happens twice for one body or one person unless it
/// supersedes the earlier one, with a reason; the earlier one then stays in the journal only.
public struct RemainsIdentification: Sendable, Hashable {
    public var remainsID: String
    public var identifiedAs: IdentifiedAs
    public var method: IdentificationMethod?
    public var on: Day
    public var note: String?
    public var supersedeReason: String?

    /// What the store knows that the rules of an identification depend on.
    public struct Facts: Sendable {
        /// Where the remains stand, nil when there are none of that id.
        public var remains: RemainsState?
        /// The person named, when identified as a person; nil when the register has nobody of that id.
        public var person: PersonState?
        /// The remains the person named is already identified as, if any.
        public var personIdentifiedAs: String?
        public var knownParties: Set<String>
        public var today: Day

        public init(remains: RemainsState?, person: PersonState?, personIdentifiedAs: String?, knownParties: Set<String>, today: Day) {
            self.remains = remains
            self.person = person
            self.personIdentifiedAs = personIdentifiedAs
            self.knownParties = knownParties
            self.today = today
        }
    }

    /// Checks an identification and throws every problem at once:
    /// - the remains and the person (or party) exist; a party named is not the one presumed;
    /// - a person's identification says its method; a party's says how it is known (`note`);
    /// - the date is not in the future, nor before the recovery or the latest sample;
    /// - remains already identified, or a person already identified as other remains, need
    ///   `supersedeReason`; a reason when there is nothing to supersede is refused, as is the
    ///   same identification again.
    public init(_ request: IdentificationRequest, facts: Facts) throws(LedgerError) {
        var problems = ProblemList()
        let id = request.remainsID
        let on = request.on ?? facts.today
        let note = request.note?.trimmingWhitespace.replacingCRLF
        let reason = request.supersedeReason?.trimmingWhitespace
        for (label, text) in [("note", note), ("reason", reason)] {
            guard let text else { continue }
            if text.isEmpty { problems.add(Problem("\(label) is empty")) }
            for problem in TextRules.freeTextProblems(text, maximumLength: 4000, multiline: true) { problems.add(Problem("\(label) \(problem)")) }
        }
        if on > facts.today { problems.add(Problem("date \(on) is in the future (today is \(facts.today))")) }
        switch request.identifiedAs {
        case .person(let personID):
            if facts.person == nil { problems.add(Problem(TextRules.unknown("person", personID))) }
            if request.method == nil { problems.add(Problem("an identification as a person needs its --method")) }
        case .party(let party):
            if !facts.knownParties.contains(party) { problems.add(Problem("unknown party \(party)")) }
            if let presumed = facts.remains?.of, presumed == party {
                problems.add(Problem("remains \(id) are presumed to be of \(party) already; --as-other-party names the party they were found to belong to instead"))
            }
            if note == nil { problems.add(Problem("a finding that remains belong to the other party needs a --note saying how it is known")) }
        }
        var supersedes = false, again = false
        if let remains = facts.remains {
            if on < remains.recoveredOn { problems.add(Problem("date \(on) is before the recovery on \(remains.recoveredOn)")) }
            if let sampled = remains.sampledOn, on < sampled {
                problems.add(Problem("date \(on) is before the sample \(remains.sampleID ?? "") of \(sampled)"))
            }
            if let words = remains.identificationWords {
                let same: Bool = switch request.identifiedAs {
                case .person(let personID): remains.personID == personID
                case .party(let party): remains.personID == nil && remains.identifiedParty == party
                }
                if same {
                    problems.add(Problem("remains \(id) are identified \(words) already"))
                } else if reason == nil {
                    problems.add(Problem("remains \(id) are identified \(words) already; to replace that, give --supersede --reason TEXT"))
                }
                supersedes = !same
                again = same
            }
        } else {
            problems.add(Problem(TextRules.unknown("remains", id)))
        }
        if case .person(let personID) = request.identifiedAs, let other = facts.personIdentifiedAs, other != id {
            if reason == nil {
                problems.add(Problem("person \(personID) is identified as remains \(other) already; to replace that, give --supersede --reason TEXT"))
            }
            supersedes = true
        }
        if reason != nil && !supersedes && !again && facts.remains != nil {
            problems.add(Problem("remains \(id) are not identified and nobody named is identified as other remains: there is nothing to supersede; leave out --supersede"))
        }
        try problems.throwIfAny()
        remainsID = id
        identifiedAs = request.identifiedAs
        method = request.method
        self.on = on
        self.note = note
        supersedeReason = reason
    }

    init(payload: JSONValue) throws(PayloadError) {
        let reader = try PayloadReader(payload)
        remainsID = try reader.string("remains")
        switch (try reader.optionalString("person"), try reader.optionalString("party")) {
        case (let person?, nil): identifiedAs = .person(person)
        case (nil, let party?): identifiedAs = .party(party)
        default: throw PayloadError("an identification names exactly one of \"person\" and \"party\"")
        }
        method = try reader.optionalString("method").map { text throws(PayloadError) in
            guard let method = IdentificationMethod(rawValue: text) else { throw PayloadError("\"method\" has an unknown value: \(text)") }
            return method
        }
        on = try reader.day("on")
        note = try reader.optionalString("note")
        supersedeReason = try reader.optionalString("supersede_reason")
    }

    var payload: JSONValue {
        var members: [String: JSONValue] = ["remains": .string(remainsID), "on": .string(on.description)]
        switch identifiedAs {
        case .person(let person): members["person"] = .string(person)
        case .party(let party): members["party"] = .string(party)
        }
        members.setIfPresent("method", method?.rawValue)
        members.setIfPresent("note", note)
        members.setIfPresent("supersede_reason", supersedeReason)
        return .object(members)
    }
}
