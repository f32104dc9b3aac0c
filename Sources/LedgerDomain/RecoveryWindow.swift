/// A local ceasefire on a named section of the front, for a few days, so that the dead can be
/// recovered (docs/contract.md). Remains recovered during it link to it.
public struct RecoveryWindow: Sendable, Hashable {
    public var id: String
    /// The section of the front, e.g. "Kupiansk, 12 km segment".
    public var sector: String
    public var from: Day
    /// The last day of the window, inclusive.
    public var to: Day
    /// The parties that agreed to the ceasefire, in the order given.
    public var agreedBy: [String]

    /// The longest window, in calendar days counted inclusively: such ceasefires are a matter of
    /// days (two to three were proposed in June 2025), never an open-ended truce.
    public static let longestDays = 7

    /// Calendar days from `from` to `to`, both included.
    public var days: Int { to.daysSinceEpoch - from.daysSinceEpoch + 1 }

    public func contains(_ day: Day) -> Bool { from <= day && day <= to }

    /// `2025-06-20 – 2025-06-22`, as messages and listings show a window's dates.
    public var dates: String { "\(from) – \(to)" }

    /// A window as recorded, read back; `init(id:sector:from:to:agreedBy:facts:)` checks a new one.
    public init(id: String, sector: String, from: Day, to: Day, agreedBy: [String]) {
        self.id = id
        self.sector = sector
        self.from = from
        self.to = to
        self.agreedBy = agreedBy
    }

    /// What the store knows that the rules of a new window depend on.
    public struct Facts: Sendable {
        public var knownParties: Set<String>
        public var idTaken: Bool
        public var today: Day

        public init(knownParties: Set<String>, idTaken: Bool, today: Day) {
            self.knownParties = knownParties
            self.idTaken = idTaken
            self.today = today
        }
    }

    /// Checks a new window and throws every problem at once: the id is well formed and new; the
    /// sector is free text; the window ends on or after its first day, lasts at most
    /// `longestDays` days and is not in the future; at least two different known parties agreed.
    public init(id: String, sector: String, from: Day, to: Day, agreedBy: [String], facts: Facts) throws(LedgerError) {
        var problems = ProblemList()
        let sector = sector.trimmingWhitespace
        if let problem = TextRules.newIdentifierProblem(id) { problems.add(Problem("window id \(problem)")) }
        if facts.idTaken { problems.add(Problem("window \(id) already exists")) }
        if sector.isEmpty { problems.add(Problem("sector is empty")) }
        for problem in TextRules.freeTextProblems(sector, maximumLength: 500) { problems.add(Problem("sector \(problem)")) }
        let days = to.daysSinceEpoch - from.daysSinceEpoch + 1
        if to < from {
            problems.add(Problem("the window ends on \(to), before it starts on \(from)"))
        } else if days > Self.longestDays {
            problems.add(Problem("the window lasts \(days) days; a recovery window lasts 1 to \(Self.longestDays)"))
        }
        for (label, day) in [("start", from), ("end", to)] where day > facts.today {
            problems.add(Problem("\(label) \(day) is in the future (today is \(facts.today))"))
        }
        var seen: Set<String> = []
        for party in agreedBy {
            if !seen.insert(party).inserted {
                problems.add(Problem("party \(party) is named twice in --agreed-by"))
            } else if !facts.knownParties.contains(party) {
                problems.add(Problem("unknown party \(party)"))
            }
        }
        if seen.count < 2 { problems.add(Problem("a recovery window is agreed by at least two parties; --agreed-by names \(seen.count)")) }
        try problems.throwIfAny()
        self.init(id: id, sector: sector, from: from, to: to, agreedBy: agreedBy)
    }

    init(payload: JSONValue) throws(PayloadError) {
        let reader = try PayloadReader(payload)
        id = try reader.string("id")
        sector = try reader.string("sector")
        from = try reader.day("from")
        to = try reader.day("to")
        agreedBy = try reader.strings("agreed_by")
    }

    var payload: JSONValue {
        .object(["id": .string(id), "sector": .string(sector), "from": .string(from.description), "to": .string(to.description),
                 "agreed_by": .array(agreedBy.map { .string($0) })])
    }
}

extension RecoveryWindow {
    public var projectedRows: [ProjectedRow] {
        [ProjectedRow("windows", ["id": .text(id), "sector": .text(sector), "from_date": .text(from.description), "to_date": .text(to.description)])]
            + agreedBy.enumerated().map { index, party in
                ProjectedRow("window_parties", ["window_id": .text(id), "party": .text(party), "position": .integer(index + 1)])
            }
    }
}
