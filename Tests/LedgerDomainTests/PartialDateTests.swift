import Testing
@testable import LedgerDomain

@Suite("PartialDate")
struct PartialDateTests {
    @Test("reads a year, a month or a day")
    func shapes() {
        #expect(PartialDate("1990") == .year(1990))
        #expect(PartialDate("1990-04") == .month(year: 1990, month: 4))
        #expect(PartialDate("1990-04-12") == .day(day("1990-04-12")))
        #expect(PartialDate("1990-12") == .month(year: 1990, month: 12))
    }

    @Test("refuses other shapes and impossible dates", arguments: [
        "", "90", "199", "19900", "1990-4", "1990-004", "1990-00", "1990-13", "1990-04-31", "1990-04-1",
        "1990-04-12-01", "0000", "0000-01", "1990-", "-1990", "1990/04", "199O", "1990-04-12T00", " 1990", "1990 ",
    ])
    func malformed(text: String) {
        #expect(PartialDate(text) == nil)
    }

    @Test("earliest is the first day the date can stand for")
    func earliest() {
        #expect(PartialDate("1990")?.earliest == day("1990-01-01"))
        #expect(PartialDate("1990-04")?.earliest == day("1990-04-01"))
        #expect(PartialDate("1990-04-12")?.earliest == day("1990-04-12"))
        #expect(PartialDate("2024-02")?.year == 2024)
    }

    @Test("description gives back the text it was read from", arguments: ["1990", "0999", "1990-04", "1990-04-12", "2000-02-29"])
    func description(text: String) {
        #expect(PartialDate(text)?.description == text)
    }
}
