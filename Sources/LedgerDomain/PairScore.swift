/// A record made ready for comparing: each name as the keys of its forms (the name as written,
/// transliterated when Cyrillic, and its given Latin form), without repeats or empty keys.
struct PreparedRecord: Sendable {
    let family: [NameKey]
    let given: [NameKey]
    let patronymic: [NameKey]
    let birthDate: PartialDate?
    /// The first and last day the birth date can stand for, as days since 1970-01-01.
    let birthDays: ClosedRange<Int>?

    init(_ record: MatchRecord) {
        func keys(_ texts: String?...) -> [NameKey] {
            var keys: [NameKey] = []
            for text in texts.compactMap({ $0 }) {
                let key = NameKey(text, system: record.system)
                if !key.isEmpty && !keys.contains(key) { keys.append(key) }
            }
            return keys
        }
        family = keys(record.familyName, record.familyNameLatin)
        given = keys(record.givenName, record.givenNameLatin)
        patronymic = keys(record.patronymic, record.patronymicLatin)
        birthDate = record.birthDate
        birthDays = record.birthDate.map { $0.earliest.daysSinceEpoch...$0.latest.daysSinceEpoch }
    }
}

/// How two birth dates relate.
enum DateEvidence: Sendable, Equatable {
    /// Both known, written the same (`1990-04-12` and `1990-04-12`, or `1990` and `1990`).
    case same
    /// Both known, one less precise and containing the other (`1990` and `1990-04-12`).
    case compatible
    /// At least one unknown.
    case missing
    /// Both known, no day in common.
    case conflict

    init(_ a: PreparedRecord, _ b: PreparedRecord) {
        guard let aDays = a.birthDays, let bDays = b.birthDays else { self = .missing; return }
        if a.birthDate == b.birthDate { self = .same }
        else if aDays.overlaps(bDays) { self = .compatible }
        else { self = .conflict }
    }

    /// What the date does to the name score: nothing when the same, a little when only compatible,
    /// more when unknown (names alone are weak evidence), and a strong negative when in conflict.
    var adjustment: Double {
        switch self {
        case .same: 0
        case .compatible: -0.02
        case .missing: -0.12
        case .conflict: -0.30
        }
    }
}

/// The score of one of ours against one of theirs, with the evidence behind it.
struct PairScore: Sendable {
    /// The name score, 0…1: the names' `similarity` weighted family 0.5, given 0.35, patronymic
    /// 0.15; when either record lacks the patronymic, family and given share its weight; when
    /// either lacks the given name, 0.9 of the family name's similarity.
    let name: Double
    /// Whether family and given names matched crosswise.
    let swapped: Bool
    let date: DateEvidence
    /// The similarities of the names compared, in the chosen order; nil for a name either lacks.
    private let family: Double
    private let given: Double?
    private let patronymic: Double?

    /// Name score plus the date's adjustment, within 0…1.
    var total: Double { min(1, max(0, name + date.adjustment)) }

    var isExactName: Bool { name >= 1 - 1e-9 }

    init(_ a: PreparedRecord, _ b: PreparedRecord) {
        date = DateEvidence(a, b)
        patronymic = Self.similarity(a.patronymic, b.patronymic)
        let straight = Self.nameScore(family: Self.similarity(a.family, b.family), given: Self.similarity(a.given, b.given), patronymic: patronymic)
        let crosswise = Self.nameScore(family: Self.similarity(a.family, b.given), given: Self.similarity(a.given, b.family), patronymic: patronymic)
        swapped = crosswise.score > straight.score
        let chosen = swapped ? crosswise : straight
        (name, family, given) = chosen
    }

    /// The fields both records have and that disagree: a name less similar than `reviewThreshold`,
    /// birth dates in conflict.
    func conflicts(reviewThreshold: Double) -> [MatchField] {
        var conflicts: [MatchField] = []
        if family < reviewThreshold { conflicts.append(.familyName) }
        if let given, given < reviewThreshold { conflicts.append(.givenName) }
        if let patronymic, patronymic < reviewThreshold { conflicts.append(.patronymic) }
        if date == .conflict { conflicts.append(.birthDate) }
        return conflicts
    }

    /// How the score was reached, in words a person can check against the two records.
    var rule: String {
        if isExactName && date == .same && !swapped { return "name+dob exact after transliteration" }
        var text = isExactName ? "name exact" : "fuzzy name \(Self.twoDecimals(name))"
        if swapped { text += " (family and given swapped)" }
        switch date {
        case .same: text += " + dob"
        case .compatible: text += " + dob compatible"
        case .missing: text += " + no dob"
        case .conflict: text += " + conflicting dob"
        }
        return text
    }

    /// The best similarity between the folded keys of any form of one name and any of the other;
    /// nil when either record lacks the name. The similarity is Jaro–Winkler's when the two are at
    /// most one typing mistake apart (`TypingDistance.atMostOne`), its square when further: a typo stays
    /// close to 1 (Shevchneko: 0.98), a name that merely resembles another moves away (Shevchuk:
    /// 0.92 → 0.84), which Jaro–Winkler's generous prefix bonus alone would not do.
    static func similarity(_ a: [NameKey], _ b: [NameKey]) -> Double? {
        guard !a.isEmpty, !b.isEmpty else { return nil }
        var best = 0.0
        for x in a {
            for y in b {
                let similarity = JaroWinkler.similarity(x.folded, y.folded)
                guard similarity > best else { continue }
                best = max(best, TypingDistance.atMostOne(x.folded, y.folded) ? similarity : similarity * similarity)
            }
        }
        return best
    }

    private static func nameScore(family: Double?, given: Double?, patronymic: Double?) -> (score: Double, family: Double, given: Double?) {
        let family = family ?? 0
        guard let given else { return (family * 0.9, family, nil) }
        guard let patronymic else { return ((0.5 * family + 0.35 * given) / 0.85, family, given) }
        return (0.5 * family + 0.35 * given + 0.15 * patronymic, family, given)
    }

    /// `0.93`: a score as the rule prints it, rounded down so that it never shows more than it is.
    static func twoDecimals(_ value: Double) -> String {
        let hundredths = Int((value * 100 + 1e-9).rounded(.down))
        return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
    }
}
