/// A mixed medical commission's finding on one prisoner (docs/contract.md, GC III Art. 112 and Annex II).
/// A person's latest assessment is in force; the older ones stay in the history.
public struct Assessment: Sendable, Hashable {
    public var personID: String
    public var on: Day
    public var category: MedicalCategory
    /// 1 (light) … 5 (critical).
    public var severity: Int
    public var members: [CommissionMember]
    public var vote: CommissionVote
    public var findings: String

    public static let severities = 1...5

    public init(personID: String, on: Day, category: MedicalCategory, severity: Int, members: [CommissionMember],
                vote: CommissionVote, findings: String) {
        self.personID = personID
        self.on = on
        self.category = category
        self.severity = severity
        self.members = members
        self.vote = vote
        self.findings = findings
    }

    /// The members as `--members` takes them.
    public var membersText: String { members.map(\.description).joined(separator: ", ") }

    init(payload: JSONValue) throws(PayloadError) {
        let reader = try PayloadReader(payload)
        personID = try reader.string("person")
        on = try reader.day("on")
        category = try reader.enumValue("category", as: MedicalCategory.self)
        severity = try reader.optionalInt("severity") ?? 0
        guard Self.severities.contains(severity) else { throw PayloadError("\"severity\" is missing or not 1–5") }
        members = []
        for item in try reader.array("members") {
            let member = try PayloadReader(item)
            members.append(CommissionMember(name: try member.string("name"), role: try member.enumValue("role", as: CommissionRole.self)))
        }
        let vote = try PayloadReader(.object(try reader.object("vote")))
        guard let inFavour = try vote.optionalInt("for"), let against = try vote.optionalInt("against") else {
            throw PayloadError("\"vote\" needs \"for\" and \"against\"")
        }
        self.vote = CommissionVote(inFavour: inFavour, against: against)
        findings = try reader.string("findings")
    }

    var payload: JSONValue {
        .object([
            "person": .string(personID),
            "on": .string(on.description),
            "category": .string(category.rawValue),
            "severity": .int(Int64(severity)),
            "members": .array(members.map { .object(["name": .string($0.name), "role": .string($0.role.rawValue)]) }),
            "vote": .object(["for": .int(Int64(vote.inFavour)), "against": .int(Int64(vote.against))]),
            "findings": .string(findings),
        ])
    }
}

/// The columns of an assessments CSV file (`ledger assess import`), one commission finding a row.
/// The raw values are the column names; `assess` builds the same fields from its options.
public enum AssessmentField: String, RecordField {
    case personID = "person_id"
    case on
    case category
    case severity
    case members
    case vote
    case findings

    public var isRequired: Bool { true }

    /// What the column holds, for `--help` and docs/csv-files.md.
    public var meaning: String {
        switch self {
        case .personID: "id of the assessed prisoner in the register"
        case .on: "date of the finding, YYYY-MM-DD"
        case .category: MedicalCategory.allCases.map(\.rawValue).joined(separator: ", ")
        case .severity: "1 (light) to 5 (critical)"
        case .members: "Dr A (neutral), Dr B (neutral), Dr C (detaining)"
        case .vote: "votes for and against the finding, 3-0 or 2-1"
        case .findings: "the commission's findings; may span lines"
        }
    }
}
