/// One change to the ledger: what a journal entry records. Projections are built from these
/// events and from nothing else, which is what lets `verify` rebuild them and compare.
public enum LedgerEvent: Sendable, Hashable {
    case partyAdded(Party)
    case agreementAdded(Agreement)
    case personAdded(Person)
    case batchAdded(Batch)
    case batchVoided(BatchVoid)

    /// Every kind of entry this version writes and replays.
    public static let kinds = ["party.add", "agreement.add", "person.add", "batch.add", "batch.void"]

    /// The journal `kind` of the entry.
    public var kind: String {
        switch self {
        case .partyAdded: "party.add"
        case .agreementAdded: "agreement.add"
        case .personAdded: "person.add"
        case .batchAdded: "batch.add"
        case .batchVoided: "batch.void"
        }
    }

    public var payload: JSONValue {
        switch self {
        case .partyAdded(let party): party.payload
        case .agreementAdded(let agreement): agreement.payload
        case .personAdded(let person): person.payload
        case .batchAdded(let batch): batch.payload
        case .batchVoided(let void): void.payload
        }
    }

    /// Reads an event back from a journal entry's kind and canonical payload text.
    public init(kind: String, payload text: String) throws(PayloadError) {
        let payload: JSONValue
        do { payload = try JSONParser.parse(text) } catch { throw PayloadError(error.description) }
        switch kind {
        case "party.add": self = .partyAdded(try Party(payload: payload))
        case "agreement.add": self = .agreementAdded(try Agreement(payload: payload))
        case "person.add": self = .personAdded(try Person(payload: payload))
        case "batch.add": self = .batchAdded(try Batch(payload: payload))
        case "batch.void": self = .batchVoided(try BatchVoid(payload: payload))
        default: throw PayloadError("unknown kind \(kind)")
        }
    }
}
