/// What a mixed medical commission finds for a wounded or sick prisoner: the categories of
/// GC III Art. 110 (docs/contract.md), each leading to one outcome.
public enum MedicalCategory: String, Sendable, Hashable, CaseIterable {
    case incurable
    case longTerm = "long-term"
    case permanent
    case neutralRecovery = "neutral-recovery"
    case neutralThreat = "neutral-threat"
    case notEligible = "not-eligible"

    public var outcome: MedicalOutcome {
        switch self {
        case .incurable, .longTerm, .permanent: .directRepatriation
        case .neutralRecovery, .neutralThreat: .neutralCountry
        case .notEligible: .notEligible
        }
    }

    /// The paragraph of the Convention the category comes from.
    public var article: String {
        switch self {
        case .incurable: "Art. 110 §1.1"
        case .longTerm: "Art. 110 §1.2"
        case .permanent: "Art. 110 §1.3"
        case .neutralRecovery: "Art. 110 §2.1"
        case .neutralThreat: "Art. 110 §2.2"
        case .notEligible: "Art. 110"
        }
    }

    /// The category in the words of the Convention, for `--explain` and `--help`.
    public var meaning: String {
        switch self {
        case .incurable: "incurably wounded or sick, fitness gravely diminished"
        case .longTerm: "not likely to recover within one year, fitness gravely diminished"
        case .permanent: "recovered, but fitness gravely and permanently diminished"
        case .neutralRecovery: "recovery expected within a year, care in a neutral country would help"
        case .neutralThreat: "health seriously threatened by continued captivity"
        case .notEligible: "none of the Art. 110 categories"
        }
    }
}

/// What a category entitles a prisoner to, in the order a priority list serves them (docs/contract.md).
public enum MedicalOutcome: Int, Sendable, Hashable, Comparable, CaseIterable {
    case directRepatriation = 1
    case neutralCountry = 2
    case notEligible = 3

    public var words: String {
        switch self {
        case .directRepatriation: "direct repatriation"
        case .neutralCountry: "accommodation in a neutral country"
        case .notEligible: "not eligible; stays on the general exchange lists"
        }
    }

    public static func < (lhs: MedicalOutcome, rhs: MedicalOutcome) -> Bool { lhs.rawValue < rhs.rawValue }
}
