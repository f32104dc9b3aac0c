/// An agreement between two parties and its terms (SPEC §5).
public struct Agreement: Sendable, Hashable {
    public var id: String
    public var title: String
    public var date: Day
    /// Exactly two different party codes, in the order given.
    public var parties: [String]
    public var quotas: [Quota]

    /// Builds an agreement from what the operator typed and checks it against the known parties
    /// and today's date. `each` terms apply to both parties; `terms` to one party each.
    /// Throws every problem found at once.
    public init(
        id: String, title: String, date: Day, parties: [String],
        each: [QuotaTerm], terms: [(party: String, term: QuotaTerm)],
        knownParties: Set<String>, today: Day
    ) throws(LedgerError) {
        var problems = ProblemList()
        if let problem = TextRules.identifierProblem(id) { problems.add(Problem("agreement id \(problem)")) }
        let title = title.trimmingWhitespace
        if title.isEmpty { problems.add(Problem("agreement title is empty")) }
        if let problem = TextRules.freeTextProblem(title) { problems.add(Problem("agreement title \(problem)")) }
        if date > today { problems.add(Problem("agreement date \(date) is in the future (today is \(today))")) }
        if parties.count != 2 || parties[0] == parties[1] {
            problems.add(Problem("an agreement has exactly two different parties, got \(parties.joined(separator: ","))"))
        }
        for party in parties where !knownParties.contains(party) {
            problems.add(Problem("unknown party \(party) (add it with `ledger party add \(party) --name …`)"))
        }
        var quotas = parties.flatMap { party in each.map { Quota(party: party, term: $0) } }
        for (party, term) in terms {
            if parties.contains(party) {
                quotas.append(Quota(party: party, term: term))
            } else {
                problems.add(Problem("quota for \(party), which is not a party to this agreement"))
            }
        }
        if quotas.isEmpty { problems.add(Problem("an agreement needs at least one quota (--each or --quota)")) }
        var covered: Set<String> = []
        for quota in quotas {
            for category in quota.categories where !covered.insert("\(quota.party) \(category.rawValue)").inserted {
                problems.add(Problem("\(category.rawValue) released by \(quota.party) is in more than one quota"))
            }
        }
        try problems.throwIfAny()
        self.id = id
        self.title = title
        self.date = date
        self.parties = parties
        self.quotas = quotas
    }

    /// The quota under which `party` releases `category`, if the agreement has one.
    public func quota(releasedBy party: String, category: TransferCategory) -> Quota? {
        quotas.first { $0.party == party && $0.categories.contains(category) }
    }

    init(payload: JSONValue) throws(PayloadError) {
        let reader = try PayloadReader(payload)
        id = try reader.string("id")
        title = try reader.string("title")
        date = try reader.day("date")
        parties = try reader.strings("parties")
        guard parties.count == 2, parties[0] != parties[1] else { throw PayloadError("\"parties\" must name two different parties") }
        var quotas: [Quota] = []
        for item in try reader.array("quotas") { quotas.append(try Quota(payload: item)) }
        guard !quotas.isEmpty else { throw PayloadError("\"quotas\" is empty") }
        self.quotas = quotas
    }

    var payload: JSONValue {
        .object([
            "id": .string(id),
            "title": .string(title),
            "date": .string(date.description),
            "parties": .array(parties.map { .string($0) }),
            "quotas": .array(quotas.map(\.payload)),
        ])
    }
}
