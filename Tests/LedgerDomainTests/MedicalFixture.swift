import Testing
@testable import LedgerDomain

/// A medical commission sitting on 2025-06-05 (today) in a ledger where RU holds the Ukrainian
/// prisoner UA-P-1, captured on 2022-02-24. Builders for the records, facts and events of the medical commission.
enum MedicalFixture {
    static let today = day("2025-06-05")
    static let captured = day("2022-02-24")
    static let membersText = "Dr A (neutral), Dr B (neutral), Dr C (detaining)"
    static let members = [
        CommissionMember(name: "Dr A", role: .neutral), CommissionMember(name: "Dr B", role: .neutral),
        CommissionMember(name: "Dr C", role: .detaining),
    ]

    /// A prisoner of war held by RU.
    static func prisoner(_ status: PersonStatus = .held, category: PersonCategory = .pow, captured: Day? = captured) -> PersonState {
        PersonState(heldBy: "RU", belongsTo: "UA", category: category, status: status, capturedOn: captured)
    }

    /// Where UA-P-1 may stand that keeps them from a commission and from deciding on repatriation,
    /// with the problem in words.
    static let notAPrisoner: [(PersonState?, String)] = [
        (nil, "unknown person UA-P-1"),
        (prisoner(category: .civilian), "person UA-P-1 is a civilian, not a prisoner of war (GC III Art. 109–110)"),
        (prisoner(category: .child), "person UA-P-1 is a child, not a prisoner of war (GC III Art. 109–110)"),
    ] + [PersonStatus.released, .repatriated, .deceased, .missing].map {
        (prisoner($0), "person UA-P-1 is \($0.rawValue) (held by RU), no longer a prisoner")
    }

    // MARK: Assessments

    /// A complete, valid assessment record, as a row of `assess import` gives it.
    static let record: [AssessmentField: String] = [
        .personID: "UA-P-1", .on: "2025-06-01", .category: "long-term", .severity: "4",
        .members: membersText, .vote: "2-1", .findings: "Open femur fracture, osteomyelitis",
    ]

    /// The record with some fields replaced (nil: left out).
    static func record(_ changes: [AssessmentField: String?]) -> [AssessmentField: String] {
        var fields = record
        for (field, value) in changes { fields[field] = value }
        return fields
    }

    static func check(_ fields: [AssessmentField: String], person: PersonState? = prisoner()) -> Result<Assessment, RecordProblems<AssessmentField>> {
        AssessmentRules(today: today).check(fields, person: person)
    }

    /// The assessment the complete record makes.
    static let assessment = Assessment(
        personID: "UA-P-1", on: day("2025-06-01"), category: .longTerm, severity: 4, members: members,
        vote: CommissionVote(inFavour: 2, against: 1), findings: "Open femur fracture, osteomyelitis")

    // MARK: Priority

    static func candidate(
        _ id: String, _ category: MedicalCategory = .longTerm, severity: Int = 3, captured: String? = nil, born: String? = nil,
        eligibleSince: String? = nil
    ) -> PriorityCandidate {
        PriorityCandidate(
            personID: id, familyName: "Family of \(id)", givenName: "Given", assessedOn: day("2025-06-01"), category: category,
            severity: severity, capturedOn: captured.map { day($0) }, birthDate: born.flatMap { PartialDate($0) },
            eligibleSince: eligibleSince.map { day($0) })
    }

    static func list(_ ordered: [PriorityCandidate], query: PriorityQuery = PriorityQuery(heldBy: "RU")) -> PriorityList {
        PriorityList(query: query, today: today, ordered: ordered, ranked: ordered.count, refused: 0, neverAssessed: 0, overdue: 0)
    }

    /// The day `days` before today.
    static func daysAgo(_ days: Int) -> Day { Day(daysSinceEpoch: today.daysSinceEpoch - days) }

    // MARK: Lists

    static let handedOver = NamedList(
        id: "CHILDREN-2025-06-02", origin: .handedOver, from: "UA", to: "RU", on: day("2025-06-02"), criteria: nil,
        entries: [
            ListEntry(key: "1", personID: "UA-K-4", familyName: "Ким", givenName: "Олена", patronymic: "Іванівна",
                      birthDate: "2012-03", notes: "taken from Kherson\nseen in Anapa"),
            ListEntry(key: "2", familyName: "Шевченко"),
        ])

    static func resolutionFacts(listDate: Day? = day("2025-06-02"), entryKey: String? = "1", current: EntryOutcome? = nil) -> ListResolution.Facts {
        ListResolution.Facts(listDate: listDate, entryKey: entryKey, current: current, today: today)
    }

    static func resolve(
        entry: String = "1", _ outcome: EntryOutcome = .returned, note: String = "returned to her mother on 4 June", on: Day? = nil,
        facts: ListResolution.Facts = resolutionFacts()
    ) throws(LedgerError) -> ListResolution {
        try ListResolution(listID: handedOver.id, entry: entry, outcome: outcome, note: note, on: on, facts: facts)
    }

    // MARK: Consent

    static func consent(
        refuses: Bool = true, on: Day? = day("2025-06-01"), witness: String = "ICRC delegate M. Keller",
        person: PersonState? = prisoner(), inForce: (on: Day, refuses: Bool)? = nil, id: String = "UA-P-1"
    ) throws(LedgerError) -> RepatriationConsent {
        try RepatriationConsent(personID: id, on: on, refuses: refuses, witness: witness,
                                facts: .init(person: person, inForce: inForce, today: today))
    }

    // MARK: Events

    static let events: [LedgerEvent] = [
        .assessmentAdded(assessment),
        .consentRecorded(try! consent()),
        .consentRecorded(try! consent(refuses: false, on: today, inForce: (day("2025-06-01"), true))),
        .listAdded(handedOver),
        .listAdded(try! NamedList(saving: list([candidate("UA-P-1", born: "1990"), candidate("UA-P-2")]), id: "MEDICAL-2025-06", on: nil)),
        .listEntryResolved(try! resolve()),
    ]
}
