/// A date known to the year, the month or the day (`1990`, `1990-04`, `1990-04-12`), as birth
/// dates often are on lists handed across the table.
public enum PartialDate: Sendable, Hashable, CustomStringConvertible {
    case year(Int)
    case month(year: Int, month: Int)
    case day(Day)

    public init?(_ text: some StringProtocol) {
        guard let parts = Day.isoParts(String(text)) else { return nil }
        switch (parts.month, parts.day) {
        case (nil, _):
            guard Day(year: parts.year, month: 1, day: 1) != nil else { return nil }
            self = .year(parts.year)
        case (let month?, nil):
            guard Day(year: parts.year, month: month, day: 1) != nil else { return nil }
            self = .month(year: parts.year, month: month)
        case (let month?, let day?):
            guard let day = Day(year: parts.year, month: month, day: day) else { return nil }
            self = .day(day)
        }
    }

    /// The first day the date can stand for.
    public var earliest: Day {
        switch self {
        case .year(let year): Day(year: year, month: 1, day: 1)!
        case .month(let year, let month): Day(year: year, month: month, day: 1)!
        case .day(let day): day
        }
    }

    public var year: Int { earliest.year }

    public var description: String {
        switch self {
        case .year(let year): Day.pad(year, 4)
        case .month(let year, let month): "\(Day.pad(year, 4))-\(Day.pad(month, 2))"
        case .day(let day): day.description
        }
    }
}

extension PartialDate {
    /// The last day the date can stand for.
    public var latest: Day {
        switch self {
        case .year(let year): Day(year: year, month: 12, day: 31)!
        case .month(let year, let month): Day(year: year, month: month, day: Day.daysIn(month: month, year: year))!
        case .day(let day): day
        }
    }

    /// The age in whole years on `day`: one number for a full date, the two possible ages for a
    /// partial one (`1990` is 34 or 35 on 2025-06-05).
    public func age(on day: Day) -> ClosedRange<Int> {
        func years(from birth: Day) -> Int {
            max(0, day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day) ? 1 : 0))
        }
        return years(from: latest)...years(from: earliest)
    }
}
