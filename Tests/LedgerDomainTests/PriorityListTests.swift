import Testing
@testable import LedgerDomain

@Suite("PriorityList, PriorityQuery and PartialDate.age")
struct PriorityListTests {
    typealias F = MedicalFixture

    @Test("rows are ranked 1…n in the order given; the footer counts are kept")
    func ranks() {
        let ordered = ["UA-P-7", "UA-P-2", "UA-P-9"].map { F.candidate($0) }
        let list = PriorityList(query: PriorityQuery(heldBy: "RU", limit: 3), today: F.today, ordered: ordered, ranked: 40, refused: 2,
                                neverAssessed: 11, overdue: 5)
        #expect(list.rows.map(\.rank) == [1, 2, 3])
        #expect(list.rows.map(\.candidate) == ordered)
        #expect([list.ranked, list.refused, list.neverAssessed, list.overdue] == [40, 2, 11, 5])
        #expect(F.list([]).rows.isEmpty)
    }

    @Test("overdue exactly when the wait since the first finding for direct repatriation is more than N days", arguments: [
        (90, 90, false), (90, 91, true), (90, 89, false), (90, 0, false), (90, 1000, true), (30, 31, true), (30, 30, false), (0, 1, true), (0, 0, false),
    ])
    func overdue(days: Int, waited: Int, overdue: Bool) {
        let candidate = F.candidate("UA-P-1", eligibleSince: F.daysAgo(waited).description)
        #expect(PriorityList.isOverdue(candidate, today: F.today, after: days) == overdue)
        let row = F.list([candidate], query: PriorityQuery(heldBy: "RU", overdueAfterDays: days)).rows[0]
        #expect(row.overdue == overdue)
        #expect(row.reasons.last?.hasPrefix("OVERDUE") == overdue)
    }

    @Test("never overdue without a finding for direct repatriation")
    func notEligible() {
        #expect(!PriorityList.isOverdue(F.candidate("UA-P-1", .neutralThreat), today: F.today, after: 0))
        #expect(PriorityList.overdueCutoff(today: F.today, after: 90) == day("2025-03-07"))
    }

    @Test("the reasons spell out each key: category and outcome, severity, days in captivity, age, and overdue")
    func reasonsKnown() {
        let candidate = F.candidate("UA-P-1", .longTerm, severity: 4, captured: "2022-02-24", born: "1990-06-05", eligibleSince: "2025-01-01")
        #expect(F.list([candidate]).rows[0].reasons == [
            "long-term (not likely to recover within one year, fitness gravely diminished, Art. 110 §1.2) → direct repatriation",
            "severity 4 of 5",
            "1,197 days in captivity (captured 2022-02-24)",
            "age 35 (born 1990-06-05)",
            "OVERDUE: eligible for direct repatriation since 2025-01-01, still held 155 days later (limit 90)",
        ])
    }

    @Test("unknown capture and birth dates are said to place the row after the known ones")
    func reasonsUnknown() {
        #expect(F.list([F.candidate("UA-P-1", .notEligible, severity: 1)]).rows[0].reasons == [
            "not-eligible (none of the Art. 110 categories, Art. 110) → not eligible; stays on the general exchange lists",
            "severity 1 of 5",
            "capture date unknown: after those whose capture is known",
            "birth date unknown: after those whose age is known",
        ])
    }

    @Test("a partial birth date gives the two possible ages, or one when both agree", arguments: [
        ("1990", "age 34 or 35 (born 1990)"),
        ("1990-06", "age 34 or 35 (born 1990-06)"),
        ("1990-05", "age 35 (born 1990-05)"),
        ("1990-07", "age 34 (born 1990-07)"),
        ("2025", "age 0 (born 2025)"),
    ])
    func partialAges(born: String, reason: String) {
        #expect(F.list([F.candidate("UA-P-1", captured: "2025-06-03", born: born)]).rows[0].reasons[2...] == [
            "2 days in captivity (captured 2025-06-03)", reason,
        ])
    }

    @Test("one day is written in the singular")
    func oneDay() {
        let candidate = F.candidate("UA-P-1", captured: "2025-06-04", eligibleSince: "2025-06-04")
        let reasons = F.list([candidate], query: PriorityQuery(heldBy: "RU", overdueAfterDays: 0)).rows[0].reasons
        #expect(reasons[2] == "1 day in captivity (captured 2025-06-04)")
        #expect(reasons[4] == "OVERDUE: eligible for direct repatriation since 2025-06-04, still held 1 day later (limit 0)")
    }

    @Test("age in whole years: a birthday counts from its day; 29 February from 1 March in other years", arguments: [
        ("1990-06-05", "2025-06-05", 35...35),
        ("1990-06-05", "2025-06-04", 34...34),
        ("2000-02-29", "2025-02-28", 24...24),
        ("2000-02-29", "2025-03-01", 25...25),
        ("2000-02-29", "2024-02-29", 24...24),
        ("2000-02", "2025-02-28", 24...25),
        ("2024-02", "2025-02-28", 0...1),
        ("1990", "2025-12-31", 35...35),
        ("1990", "2025-01-01", 34...35),
        ("2030", "2025-06-05", 0...0),
    ])
    func age(born: String, on: String, ages: ClosedRange<Int>) {
        #expect(PartialDate(born)?.age(on: day(on)) == ages)
    }

    @Test("latest is the last day a partial date can stand for", arguments: [
        ("1990", "1990-12-31"), ("1990-04", "1990-04-30"), ("2024-02", "2024-02-29"), ("2100-02", "2100-02-28"), ("1990-04-12", "1990-04-12"),
    ])
    func latest(text: String, last: String) {
        #expect(PartialDate(text)?.latest == day(last))
    }

    @Test("the query in words, as a saved list records it", arguments: [
        (PriorityQuery(heldBy: "RU"), "held by RU; overdue after 90 days"),
        (PriorityQuery(heldBy: "UA", limit: 1200, categories: [.neutralThreat, .incurable], overdueAfterDays: 30),
         "held by UA; categories incurable, neutral-threat; first 1,200; overdue after 30 days"),
        (PriorityQuery(heldBy: "RU", limit: 5, categories: Set(MedicalCategory.allCases)),
         "held by RU; categories incurable, long-term, permanent, neutral-recovery, neutral-threat, not-eligible; first 5; overdue after 90 days"),
    ])
    func criteria(query: PriorityQuery, words: String) {
        #expect(query.criteria == words)
    }
}
