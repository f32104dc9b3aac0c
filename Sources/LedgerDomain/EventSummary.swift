extension LedgerEvent {
    /// The event in a few words, as a receipt checked by the other side states it: ids, counts,
    /// dates and parties, never a name or a medical finding.
    public var summary: String {
        switch self {
        case .partyAdded(let party): "party \(party.code) added"
        case .agreementAdded(let agreement): "agreement \(agreement.id) of \(agreement.date) between \(agreement.parties.joined(separator: " and "))"
        case .personAdded(let person): "person \(person.id) registered"
        case .batchAdded(let batch):
            "batch \(batch.id): \(batch.total.grouped) from \(batch.from) to \(batch.to) on \(batch.on)"
                + (batch.stage.map { ", stage \($0)" } ?? "")
                + (batch.manifest.isEmpty && batch.remains.isEmpty ? "" : ", \((batch.manifest.count + batch.remains.count).grouped) by name")
        case .batchVoided(let void): "batch \(void.batchID) voided"
        case .assessmentAdded(let assessment): "medical finding on \(assessment.personID) of \(assessment.on)"
        case .consentRecorded(let consent): "\(consent.refuses ? "refusal" : "consent") to repatriation of \(consent.personID) on \(consent.on)"
        case .listAdded(let list): "list \(list.id) of \(list.entries.count.grouped) entries, to \(list.to) on \(list.on)"
        case .listEntryResolved(let resolution): "entry \(resolution.entry) of list \(resolution.listID) \(resolution.outcome.words) on \(resolution.on)"
        case .windowAdded(let window): "recovery window \(window.id), \(window.dates)"
        case .remainsAdded(let remains): "remains \(remains.id) recovered on \(remains.recoveredOn), held by \(remains.heldBy)"
        case .remainsSampled(let sample): "remains \(sample.remainsID) sampled on \(sample.on)"
        case .remainsIdentified(let identification): "remains \(identification.remainsID) identified on \(identification.on)"
        case .originRecorded(let origin): "origin \(origin.origin) recorded"
        case .keyAdded(let key): "\(key.role.rawValue) key \(key.name)+\(key.keyID) recorded"
        }
    }
}
