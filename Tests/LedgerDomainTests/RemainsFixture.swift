import Testing
@testable import LedgerDomain

/// Parties UA, RU and ICRC, a recovery window of 20–22 June 2025 near Kupiansk, and remains at
/// each stage of identification. Today is 2025-06-30.
enum RemainsFixture {
    static let today = day("2025-06-30")
    static let parties: Set<String> = ["UA", "RU", "ICRC"]
    static let windowFacts = RecoveryWindow.Facts(knownParties: parties, idTaken: false, today: today)
    static let window = RecoveryWindow(id: "W-2025-06-KUPIANSK", sector: "Kupiansk, 12 km segment", from: day("2025-06-20"),
                                       to: day("2025-06-22"), agreedBy: ["UA", "RU"])
    static let rules = RemainsRules(knownParties: parties, today: today)

    /// A complete remains record as a file row has it.
    static let record: [RemainsField: String] = [
        .id: "R-000123", .heldBy: "RU", .of: "UA", .recoveredOn: "2025-06-21", .window: window.id, .tag: "T-55/12",
        .place: "forest belt north of Kupiansk", .note: "found with a\nfield dressing",
    ]
    static let remains = Remains(id: "R-000123", heldBy: "RU", of: "UA", recoveredOn: day("2025-06-21"), windowID: window.id, tag: "T-55/12",
                                 place: "forest belt north of Kupiansk", note: "found with a\nfield dressing")

    static func record(_ changes: [RemainsField: String?]) -> [RemainsField: String] {
        var fields = record
        for (field, value) in changes { fields[field] = value }
        return fields
    }

    static let unidentified = RemainsState(heldBy: "UA", of: "UA", recoveredOn: day("2025-06-21"))
    static let pending = RemainsState(heldBy: "UA", of: "UA", recoveredOn: day("2025-06-21"), status: .dnaPending, sampleID: "S-1",
                                      sampledOn: day("2025-06-25"))
    static let identified = RemainsState(heldBy: "UA", of: "UA", recoveredOn: day("2025-06-21"), status: .identified, sampleID: "S-1",
                                         sampledOn: day("2025-06-25"), personID: "UA-P-1", identifiedParty: "UA")
    static let missing = PersonState(heldBy: "RU", belongsTo: "UA", category: .pow, status: .missing)

    static func identification(_ request: IdentificationRequest, remains: RemainsState? = pending, person: PersonState? = missing,
                               personIdentifiedAs: String? = nil) throws(LedgerError) -> RemainsIdentification {
        try RemainsIdentification(request, facts: .init(remains: remains, person: person, personIdentifiedAs: personIdentifiedAs,
                                                        knownParties: parties, today: today))
    }

    static let byDNA = IdentificationRequest(remainsID: "R-1", identifiedAs: .person("UA-P-1"), method: .dna, on: day("2025-06-28"))
    static let otherParty = IdentificationRequest(remainsID: "R-1", identifiedAs: .party("RU"), on: day("2025-06-29"),
                                                  note: "documents of a Russian serviceman")

    /// One event of each new kind, with every optional part, and lean variants.
    static let events: [LedgerEvent] = [
        .windowAdded(window),
        .remainsAdded(remains),
        .remainsAdded(Remains(id: "R-2", heldBy: "UA", of: "RU", recoveredOn: day("2025-06-01"))),
        .remainsSampled(try! RemainsSample(remainsID: "R-1", sampleID: "S-88812", on: day("2025-06-25"),
                                           facts: .init(remains: unidentified, sampleOf: nil, today: today))),
        .remainsIdentified(try! identification(byDNA)),
        .remainsIdentified(try! identification(IdentificationRequest(
            remainsID: "R-1", identifiedAs: .person("UA-P-2"), method: .dental, on: day("2025-06-29"), note: "dental records",
            supersedeReason: "laboratory mix-up"), remains: identified)),
        .remainsIdentified(try! identification(otherParty)),
    ]
}
