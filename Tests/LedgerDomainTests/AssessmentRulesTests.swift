import Testing
@testable import LedgerDomain

@Suite("AssessmentRules.check")
struct AssessmentRulesTests {
    typealias F = MedicalFixture

    static let categories = "incurable, long-term, permanent, neutral-recovery, neutral-threat, not-eligible"

    @Test("a complete record of a held prisoner is accepted, every field trimmed")
    func accepted() throws {
        #expect(try F.check(F.record).get() == F.assessment)
        let padded = F.record.mapValues { " \t\($0)\r\n " }
        #expect(try F.check(padded).get() == F.assessment)
    }

    @Test("every category of GC III Art. 110 is accepted", arguments: MedicalCategory.allCases)
    func category(category: MedicalCategory) throws {
        #expect(try F.check(F.record([.category: category.rawValue])).get().category == category)
    }

    @Test("a listed prisoner, one of unknown capture, and findings on the day of capture or today are accepted", arguments: [
        (F.prisoner(.listed), "2025-06-01"),
        (F.prisoner(captured: nil), "1900-01-01"),
        (F.prisoner(), "2022-02-24"),
        (F.prisoner(), "2025-06-05"),
    ])
    func acceptedPersonAndDate(person: PersonState, on: String) throws {
        #expect(try F.check(F.record([.on: on]), person: person).get().on == day(on))
    }

    @Test("each field is required; blank counts as missing", arguments: AssessmentField.allCases, [nil, " \t\r\n"])
    func required(field: AssessmentField, value: String?) {
        #expect(fieldProblems(F.check(F.record([field: value]))) == [FieldProblem(field, "is required")])
        #expect(field.isRequired)
    }

    @Test("the person must be known, a prisoner of war, and still held", arguments: F.notAPrisoner)
    func notAPrisoner(person: PersonState?, message: String) {
        #expect(fieldProblems(F.check(F.record, person: person)) == [FieldProblem(.personID, message)])
    }

    @Test("a person id that is not an identifier", arguments: [
        ("UA P 1", "'UA P 1' may hold only letters A–Z, digits and . _ : / -"),
        ("-P1", "'-P1' must start with a letter or digit"),
    ])
    func badPersonID(id: String, message: String) {
        #expect(fieldProblems(F.check(F.record([.personID: id]), person: nil)) == [FieldProblem(.personID, message)])
    }

    @Test("the date must exist, not be in the future and not be before the capture", arguments: [
        ("2025-06-06", "2025-06-06 is in the future (today is 2025-06-05)"),
        ("2030-01-01", "2030-01-01 is in the future (today is 2025-06-05)"),
        ("2022-02-23", "2022-02-23 is before the capture on 2022-02-24"),
        ("2025-02-30", "'2025-02-30' is not a date (YYYY-MM-DD)"),
        ("2025-6-5", "'2025-6-5' is not a date (YYYY-MM-DD)"),
        ("05.06.2025", "'05.06.2025' is not a date (YYYY-MM-DD)"),
        ("2025-06-01\u{7}", "'2025-06-01\\u{0007}' is not a date (YYYY-MM-DD)"),
    ])
    func badDate(on: String, message: String) {
        #expect(fieldProblems(F.check(F.record([.on: on]))) == [FieldProblem(.on, message)])
    }

    @Test("a category that is not one of Art. 110", arguments: ["Long-term", "long_term", "longterm", "direct", "110 §1.2", "eligible"])
    func badCategory(text: String) {
        #expect(fieldProblems(F.check(F.record([.category: text]))) == [FieldProblem(.category, "'\(text)' is not one of \(Self.categories)")])
    }

    @Test("severity is a whole number from 1 to 5", arguments: [1, 2, 3, 4, 5])
    func severity(value: Int) throws {
        #expect(try F.check(F.record([.severity: " \(value) "])).get().severity == value)
    }

