import Testing
@testable import LedgerDomain

@Suite("MedicalCategory and PriorityOrder by example")
struct PriorityOrderTests {
    typealias F = MedicalFixture

    @Test("each category of GC III Art. 110 leads to its outcome", arguments: [
        (MedicalCategory.incurable, "incurable", MedicalOutcome.directRepatriation, "Art. 110 §1.1"),
        (.longTerm, "long-term", .directRepatriation, "Art. 110 §1.2"),
        (.permanent, "permanent", .directRepatriation, "Art. 110 §1.3"),
        (.neutralRecovery, "neutral-recovery", .neutralCountry, "Art. 110 §2.1"),
        (.neutralThreat, "neutral-threat", .neutralCountry, "Art. 110 §2.2"),
        (.notEligible, "not-eligible", .notEligible, "Art. 110"),
    ])
    func categories(category: MedicalCategory, value: String, outcome: MedicalOutcome, article: String) {
        #expect(category.rawValue == value)
        #expect(category.outcome == outcome)
        #expect(category.article == article)
    }

    @Test("outcomes are served in the documented priority order")
    func outcomes() {
        #expect(MedicalOutcome.allCases.sorted() == [.directRepatriation, .neutralCountry, .notEligible])
        #expect(MedicalOutcome.allCases.map(\.words) == [
            "direct repatriation", "accommodation in a neutral country", "not eligible; stays on the general exchange lists",
        ])
    }

    @Test("each key decides only when the ones before it are equal")
    func keysInTurn() {
        let expected = [
            F.candidate("Z-1", .permanent, severity: 1),  // outcome beats severity
            F.candidate("Z-2", .neutralThreat, severity: 5, captured: "2023-01-01"),  // severity beats capture
            F.candidate("Z-3", .neutralRecovery, severity: 4, captured: "2022-01-01"),
            F.candidate("Z-4", .neutralRecovery, severity: 4, captured: "2023-01-01", born: "1999"),  // capture beats birth
            F.candidate("Z-5", .neutralThreat, severity: 4, born: "1950"),  // unknown capture last
            F.candidate("Y-6", .neutralThreat, severity: 4, born: "1960-01-01"),  // birth beats id
            F.candidate("X-7", .neutralThreat, severity: 4, born: "1960-01-02"),
            F.candidate("W-8", .neutralThreat, severity: 4),  // unknown birth last
            F.candidate("Z-9", .notEligible, severity: 5, captured: "2014-01-01", born: "1940"),
        ]
        #expect(PriorityOrder.sorted(expected.reversed()) == expected)
    }

    @Test("a partial birth date counts from its first day, so 1990 comes before 1990-06-01; on the same first day the id decides")
    func partialBirthDates() {
        let candidates = [
            F.candidate("P-3", born: "1990-06-01"), F.candidate("P-1", born: "1990-06"), F.candidate("P-2", born: "1990"),
            F.candidate("P-0", born: "1990-01-01"), F.candidate("P-4", born: "1990-05-31"),
        ]
        #expect(PriorityOrder.sorted(candidates).map(\.personID) == ["P-0", "P-2", "P-4", "P-1", "P-3"])
    }

    @Test("ids are compared byte by byte: digits before capitals before small letters, a prefix first")
    func idBytes() {
        let ids = ["a", "B", "AB", "A", "1", "A-", "Ab", "Є"]
        #expect(PriorityOrder.sorted(ids.map { F.candidate($0) }).map(\.personID) == ["1", "A", "A-", "AB", "Ab", "B", "a", "Є"])
    }
}
