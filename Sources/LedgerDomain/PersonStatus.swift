/// Where a person of the register stands (SPEC §5).
public enum PersonStatus: String, Sendable, Hashable, CaseIterable {
    case held
    case listed
    case released
    case repatriated
    case deceased
    case missing

    /// Whether a batch may carry a person in this status. Released and repatriated people have
    /// already been transferred; the dead are transferred as remains, not as people.
    public var canBeTransferred: Bool {
        switch self {
        case .held, .listed, .missing: true
        case .released, .repatriated, .deceased: false
        }
    }

    /// The status a transferred person takes: home if they arrive at their own party, else released.
    public static func afterTransfer(to receiver: String, belongsTo: String) -> PersonStatus {
        receiver == belongsTo ? .repatriated : .released
    }
}
