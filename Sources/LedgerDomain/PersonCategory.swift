/// Who a person is, for quotas and lists (docs/contract.md).
public enum PersonCategory: String, Sendable, Hashable, CaseIterable {
    case pow
    case civilian
    case child

    /// The transfer category a person of this category is counted under in a batch.
    public var transferCategory: TransferCategory {
        switch self {
        case .pow: .pow
        case .civilian: .civilian
        case .child: .child
        }
    }
}
