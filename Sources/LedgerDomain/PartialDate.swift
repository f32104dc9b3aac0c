/// A date known to the year, the month or the day (`1990`, `1990-04`, `1990-04-12`), as birth
/// dates often are on lists handed across the table.
public enum PartialDate: Sendable, Hashable, CustomStringConvertible {
    case year(Int)
    case month(year: Int, month: Int)
    case day(Day)

    public init?(_ text: some StringProtocol) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        switch parts.count {
        case 1:
            guard parts[0].count == 4, let year = Day.digits(parts[0]), Day(year: year, month: 1, day: 1) != nil else { return nil }
            self = .year(year)
        case 2:
            guard parts[0].count == 4, parts[1].count == 2, let year = Day.digits(parts[0]), let month = Day.digits(parts[1]),
                  Day(year: year, month: month, day: 1) != nil else { return nil }
            self = .month(year: year, month: month)
        default:
            guard let day = Day(text) else { return nil }
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
