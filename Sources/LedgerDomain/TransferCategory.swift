/// What a batch carries and a quota counts: living people by category, or the remains of the dead.
/// The order of `allCases` is the order in which categories are printed and stored.
public enum TransferCategory: String, Sendable, Hashable, CaseIterable, Comparable {
    case pow
    case civilian
    case child
    case remains

    public static func < (lhs: TransferCategory, rhs: TransferCategory) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
