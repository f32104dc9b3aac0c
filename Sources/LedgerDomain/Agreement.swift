/// An agreement between two parties and its terms (docs/contract.md).
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
        let quotas = parties.flatMap { party in each.map { Quota(party: party, term: $0) } }
            + terms.map { Quota(party: $0.party, term: $0.term) }
        try Self.problems(id: id, title: title, date: date, parties: parties, quotas: quotas,
                          knownParties: knownParties, today: today).throwIfAny()
        try self.init(id: id, title: title, date: date, parties: parties, quotas: quotas)
    }

    /// An agreement as recorded: checked for its shape (id, title, two different parties, quotas
    /// of those parties that do not overlap), not against today's date or the parties known now,
    /// which is what reading it back from the journal or the database needs.
    public init(id: String, title: String, date: Day, parties: [String], quotas: [Quota]) throws(LedgerError) {
        try Self.problems(id: id, title: title, date: date, parties: parties, quotas: quotas, knownParties: nil, today: nil)
            .throwIfAny()
        self.id = id
        self.title = title.trimmingWhitespace
        self.date = date
        self.parties = parties
        self.quotas = quotas
    }

    /// Every rule of an agreement, in the order the problems are reported. `knownParties` and
    /// `today` are given when the operator records the agreement, and left out when it is read back.
    private static func problems(
        id: String, title: String, date: Day, parties: [String], quotas: [Quota], knownParties: Set<String>?, today: Day?
    ) -> ProblemList {
        var problems = ProblemList()
        // Lower case is refused in new agreements only: one read back was recorded under the rules of its day.
        let idProblem = today == nil ? TextRules.identifierProblem(id) : TextRules.newIdentifierProblem(id)
        if let idProblem { problems.add(Problem("agreement id \(idProblem)")) }
        let title = title.trimmingWhitespace
        if title.isEmpty { problems.add(Problem("agreement title is empty")) }
        if let problem = TextRules.freeTextProblem(title) { problems.add(Problem("agreement title \(problem)")) }
        if let today, date > today { problems.add(Problem("agreement date \(date) is in the future (today is \(today))")) }
        if parties.count != 2 || parties[0] == parties[1] {
            problems.add(Problem("an agreement has exactly two different parties, got \(parties.joined(separator: ","))"))
        }
        for party in parties where knownParties?.contains(party) == false {
            problems.add(Problem("unknown party \(party) (add it with `ledger party add \(party) --name …`)"))
        }
        for quota in quotas where !parties.contains(quota.party) {
            problems.add(Problem("quota for \(quota.party), which is not a party to this agreement"))
        }
        if !quotas.contains(where: { parties.contains($0.party) }) {
            problems.add(Problem("an agreement needs at least one quota (--each or --quota)"))
        }
        var covered: Set<String> = []
        for quota in quotas where parties.contains(quota.party) {
            for category in quota.categories where !covered.insert("\(quota.party) \(category.rawValue)").inserted {
                problems.add(Problem("\(category.rawValue) released by \(quota.party) is in more than one quota"))
            }
        }
        return problems
    }

    /// The quota under which `party` releases `category`, if the agreement has one.
    public func quota(releasedBy party: String, category: TransferCategory) -> Quota? {
        quotas.first { $0.party == party && $0.categories.contains(category) }
    }

    init(payload: JSONValue) throws(PayloadError) {
        let reader = try PayloadReader(payload)
        var quotas: [Quota] = []
        for item in try reader.array("quotas") { quotas.append(try Quota(payload: item)) }
        let (id, title, date, parties) = (try reader.string("id"), try reader.string("title"), try reader.day("date"), try reader.strings("parties"))
        do throws(LedgerError) {
            try self.init(id: id, title: title, date: date, parties: parties, quotas: quotas)
        } catch {
            guard case .rejected(let problems, _) = error else { throw PayloadError("\(error)") }
            throw PayloadError(problems.map(\.message).joined(separator: "; "))
        }
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

extension Agreement {
    /// The agreement, and its quotas numbered from 1 in the order given, each with its categories.
    public var projectedRows: [ProjectedRow] {
        var rows = [ProjectedRow("agreements", [
            "id": .text(id), "title": .text(title), "date": .text(date.description),
            "party_a": .text(parties.first), "party_b": .text(parties.last),
        ])]
        for (index, quota) in quotas.enumerated() {
            let amount: Int? = if case .count(let count) = quota.amount { count } else { nil }
            rows.append(ProjectedRow("quotas", [
                "agreement_id": .text(id), "quota_no": .integer(index + 1), "party": .text(quota.party), "amount": .integer(amount),
            ]))
            for category in quota.categories {
                rows.append(ProjectedRow("quota_categories", [
                    "agreement_id": .text(id), "quota_no": .integer(index + 1), "category": .text(category.rawValue),
                ]))
            }
        }
        return rows
    }
}
