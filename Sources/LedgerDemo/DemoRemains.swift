import LedgerDomain

/// The demo's remains, all fictional: a recovery window near Kupiansk on 20–22 June 2025,
/// bodies recovered by both sides during it and handed over by name, samples taken, identifications
/// made over the following months (one of them corrected), and one body found to belong to the
/// other side and handed back. The real June 2025 transfers stay count-only, as they were reported.
enum DemoRemains {
    static let window = "W-2025-06-KUPIANSK"
    static let agreement = "KUPIANSK-2025-06-19"

    static func record(into ledger: any LedgerStore, register: inout FictionalRegister) throws(LedgerError) {
        _ = try ledger.addWindow(id: window, sector: "Kupiansk, 12 km segment (fictional)", from: Day("2025-06-20")!, to: Day("2025-06-22")!,
                                 agreedBy: ["UA", "RU"])
        _ = try ledger.addAgreement(AgreementRequest(
            id: agreement, title: "Kupiansk window: the dead recovered handed to their side (fictional)", date: Day("2025-06-19")!,
            parties: ["UA", "RU"], each: [QuotaTerm(categories: [.remains], amount: .all)], terms: []))
        // Ukrainian servicemen missing near Kupiansk, some of whom the bodies turn out to be.
        let missing = register.persons(count: 6, firstNumber: 901, party: "UA", holder: "RU", category: .pow).map { person in
            person.merging([.status: PersonStatus.missing.rawValue, .notes: "Fictional person generated for the demo; missing near Kupiansk."]) { $1 }
        }
        _ = try ledger.importPersons(from: PersonRows(missing), progress: nil)

        // Russia recovers ten bodies presumed Ukrainian, Ukraine six presumed Russian.
        let recovered = (1...16).map { number -> [RemainsField: String] in
            let byRussia = number <= 10
            return [.id: id(number), .heldBy: byRussia ? "RU" : "UA", .of: byRussia ? "UA" : "RU",
                    .recoveredOn: "2025-06-2\(number % 3)", .window: window, .tag: "T-55/\(number)",
                    .place: "forest belt, square \(number % 4 + 1) (fictional)"]
        }
        _ = try ledger.importRemains(from: RecordRows(recovered))
        let handover: [(from: String, to: String, numbers: ClosedRange<Int>)] = [("RU", "UA", 1...10), ("UA", "RU", 11...16)]
        for (from, to, numbers) in handover {
            _ = try ledger.addBatch(BatchRequest(agreementID: agreement, from: from, to: to, on: Day("2025-06-23")!, stage: 1,
                                                 note: "fictional: the bodies recovered in \(window)",
                                                 manifest: numbers.map { ManifestEntry(remainsID: id($0)) }))
        }

        for number in 1...8 {
            _ = try ledger.sampleRemains(id: id(number), sampleID: "S-DEMO-\(88800 + number)", on: Day("2025-06-25")!)
        }
        for number in 1...5 {
            _ = try ledger.identifyRemains(IdentificationRequest(
                remainsID: id(number), identifiedAs: .person(FictionalRegister.id(party: "UA", number: 900 + number)), method: .dna,
                on: Day("2025-09-15")!, note: "fictional: DNA match with a relative's sample"))
        }
        // A correction: the laboratory swapped two samples; the fifth body is another missing man.
        _ = try ledger.identifyRemains(IdentificationRequest(
            remainsID: id(5), identifiedAs: .person(FictionalRegister.id(party: "UA", number: 906)), method: .dna, on: Day("2025-10-01")!,
            note: "fictional: second DNA test", supersedeReason: "the laboratory swapped two samples (fictional)"))
        // The sixth body was not Ukrainian: found so, then handed back.
        _ = try ledger.identifyRemains(IdentificationRequest(
            remainsID: id(6), identifiedAs: .party("RU"), on: Day("2025-09-20")!,
            note: "fictional: documents and DNA profile show a Russian serviceman"))
        _ = try ledger.addBatch(BatchRequest(agreementID: agreement, from: "UA", to: "RU", on: Day("2025-10-02")!, stage: 2,
                                             note: "fictional: a body found to belong to the other side, handed back",
                                             manifest: [ManifestEntry(remainsID: id(6))]))
    }

    /// `DEMO-R-0007`: the id of the body numbered `number`.
    static func id(_ number: Int) -> String { FictionalRegister.id(party: "R", number: number) }
}
