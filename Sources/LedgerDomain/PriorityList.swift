/// What `ledger priority` was asked for.
public struct PriorityQuery: Sendable, Hashable {
    public var heldBy: String
    public var limit: Int?
    /// Only these categories; all when empty.
    public var categories: Set<MedicalCategory>
    /// How long after a finding for direct repatriation a prisoner still held counts as overdue.
    public var overdueAfterDays: Int

    public static let defaultOverdueDays = 90

    public init(heldBy: String, limit: Int? = nil, categories: Set<MedicalCategory> = [], overdueAfterDays: Int = defaultOverdueDays) {
        self.heldBy = heldBy
        self.limit = limit
        self.categories = categories
        self.overdueAfterDays = overdueAfterDays
    }

    /// The categories asked for, in the order of GC III Art. 110 (`MedicalCategory.allCases`).
    public var categoryNames: [String] { MedicalCategory.allCases.filter(categories.contains).map(\.rawValue) }

    /// The query in words, as a saved list records how it was made.
    public var criteria: String {
        var words = ["held by \(heldBy)"]
        if !categories.isEmpty { words.append("categories " + categoryNames.joined(separator: ", ")) }
        if let limit { words.append("first \(limit.grouped)") }
        words.append("overdue after \(overdueAfterDays) days")
        return words.joined(separator: "; ")
    }
}

/// One place on a priority list.
public struct PriorityRow: Sendable, Hashable {
    public var rank: Int
    public var candidate: PriorityCandidate
    public var overdue: Bool
    let today: Day
    let overdueAfterDays: Int

    /// The prisoner at `rank` of the list `query` asks for, today.
    public init(rank: Int, candidate: PriorityCandidate, query: PriorityQuery, today: Day) {
        self.rank = rank
        self.candidate = candidate
        overdue = PriorityList.isOverdue(candidate, today: today, after: query.overdueAfterDays)
        self.today = today
        overdueAfterDays = query.overdueAfterDays
    }

    /// Each key of the order that placed the row, in words a commission member reads (`--explain`).
    /// Spelled out when asked for, not for each of the half a million rows of a whole list.
    public var reasons: [String] { PriorityList.reasons(candidate, today: today, overdueAfter: overdueAfterDays) }
}

/// A priority list with the footer that accounts for everyone it leaves out.
public struct PriorityList: Sendable, Hashable {
    public var query: PriorityQuery
    public var today: Day
    public var rows: [PriorityRow]
    /// Prisoners ranked before `limit` cut the list (the categories asked for only).
    public var ranked: Int
    /// Held prisoners not listed because they refused repatriation (GC III Art. 109).
    public var refused: Int
    /// Held prisoners never assessed.
    public var neverAssessed: Int
    /// Ranked prisoners overdue for direct repatriation, listed or not.
    public var overdue: Int

    /// Numbers the candidates, already in priority order, and explains each place.
    public init(query: PriorityQuery, today: Day, ordered: [PriorityCandidate], ranked: Int, refused: Int, neverAssessed: Int, overdue: Int) {
        self.query = query
        self.today = today
        rows = ordered.enumerated().map { index, candidate in PriorityRow(rank: index + 1, candidate: candidate, query: query, today: today) }
        self.ranked = ranked
        self.refused = refused
        self.neverAssessed = neverAssessed
        self.overdue = overdue
    }

    /// The last day a finding for direct repatriation may date from without being overdue today.
    public static func overdueCutoff(today: Day, after days: Int) -> Day {
        Day(daysSinceEpoch: today.daysSinceEpoch - days)
    }

    public static func isOverdue(_ candidate: PriorityCandidate, today: Day, after days: Int) -> Bool {
        guard let since = candidate.eligibleSince else { return false }
        return since < overdueCutoff(today: today, after: days)
    }

    static func reasons(_ candidate: PriorityCandidate, today: Day, overdueAfter days: Int) -> [String] {
        let category = candidate.category
        var reasons = ["\(category.rawValue) (\(category.meaning), \(category.article)) → \(category.outcome.words)",
                       "severity \(candidate.severity) of 5"]
        if let captured = candidate.capturedOn {
            reasons.append("\(daysText(today.daysSinceEpoch - captured.daysSinceEpoch)) in captivity (captured \(captured))")
        } else {
            reasons.append("capture date unknown: after those whose capture is known")
        }
        if let born = candidate.birthDate {
            let ages = born.age(on: today)
            reasons.append("age \(ages.lowerBound == ages.upperBound ? "\(ages.lowerBound)" : "\(ages.lowerBound) or \(ages.upperBound)") (born \(born))")
        } else {
            reasons.append("birth date unknown: after those whose age is known")
        }
        if let since = candidate.eligibleSince, isOverdue(candidate, today: today, after: days) {
            reasons.append("OVERDUE: eligible for direct repatriation since \(since), still held \(daysText(today.daysSinceEpoch - since.daysSinceEpoch)) later (limit \(days))")
        }
        return reasons
    }

    /// `1 day`, `412 days`, `1,406 days`.
    private static func daysText(_ count: Int) -> String { count == 1 ? "1 day" : "\(count.grouped) days" }
}
