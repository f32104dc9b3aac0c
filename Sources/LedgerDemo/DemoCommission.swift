import LedgerDomain

/// The demo's medical commission and named lists, all fictional but shaped like June
/// 2025: a sitting on 5 June that assesses Ukrainian prisoners held by Russia, a few findings
/// revised on 20 June, one prisoner refusing repatriation, the priority list saved and half of it
/// released, and the list of 339 children handed over on 2 June, partly resolved.
enum DemoCommission {
    static let allForAll = "IST-2025-06-02"
    static let medicalList = "MEDICAL-1"
    static let childrenList = "CHILDREN-2025-06-02"
    static let members = "Dr Anna Keller (neutral), Dr Lars Lindqvist (neutral), Dr Fictional Sample (detaining)"

    private static let findings = [
        "Open femur fracture, osteomyelitis", "Amputation below the left knee, stump infection",
        "Active pulmonary tuberculosis", "Traumatic brain injury with seizures", "Type 1 diabetes without regular insulin",
        "Shrapnel wounds of the chest, healed", "Chronic hepatitis C", "Loss of sight in both eyes",
        "Severe post-traumatic stress disorder", "Healed fracture of the forearm",
    ]

    static func record(into ledger: any LedgerStore, register: inout FictionalRegister) throws(LedgerError) {
        var random = SplitMix64(seed: 2025_06_05)
        _ = try ledger.addAgreement(AgreementRequest(
            id: allForAll, title: "Istanbul: all for all — the severely wounded and sick, and prisoners aged 18–25",
            date: Day("2025-06-02")!, parties: ["UA", "RU"], each: [QuotaTerm(categories: [.pow], amount: .all)], terms: []))

        // The sitting of 5 June: the first 60 Ukrainian prisoners of the register, all held by Russia.
        var sitting: [[AssessmentField: String]] = []
        for number in 1...60 {
            let category = register.pick([.incurable, .longTerm, .longTerm, .permanent, .neutralRecovery, .neutralThreat,
                                          .notEligible, .notEligible] as [MedicalCategory])
            var finding: [AssessmentField: String] = [
                .personID: FictionalRegister.id(party: "UA", number: number), .on: "2025-06-05", .category: category.rawValue,
                .severity: String(Int.random(in: 1...5, using: &random)), .members: members,
                .vote: Int.random(in: 0..<4, using: &random) == 0 ? "2-1" : "3-0", .findings: register.pick(findings),
            ]
            sitting.append(finding)
            // Revised on 20 June for every sixth: a worsening, as wounds untreated in captivity do.
            if number % 6 == 0 {
                finding[.on] = "2025-06-20"
                finding[.severity] = "5"
                finding[.category] = MedicalCategory.longTerm.rawValue
                finding[.findings] = (finding[.findings] ?? "") + "; worse on review"
                sitting.append(finding)
            }
        }
        _ = try ledger.importAssessments(from: RecordRows(sitting))
        _ = try ledger.recordConsent(personID: FictionalRegister.id(party: "UA", number: 7), on: Day("2025-06-06")!, refuses: true,
                                     witness: "ICRC delegate (fictional)")

        // The commission's list, handed over on 20 June after the review, and half of it released
        // a week later: a batch settles only the lists dated on or before its day.
        let (list, _) = try ledger.priority(PriorityQuery(heldBy: "RU", limit: 24), saveAs: medicalList, on: Day("2025-06-20")!)
        _ = try ledger.addBatch(BatchRequest(
            agreementID: allForAll, from: "RU", to: "UA", on: Day("2025-06-27")!,
            note: "fictional: the first 12 of \(medicalList), to show a list resolving",
            manifest: list.rows.prefix(12).map { ManifestEntry(personID: $0.candidate.personID) }))

        try recordChildrenList(into: ledger, register: &register)
    }

    /// 339 entries, the first 40 naming children of the register; the rest only names and dates,
    /// as such a list arrives. Some are settled by hand, the way the answers of June 2025 came.
    private static func recordChildrenList(into ledger: any LedgerStore, register: inout FictionalRegister) throws(LedgerError) {
        let children = register.persons(count: 40, firstNumber: 461, party: "UA", holder: "RU", category: .child)
        _ = try ledger.importPersons(from: PersonRows(children), progress: nil)
        let named = children.map { ListEntryField.fieldsNaming($0) }
        let unnamed = register.persons(count: 299, firstNumber: 501, party: "UA", holder: "RU", category: .child).map { child in
            var fields = ListEntryField.fieldsNaming(child)
            fields[.personID] = nil
            return fields
        }
        let rows = (named + unnamed).enumerated().map { index, fields in fields.merging([.entry: String(index + 1)]) { $1 } }
        _ = try ledger.importList(ListImportRequest(id: childrenList, from: "UA", to: "RU", on: Day("2025-06-02")!),
                                  from: RecordRows(rows))
        let answers: [(ClosedRange<Int>, EntryOutcome, String, String)] = [
            (1...6, .returned, "2025-06-20", "returned to the family through a third country (fictional)"),
            (41...60, .adult, "2025-06-23", "the receiving side says the person has come of age (fictional)"),
            (61...75, .notFound, "2025-06-23", "the receiving side says there is no record of the child (fictional)"),
            (76...85, .disputed, "2025-06-30", "the receiving side's answer contradicts the family's account (fictional)"),
        ]
        for (entries, outcome, on, note) in answers {
            for entry in entries {
                _ = try ledger.resolveListEntry(listID: childrenList, entry: String(entry), outcome: outcome, note: note, on: Day(on)!)
            }
        }
    }
}

extension ListEntryField {
    /// The fields of a list entry naming a person of the register.
    static func fieldsNaming(_ person: [PersonField: String]) -> [ListEntryField: String] {
        [.personID: person[.id], .familyName: person[.familyName], .givenName: person[.givenName], .birthDate: person[.birthDate]]
            .compactMapValues { $0 }
    }
}
