/// A calendar day in ISO 8601 form (`2025-05-23`), proleptic Gregorian.
public struct Day: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Parses exactly `YYYY-MM-DD` and refuses days that do not exist (`2025-02-30`, `0000-00-00`).
    public init?(_ text: some StringProtocol) {
        guard let parts = Self.isoParts(String(text)), let month = parts.month, let day = parts.day else { return nil }
        self.init(year: parts.year, month: month, day: day)
    }

    /// The numbers of `YYYY`, `YYYY-MM` or `YYYY-MM-DD` written in ASCII digits, unchecked against
    /// the calendar; nil for any other text. Read byte by byte: dates are parsed for every person
    /// imported and every entry replayed. Of a String, not of any StringProtocol: called from
    /// other modules, a generic walk went through the protocol's witnesses for every byte, a
    /// tenth of a whole priority list's time.
    static func isoParts(_ text: String) -> (year: Int, month: Int?, day: Int?)? {
        var numbers = (0, 0, 0)
        var length = 0
        for byte in text.utf8 {
            switch (length, byte) {
            case (4, UInt8(ascii: "-")), (7, UInt8(ascii: "-")): break
            case (0..<4, 0x30...0x39): numbers.0 = numbers.0 * 10 + Int(byte - 0x30)
            case (5..<7, 0x30...0x39): numbers.1 = numbers.1 * 10 + Int(byte - 0x30)
            case (8..<10, 0x30...0x39): numbers.2 = numbers.2 * 10 + Int(byte - 0x30)
            default: return nil
            }
            length += 1
        }
        switch length {
        case 4: return (numbers.0, nil, nil)
        case 7: return (numbers.0, numbers.1, nil)
        case 10: return (numbers.0, numbers.1, numbers.2)
        default: return nil
        }
    }

    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...Self.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The day `days` after 1970-01-01 (negative before it).
    public init(daysSinceEpoch days: Int) {
        // Howard Hinnant's civil_from_days.
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthPrime = (5 * dayOfYear + 2) / 153
        day = dayOfYear - (153 * monthPrime + 2) / 5 + 1
        month = monthPrime < 10 ? monthPrime + 3 : monthPrime - 9
        year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    }

    /// Days since 1970-01-01, for differences between days.
    public var daysSinceEpoch: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    public var description: String {
        guard (0...9999).contains(year) else { return "\(Self.pad(year, 4))-\(Self.pad(month, 2))-\(Self.pad(day, 2))" }
        // Ten ASCII bytes written in place, not six Strings joined: a whole priority list prints
        // three dates a row for half a million rows.
        return String(unsafeUninitializedCapacity: 10) { bytes in
            func write(_ value: Int, digits: Int, endingAt end: Int) {
                var rest = value
                for index in (end - digits..<end).reversed() {
                    bytes[index] = UInt8(ascii: "0") + UInt8(rest % 10)
                    rest /= 10
                }
            }
            write(year, digits: 4, endingAt: 4)
            bytes[4] = UInt8(ascii: "-")
            write(month, digits: 2, endingAt: 7)
            bytes[7] = UInt8(ascii: "-")
            write(day, digits: 2, endingAt: 10)
            return 10
        }
    }

    public static func < (lhs: Day, rhs: Day) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// A number written as people write counts: digits only, no sign, no leading zero.
    static func naturalNumber(_ text: some StringProtocol) -> Int? {
        guard text.first != "0", text.count <= 18 else { return nil }
        return digits(text)
    }

    static func digits(_ text: some StringProtocol) -> Int? {
        guard !text.isEmpty, text.utf8.allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
        return Int(text)
    }

    static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}
