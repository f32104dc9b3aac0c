/// A record made ready for comparing: the numbers of its names in a `NameTable` (nil for a name it
/// lacks, or one without a letter to compare) and its birth date as a span of days.
struct PreparedRecord: Sendable {
    let family: Int32?
    let given: Int32?
    let patronymic: Int32?
    let birthDate: PartialDate?
    /// The first and last day the birth date can stand for, as days since 1970-01-01.
    let birthDays: ClosedRange<Int>?

    init(_ record: MatchRecord, names: inout NameTable) {
        family = names.number(record.familyName, latin: record.familyNameLatin, system: record.system)
        given = names.number(record.givenName, latin: record.givenNameLatin, system: record.system)
        patronymic = names.number(record.patronymic, latin: record.patronymicLatin, system: record.system)
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

/// The similarities (`PairScore.similarity`) of one record's names to another's, straight and
/// crosswise; nil where either record lacks the name.
struct NameSimilarities {
    var family: Double?
    var given: Double?
    /// The first record's family name against the second's given name.
    var familyToGiven: Double?
    /// The first record's given name against the second's family name.
    var givenToFamily: Double?
    var patronymic: Double?
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

    /// The score of `a` against `b`, both prepared with `names`.
    init(_ a: PreparedRecord, _ b: PreparedRecord, names: NameTable) {
        func similarity(_ x: Int32?, _ y: Int32?) -> Double? {
            guard let x, let y else { return nil }
            return Self.similarity(names.forms[Int(x)], names.forms[Int(y)])
        }
        self.init(date: DateEvidence(a, b), names: NameSimilarities(
            family: similarity(a.family, b.family), given: similarity(a.given, b.given), familyToGiven: similarity(a.family, b.given),
            givenToFamily: similarity(a.given, b.family), patronymic: similarity(a.patronymic, b.patronymic)))
    }

    /// The score from the similarities of the two records' names and how their dates relate.
    init(date: DateEvidence, names: NameSimilarities) {
        self.date = date
        patronymic = names.patronymic
        let straight = Self.nameScore(family: names.family, given: names.given, patronymic: patronymic)
        let crosswise = Self.nameScore(family: names.familyToGiven, given: names.givenToFamily, patronymic: patronymic)
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