    @Test("a severity outside 1–5 or not written as a plain number", arguments: ["0", "6", "4.5", "-1", "04", "+4", "٤", "four", "99999999999999999999"])
    func badSeverity(text: String) {
        #expect(fieldProblems(F.check(F.record([.severity: text])))
            == [FieldProblem(.severity, "'\(text)' is not a severity from 1 (light) to 5 (critical)")])
    }

    @Test("the members and the vote are read by the rules of Annex II, their problems placed on their fields")
    func membersAndVote() throws {
        let read = try F.check(F.record([.members: "Hartmann, MD (neutral); Dr B (neutral); Dr C (detaining)", .vote: " 3-0 "])).get()
        #expect(read.members.map(\.description) == ["Hartmann, MD (neutral)", "Dr B (neutral)", "Dr C (detaining)"])
        #expect(read.vote == CommissionVote(inFavour: 3, against: 0))
        #expect(fieldProblems(F.check(F.record([.members: "Dr A (neutral), Dr B (neutral), Dr C (neutral)", .vote: "0-3"]))) == [
            FieldProblem(.members, CommissionTests.composition(3, neutral: 3)),
            FieldProblem(.vote, "vote 0-3 is not a majority for the finding; the commission decides by majority (GC III Annex II)"),
        ])
    }

    @Test("findings may span lines and hold tabs; CRLF becomes LF, the ends are trimmed")
    func multilineFindings() throws {
        let read = try F.check(F.record([.findings: "\r\nOpen femur fracture\r\n\tosteomyelitis\r\n\r\n"])).get()
        #expect(read.findings == "Open femur fracture\n\tosteomyelitis")
        #expect(try F.check(F.record([.findings: String(repeating: "x", count: 4000)])).get().findings.count == 4000)
    }

    @Test("findings with a control character, a direction mark, or too long", arguments: [
        ("fracture\u{7}", ["contains the control character U+0007"]),
        ("fracture\rosteomyelitis", ["contains the control character U+000D"]),
        ("a\u{0}b", ["contains the control character U+0000"]),
        ("a\u{85}b", ["contains the control character U+0085"]),
        ("left \u{202E}right", ["contains the invisible direction mark U+202E"]),
        (String(repeating: "x", count: 4001), ["is longer than 4000 characters"]),
        (String(repeating: "ж", count: 4000) + "\u{1B}", ["is longer than 4000 characters", "contains the control character U+001B"]),
    ])
    func badFindings(text: String, messages: [String]) {
        #expect(fieldProblems(F.check(F.record([.findings: text]))) == messages.map { FieldProblem(.findings, $0) })
    }

    @Test("every problem of the record is reported at once: missing fields first, then each field in column order")
    func allProblemsAtOnce() {
        let record: [AssessmentField: String] = [
            .personID: "UA-P-404", .on: "2025-07-01", .category: "urgent", .severity: "0",
            .members: "Dr A (neutral), Dr B (neutral)", .vote: "1-2",
        ]
        #expect(fieldProblems(F.check(record, person: nil)) == [
            FieldProblem(.findings, "is required"),
            FieldProblem(.personID, "unknown person UA-P-404"),
            FieldProblem(.on, "2025-07-01 is in the future (today is 2025-06-05)"),
            FieldProblem(.category, "'urgent' is not one of \(Self.categories)"),
            FieldProblem(.severity, "'0' is not a severity from 1 (light) to 5 (critical)"),
            FieldProblem(.members, CommissionTests.composition(2, neutral: 2)),
            FieldProblem(.vote, "vote 1-2 is not a majority for the finding; the commission decides by majority (GC III Annex II)"),
        ])
        #expect(fieldProblems(F.check([:], person: nil)) == AssessmentField.allCases.map { FieldProblem($0, "is required") })
    }

    @Test("a prisoner no longer held, assessed before the capture, gets both problems")
    func personAndDate() {
        #expect(fieldProblems(F.check(F.record([.on: "2021-12-31"]), person: F.prisoner(.repatriated))) == [
            FieldProblem(.personID, "person UA-P-1 is repatriated (held by RU), no longer a prisoner"),
            FieldProblem(.on, "2021-12-31 is before the capture on 2022-02-24"),
        ])
    }

    @Test("a problem reads as its column name and message")
    func problemText() {
        let problems = RecordProblems(items: fieldProblems(F.check(F.record([.vote: "2:1"]))))
        #expect(problems.placed(in: FieldRow(fields: [:], location: SourceLocation(file: "sitting.csv", line: 4)))
            == [Problem("vote: '2:1' is not a vote; write votes for and against, e.g. 2-1", at: SourceLocation(file: "sitting.csv", line: 4))])
    }
}
