/// One person of a list to be matched: ours (the register) or theirs (the counterparty's list).
public struct MatchRecord: Sendable, Hashable {
    /// The record's id in its own list: our person id, or their id.
    public var id: String
    /// The id the other list uses for the same person, when this list gives it (their list's
    /// column with our id; the counterparty's id we recorded for one of ours).
    public var otherSideID: String?
    /// Names as written, in any script; `familyName` may hold the given name and the other way
    /// round, the matcher tries both orders.
    public var familyName: String
    public var givenName: String?
    public var patronymic: String?
    /// The same names in Latin letters, when the list has them (passport spellings).
    public var familyNameLatin: String?
    public var givenNameLatin: String?
    public var patronymicLatin: String?
    public var birthDate: PartialDate?
    /// How Cyrillic names of this person are written in Latin letters, e.g. by the party the
    /// person belongs to: Ukrainian 2010 for UA, ICAO Doc 9303 for RU.
    public var system: TransliterationSystem

    public init(id: String, otherSideID: String? = nil, familyName: String, givenName: String? = nil, patronymic: String? = nil,
                familyNameLatin: String? = nil, givenNameLatin: String? = nil, patronymicLatin: String? = nil,
                birthDate: PartialDate? = nil, system: TransliterationSystem) {
        self.id = id
        self.otherSideID = otherSideID
        self.familyName = familyName
        self.givenName = givenName
        self.patronymic = patronymic
        self.familyNameLatin = familyNameLatin
        self.givenNameLatin = givenNameLatin
        self.patronymicLatin = patronymicLatin
        self.birthDate = birthDate
        self.system = system
    }
}

/// A field two matched records may disagree on.
public enum MatchField: String, Sendable, CaseIterable, Comparable {
    case familyName = "family_name"
    case givenName = "given_name"
    case patronymic
    case birthDate = "birth_date"

    public static func < (a: MatchField, b: MatchField) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// What the matcher decided for a pair.
public enum MatchOutcome: String, Sendable {
    case match
    case review = "needs-review"
    case noMatch = "no-match"
}

/// The two scores that split a pair's outcomes: `match` and above is a match, `review` up to it
/// needs a person to look, below is no match.
public struct MatchThresholds: Sendable, Hashable {
    public var match: Double
    public var review: Double

    public init(match: Double = 0.90, review: Double = 0.75) {
        self.match = match
        self.review = review
    }
}

/// One of our records and one of theirs, with what the matcher made of them.
public struct MatchPair: Sendable, Hashable {
    public var ours: String
    public var theirs: String
    public var outcome: MatchOutcome
    /// 0…1; 1 for a match by id.
    public var score: Double
    /// How the outcome was reached, for a person to check: `id`, `name+dob exact after
    /// transliteration`, `fuzzy name 0.93 + dob`, `name exact + birth year 1990 ~ 1990-04-12`, …
    public var rule: String
    /// The fields both records have and that disagree (a name less similar than the review
    /// threshold, birth dates that cannot be the same day), in `MatchField` order.
    public var conflicts: [MatchField]

    /// The score as the rules write it, to two decimals, rounded down: `0.93`.
    public var scoreText: String { PairScore.twoDecimals(score) }

    public init(ours: String, theirs: String, outcome: MatchOutcome, score: Double, rule: String, conflicts: [MatchField]) {
        self.ours = ours
        self.theirs = theirs
        self.outcome = outcome
        self.score = score
        self.rule = rule
        self.conflicts = conflicts
    }
}

/// The sections of a match of two lists. Pairs are ordered by our id then theirs, ids byte by byte.
public struct MatchReport: Sendable, Hashable {
    /// Matched, no field in conflict.
    public var matched: [MatchPair] = []
    /// Matched (by id, or by names that outweigh a difference), with the fields that disagree.
    public var matchedWithConflicts: [MatchPair] = []
    /// Pairs scored between the two thresholds, or tied with another candidate: a person decides.
    public var needsReview: [MatchPair] = []
    /// Our ids with no match and no pair in review, byte order.
    public var onlyInOurs: [String] = []
    /// Their ids likewise.
    public var onlyInTheirs: [String] = []

    public init() {}
}
