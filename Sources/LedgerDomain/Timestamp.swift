/// A journal time: UTC, RFC 3339 with milliseconds (`2025-05-23T14:02:11.120Z`), docs/journal.md.
public struct Timestamp: Sendable, Hashable, CustomStringConvertible {
    public let millisecondsSinceEpoch: Int64

    public init(millisecondsSinceEpoch: Int64) { self.millisecondsSinceEpoch = millisecondsSinceEpoch }

    public var day: Day {
        Day(daysSinceEpoch: Int(millisecondsSinceEpoch.floorDivided(by: 86_400_000)))
    }

    public var description: String {
        let millisOfDay = Int(millisecondsSinceEpoch - Int64(day.daysSinceEpoch) * 86_400_000)
        let seconds = millisOfDay / 1000
        return "\(day)T\(Day.pad(seconds / 3600, 2)):\(Day.pad(seconds / 60 % 60, 2)):\(Day.pad(seconds % 60, 2))"
            + ".\(Day.pad(millisOfDay % 1000, 3))Z"
    }
}

extension Int64 {
    fileprivate func floorDivided(by divisor: Int64) -> Int64 {
        let quotient = self / divisor
        return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? quotient - 1 : quotient
    }
}
