import PropertyBased
import Testing
@testable import LedgerDomain

@Suite("Day")
struct DayTests {
    @Test("reads YYYY-MM-DD", arguments: [
        ("2025-05-23", 2025, 5, 23), ("2024-02-29", 2024, 2, 29), ("2000-02-29", 2000, 2, 29),
        ("0001-01-01", 1, 1, 1), ("9999-12-31", 9999, 12, 31), ("1970-01-01", 1970, 1, 1), ("2025-04-30", 2025, 4, 30),
    ])
    func validDays(text: String, year: Int, month: Int, dayOfMonth: Int) throws {
        let parsed = try #require(Day(text))
        #expect(parsed.year == year)
        #expect(parsed.month == month)
        #expect(parsed.day == dayOfMonth)
        #expect(parsed.description == text)
    }

    @Test("refuses days that do not exist", arguments: [
        "2025-02-30", "0000-00-00", "2023-02-29", "1900-02-29", "2100-02-29", "2025-04-31", "2025-13-01",
        "2025-00-10", "2025-01-00", "2025-01-32", "0000-01-01",
    ])
    func impossibleDays(text: String) {
        #expect(Day(text) == nil)
    }

    @Test("refuses any other shape", arguments: [
        "2025-5-1", "2025-05-1", "2025-5-01", "25-05-01", "02025-05-01", "2025/05/01", "20250501", "2025-05",
        "2025-05-01-", "-2025-05-01", "2025-05-01T00:00", " 2025-05-01", "2025-05-01 ", "2025--05-01", "",
        "+025-05-01", "2025-+5-01", "２０２５-05-01", "2025-05-0\u{661}", "abcd-ef-gh",
    ])
    func malformedDays(text: String) {
        #expect(Day(text) == nil)
    }

    @Test("accepts a substring")
    func substring() {
        let line = "on 2025-05-23."
        let slice = line.dropFirst(3).dropLast()
        #expect(Day(slice) == Day(year: 2025, month: 5, day: 23))
    }

    @Test("init(year:month:day:) refuses the same impossible days")
    func componentsInit() {
        #expect(Day(year: 2024, month: 2, day: 29) != nil)
        #expect(Day(year: 2023, month: 2, day: 29) == nil)
        #expect(Day(year: 1900, month: 2, day: 29) == nil)
        #expect(Day(year: 2000, month: 2, day: 29) != nil)
        #expect(Day(year: 0, month: 1, day: 1) == nil)
        #expect(Day(year: 10_000, month: 1, day: 1) == nil)
        #expect(Day(year: 2025, month: 6, day: 31) == nil)
        #expect(Day(year: 2025, month: 1, day: -1) == nil)
    }

    @Test("days since 1970-01-01 match values computed with Python's datetime", arguments: [
        // python3 -c 'import datetime as d; print((d.date(2025,5,23)-d.date(1970,1,1)).days)'
        ("1970-01-01", 0), ("1970-01-02", 1), ("1969-12-31", -1), ("2025-05-23", 20231), ("2000-02-29", 11016),
        ("0001-01-01", -719_162), ("9999-12-31", 2_932_896),
    ])
    func daysSinceEpoch(text: String, days: Int) {
        #expect(day(text).daysSinceEpoch == days)
        #expect(Day(daysSinceEpoch: days) == day(text))
    }

    @Test("orders by year, then month, then day")
    func ordering() {
        #expect(day("2025-05-23") < day("2025-05-24"))
        #expect(day("2025-05-31") < day("2025-06-01"))
        #expect(day("2024-12-31") < day("2025-01-01"))
        #expect(day("0999-12-31") < day("1000-01-01"))
        #expect(!(day("2025-05-23") < day("2025-05-23")))
        #expect(day("2025-06-01") > day("2025-05-31"))
        #expect([day("2025-06-02"), day("2024-07-01"), day("2025-01-15")].sorted()
            == [day("2024-07-01"), day("2025-01-15"), day("2025-06-02")])
    }

    @Test("daysSinceEpoch and init(daysSinceEpoch:) are inverse over years 1–9999")
    func roundTrip() async {
        await propertyCheck(count: 2000, input: Gen.int(in: -719_162...2_932_896)) { days in
            let value = Day(daysSinceEpoch: days)
            #expect(value.daysSinceEpoch == days)
            #expect(Day(value.description) == value)
            #expect(Day(year: value.year, month: value.month, day: value.day) == value)
        }
    }

    @Test("the day after is the next calendar day")
    func successor() async {
        await propertyCheck(count: 2000, input: Gen.int(in: -719_162...2_932_895)) { days in
            let today = Day(daysSinceEpoch: days)
            let tomorrow = Day(daysSinceEpoch: days + 1)
            #expect(today < tomorrow)
            if let sameMonth = Day(year: today.year, month: today.month, day: today.day + 1) {
                #expect(tomorrow == sameMonth)
            } else if today.month < 12 {
                #expect(tomorrow == Day(year: today.year, month: today.month + 1, day: 1))
            } else {
                #expect(tomorrow == Day(year: today.year + 1, month: 1, day: 1))
            }
        }
    }

    @Test("ordering agrees with days since the epoch")
    func orderingProperty() async {
        await propertyCheck(count: 1000, input: Gen.int(in: -719_162...2_932_896), Gen.int(in: -719_162...2_932_896)) { a, b in
            #expect((Day(daysSinceEpoch: a) < Day(daysSinceEpoch: b)) == (a < b))
            #expect((Day(daysSinceEpoch: a) == Day(daysSinceEpoch: b)) == (a == b))
        }
    }
}
