/// Where a person of the register stands (docs/contract.md).
public enum PersonStatus: String, Sendable, Hashable, CaseIterable {
    case held
    case listed
    case released
    case repatriated
    case deceased
    case missing

    /// Whether a batch may carry a person in this status. A repatriated person is home; the dead
    /// are transferred as remains, not as people. A released person may move on, e.g. from
    /// accommodation in a neutral country (GC III Art. 110 §2) to home. A person is never carried
    /// twice by one party, because a batch must come from the party that holds them.
    public var canBeTransferred: Bool {
        switch self {
        case .held, .listed, .missing, .released: true
        case .repatriated, .deceased: false
        }
    }

    /// The status a transferred person takes: home if they arrive at their own party, else released.
    public static func afterTransfer(to receiver: String, belongsTo: String) -> PersonStatus {
        receiver == belongsTo ? .repatriated : .released
    }
}
