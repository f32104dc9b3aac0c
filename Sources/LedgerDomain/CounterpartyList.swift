/// The columns of a counterparty's list for `reconcile --against`: their id, names in any script
/// (with Latin forms when they give them), a birth date, and our id when they quote it.
public enum CounterpartyField: String, RecordField {
    case theirID = "their_id"
    case ourID = "our_id"
    case familyName = "family_name"
    case givenName = "given_name"
    case patronymic
    case familyNameLatin = "family_name_latin"
    case givenNameLatin = "given_name_latin"
    case patronymicLatin = "patronymic_latin"
    case birthDate = "birth_date"

    public var isRequired: Bool { self == .theirID || self == .familyName }

    public var meaning: String {
        switch self {
        case .theirID: "the other side's id for the person, unique in the file"
        case .ourID: "our id for the person (the register's), when they quote it"
        case .familyName: "family name as they wrote it, any script"
        case .givenName: "given name as they wrote it"
        case .patronymic: "patronymic as they wrote it"
        case .familyNameLatin, .givenNameLatin, .patronymicLatin: "the name in Latin letters, when they give it"
        case .birthDate: "1990, 1990-04 or 1990-04-12"
        }
    }
}

/// A counterparty's list, read and checked, and how strictly to match it.
public struct CounterpartyList: Sendable {
    public var party: String
    public var records: [MatchRecord]
    public var thresholds: MatchThresholds

    public init(party: String, records: [MatchRecord], thresholds: MatchThresholds) {
        self.party = party
        self.records = records
        self.thresholds = thresholds
    }
}

/// Checks the rows of a counterparty's list one at a time, remembering their ids, and turns each
/// into a record for `CounterpartyMatcher`.
public struct CounterpartyRules: Sendable {
    /// How the other side writes Cyrillic names in Latin letters.
    public var system: TransliterationSystem
    private var firstLineOfID: [String: Int?] = [:]

    public init(system: TransliterationSystem) { self.system = system }

    public mutating func check(_ row: FieldRow<CounterpartyField>) -> Result<MatchRecord, RecordProblems<CounterpartyField>> {
        let fields = CounterpartyField.present(row.fields)
        var problems: [FieldProblem<CounterpartyField>] = []
        var birthDate: PartialDate?
        func problem(_ field: CounterpartyField, _ message: String) { problems.append(FieldProblem(field, message)) }
        for field in CounterpartyField.allCases {
            guard let value = fields[field] else {
                if field.isRequired { problem(field, "is required") }
                continue
            }
            switch field {
            case .birthDate:
                birthDate = PartialDate(value)
                if birthDate == nil { problem(field, "'\(TextRules.visible(value))' is not a date (1990, 1990-04 or 1990-04-12)") }
            default:
                // Their ids are theirs: any text, but one line and short.
                let limit = field == .theirID || field == .ourID ? 64 : 500
                for message in TextRules.freeTextProblems(value, maximumLength: limit) { problem(field, message) }
            }
        }
        if let id = fields[.theirID] {
            if let first = firstLineOfID[id] {
                problem(.theirID, "their id \(id) appears twice in the list" + (first.map { " (first at line \($0))" } ?? ""))
            } else {
                firstLineOfID[id] = row.location?.line
            }
        }
        guard problems.isEmpty, let id = fields[.theirID], let familyName = fields[.familyName] else {
            return .failure(RecordProblems(items: problems))
        }
        return .success(MatchRecord(
            id: id, otherSideID: fields[.ourID], familyName: familyName, givenName: fields[.givenName], patronymic: fields[.patronymic],
            familyNameLatin: fields[.familyNameLatin], givenNameLatin: fields[.givenNameLatin], patronymicLatin: fields[.patronymicLatin],
            birthDate: birthDate, system: system))
    }
}

extension TransliterationSystem {
    /// The system a party writes names in: Ukraine's national system for UA, ICAO Doc 9303 for
    /// every other party (Russia's passports, and the ICAO standard intermediaries follow).
    public static func of(party: String) -> TransliterationSystem { party == "UA" ? .ukrainian2010 : .russianICAO }
}
