/// One change to the ledger: what a journal entry records. Projections are built from these
/// events and from nothing else, which is what lets `verify` rebuild them and compare.
public enum LedgerEvent: Sendable, Hashable {
    case partyAdded(Party)
    case agreementAdded(Agreement)
    case personAdded(Person)
    case batchAdded(Batch)
    case batchVoided(BatchVoid)
    case assessmentAdded(Assessment)
    case consentRecorded(RepatriationConsent)
    case listAdded(NamedList)
    case listEntryResolved(ListResolution)
    case windowAdded(RecoveryWindow)
    case remainsAdded(Remains)
    case remainsSampled(RemainsSample)
    case remainsIdentified(RemainsIdentification)
    case originRecorded(LogOrigin)
    case keyAdded(LogKey)

    /// Every kind of entry this version writes and replays.
    public static let kinds = [
        "party.add", "agreement.add", "person.add", "batch.add", "batch.void",
        "assessment.add", "consent.record", "list.add", "list.resolve",
        "window.add", "remains.add", "remains.sample", "remains.identify", "log.origin", "key.add",
    ]

    /// The journal `kind` of the entry.
    public var kind: String {
        switch self {
        case .partyAdded: "party.add"
        case .agreementAdded: "agreement.add"
        case .personAdded: "person.add"
        case .batchAdded: "batch.add"
        case .batchVoided: "batch.void"
        case .assessmentAdded: "assessment.add"
        case .consentRecorded: "consent.record"
        case .listAdded: "list.add"
        case .listEntryResolved: "list.resolve"
        case .windowAdded: "window.add"
        case .remainsAdded: "remains.add"
        case .remainsSampled: "remains.sample"
        case .remainsIdentified: "remains.identify"
        case .originRecorded: "log.origin"
        case .keyAdded: "key.add"
        }
    }

    public var payload: JSONValue {
        switch self {
        case .partyAdded(let party): party.payload
        case .agreementAdded(let agreement): agreement.payload
        case .personAdded(let person): person.payload
        case .batchAdded(let batch): batch.payload
        case .batchVoided(let void): void.payload
        case .assessmentAdded(let assessment): assessment.payload
        case .consentRecorded(let consent): consent.payload
        case .listAdded(let list): list.payload
        case .listEntryResolved(let resolution): resolution.payload
        case .windowAdded(let window): window.payload
        case .remainsAdded(let remains): remains.payload
        case .remainsSampled(let sample): sample.payload
        case .remainsIdentified(let identification): identification.payload
        case .originRecorded(let origin): origin.payload
        case .keyAdded(let key): key.payload
        }
    }

    /// The rows the event writes to the projections, decided here and written by the store as they
    /// are, when recording and when replaying. A finding's also changes the person's standing,
    /// which `MedicalStanding` works out from the facts the store reads. Empty for the kinds whose
    /// effects the store still works out itself from the rows they change (persons, batches, voids,
    /// samples, identifications).
    public var projectedRows: [ProjectedRow] {
        switch self {
        case .partyAdded(let party): party.projectedRows
        case .agreementAdded(let agreement): agreement.projectedRows
        case .listAdded(let list): list.projectedRows
        case .listEntryResolved(let resolution): resolution.projectedRows
        case .windowAdded(let window): window.projectedRows
        case .remainsAdded(let remains): remains.projectedRows
        case .originRecorded(let origin): origin.projectedRows
        case .keyAdded(let key): key.projectedRows
        case .assessmentAdded(let assessment): assessment.projectedRows
        case .consentRecorded(let consent): consent.projectedRows
        case .personAdded, .batchAdded, .batchVoided, .remainsSampled, .remainsIdentified: []
        }
    }

    /// The canonical text of `payload`, what the journal stores.
    public var canonicalPayload: String {
        String(decoding: canonicalPayloadBytes, as: UTF8.self)
    }

    /// Whether `text` is the canonical payload byte for byte, as `verify` requires of every entry.
    /// Stricter than `==`, by which Swift calls two strings equal when they differ only in Unicode
    /// normalisation; and cheaper, with no String made of the canonical bytes.
    public func isCanonicalPayload(_ text: String) -> Bool {
        let canonical = canonicalPayloadBytes
        guard text.utf8.count == canonical.count else { return false }
        return text.utf8.withContiguousStorageIfAvailable { stored in
            canonical.withUnsafeBufferPointer { Self.sameBytes(UnsafeRawBufferPointer(stored), UnsafeRawBufferPointer($0)) }
        } ?? text.utf8.elementsEqual(canonical)
    }

    /// Eight bytes at a time: compared a byte at a time, as `elementsEqual` does, the payloads of
    /// a replay cost more than the Strings this comparison spares.
    private static func sameBytes(_ a: UnsafeRawBufferPointer, _ b: UnsafeRawBufferPointer) -> Bool {
        precondition(a.count == b.count, "buffers of different lengths")
        var offset = 0
        while offset + 8 <= a.count {
            guard a.loadUnaligned(fromByteOffset: offset, as: UInt64.self) == b.loadUnaligned(fromByteOffset: offset, as: UInt64.self) else {
                return false
            }
            offset += 8
        }
        return a[offset...].elementsEqual(b[offset...])
    }

    /// A person, by far the most frequent entry, writes its bytes directly
    /// (`Person.canonicalPayloadBytes`).
    private var canonicalPayloadBytes: [UInt8] {
        if case .personAdded(let person) = self { return person.canonicalPayloadBytes }
        return payload.canonicalBytes
    }

    /// Reads an event back from a journal entry's kind and canonical payload text.
    public init(kind: String, payload text: String) throws(PayloadError) {
        if kind == "person.add", let fields = Person.payloadFields(text) {
            self = .personAdded(try Person(payloadFields: fields))
            return
        }
        let payload: JSONValue
        do { payload = try JSONParser.parse(text) } catch { throw PayloadError(error.description) }
        switch kind {
        case "party.add": self = .partyAdded(try Party(payload: payload))
        case "agreement.add": self = .agreementAdded(try Agreement(payload: payload))
        case "person.add": self = .personAdded(try Person(payload: payload))
        case "batch.add": self = .batchAdded(try Batch(payload: payload))
        case "batch.void": self = .batchVoided(try BatchVoid(payload: payload))
        case "assessment.add": self = .assessmentAdded(try Assessment(payload: payload))
        case "consent.record": self = .consentRecorded(try RepatriationConsent(payload: payload))
        case "list.add": self = .listAdded(try NamedList(payload: payload))
        case "list.resolve": self = .listEntryResolved(try ListResolution(payload: payload))
        case "window.add": self = .windowAdded(try RecoveryWindow(payload: payload))
        case "remains.add": self = .remainsAdded(try Remains(payload: payload))
        case "remains.sample": self = .remainsSampled(try RemainsSample(payload: payload))
        case "remains.identify": self = .remainsIdentified(try RemainsIdentification(payload: payload))
        case "log.origin": self = .originRecorded(try LogOrigin(payload: payload))
        case "key.add": self = .keyAdded(try LogKey(payload: payload))
        default: throw PayloadError("unknown kind \(kind)")
        }
    }
}
