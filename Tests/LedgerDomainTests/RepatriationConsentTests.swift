import Testing
@testable import LedgerDomain

@Suite("RepatriationConsent (GC III Art. 109)")
struct RepatriationConsentTests {
    typealias F = MedicalFixture

    @Test("a refusal is recorded with its witness, trimmed; without a date it is today's")
    func refusal() throws {
        let consent = try F.consent(on: nil, witness: "  ICRC delegate M. Keller\t")
        #expect([consent.personID, consent.witness] == ["UA-P-1", "ICRC delegate M. Keller"])
        #expect(consent.refuses)
        #expect(consent.on == F.today)
        #expect(try F.consent(on: F.captured, person: F.prisoner(.listed)).on == F.captured)
    }

    @Test("a refusal in force may be withdrawn later, and a withdrawn one made again", arguments: [true, false])
    func laterDecision(refusedBefore: Bool) throws {
        let consent = try F.consent(refuses: !refusedBefore, on: nil, inForce: (day("2025-06-04"), refusedBefore))
        #expect(consent.refuses == !refusedBefore)
        #expect(consent.on == F.today)
    }

    @Test("the person must be known, a prisoner of war and still held", arguments: F.notAPrisoner)
    func notAPrisoner(person: PersonState?, message: String) {
        #expect(rejections { try F.consent(person: person) } == [message])
    }

    @Test("a person id that is not an identifier", arguments: [
        ("", "person id is empty"),
        ("UA P 1", "person id 'UA P 1' may hold only letters A–Z, digits and . _ : / -"),
    ])
    func badPersonID(id: String, message: String) {
        #expect(rejections { try F.consent(person: F.prisoner(), id: id) } == [message])
    }

    @Test("the date is neither in the future nor before the capture", arguments: [
        ("2025-06-06", "date 2025-06-06 is in the future (today is 2025-06-05)"),
        ("2022-02-23", "date 2022-02-23 is before the capture on 2022-02-24"),
    ])
    func badDate(on: String, message: String) {
        #expect(rejections { try F.consent(on: day(on)) } == [message])
    }

    @Test("a witness is required, on one printable line of at most 200 characters", arguments: [
        ("", "a decision on repatriation needs a --witness"),
        (" \t ", "a decision on repatriation needs a --witness"),
        ("Dr A\nDr B", "witness contains the control character U+000A"),
        ("Dr \u{202E}A", "witness contains the invisible direction mark U+202E"),
        (String(repeating: "w", count: 201), "witness is longer than 200 characters"),
    ])
    func badWitness(witness: String, message: String) {
        #expect(rejections { try F.consent(witness: witness) } == [message])
    }

    @Test("a decision must change the one in force, and be of a later date", arguments: [
        (true, "2025-05-01", true, "2025-06-01", "person UA-P-1 already refuses repatriation (since 2025-05-01)"),
        (false, nil, false, "2025-06-01", "person UA-P-1 has not refused repatriation; there is no refusal to withdraw"),
        (false, "2025-05-01", false, "2025-06-01", "person UA-P-1 has not refused repatriation; there is no refusal to withdraw"),
        (false, "2025-06-01", true, "2025-06-01", "person UA-P-1 has a decision of 2025-06-01 in force; a new one must be of a later date"),
        (true, "2025-06-01", false, "2025-05-31", "person UA-P-1 has a decision of 2025-06-01 in force; a new one must be of a later date"),
        (true, "2025-06-01", true, "2025-05-31", "person UA-P-1 has a decision of 2025-06-01 in force; a new one must be of a later date"),
    ] as [(Bool, String?, Bool, String, String)])
    func decisionInForce(refuses: Bool, inForceOn: String?, inForceRefuses: Bool, on: String, message: String) {
        let inForce = inForceOn.map { (on: day($0), refuses: inForceRefuses) }
        #expect(rejections { try F.consent(refuses: refuses, on: day(on), inForce: inForce) } == [message])
    }

    @Test("a decision of today cannot follow one of today: the default date is today")
    func sameDayByDefault() {
        #expect(rejections { try F.consent(refuses: false, on: nil, inForce: (F.today, true)) }
            == ["person UA-P-1 has a decision of 2025-06-05 in force; a new one must be of a later date"])
    }

    @Test("every problem at once")
    func allProblems() {
        #expect(rejections {
            try F.consent(on: day("2021-01-01"), witness: "", person: F.prisoner(.released), inForce: (day("2025-01-01"), true))
        } == [
            "person UA-P-1 is released (held by RU), no longer a prisoner",
            "date 2021-01-01 is before the capture on 2022-02-24",
            "a decision on repatriation needs a --witness",
            "person UA-P-1 has a decision of 2025-01-01 in force; a new one must be of a later date",
        ])
        #expect(rejections { try F.consent(on: day("2026-01-01"), witness: "x\u{7}", person: nil, id: "P-404") }
            == ["unknown person P-404", "date 2026-01-01 is in the future (today is 2025-06-05)", "witness contains the control character U+0007"])
    }
}
