/// The rules an assessment must pass: the person exists and is a prisoner still held,
/// the date is neither in the future nor before the capture, the category is one of GC III
/// Art. 110, severity is 1–5, the commission is composed and votes as Annex II says.
public struct AssessmentRules: Sendable {
    public var today: Day

    public static let maximumFindingsLength = 4000

    public init(today: Day) { self.today = today }

    /// The assessment, or every problem of the record at once. `person` is where the person named
    /// in `person_id` stands, nil when the register has nobody of that id.
    public func check(_ raw: [AssessmentField: String], person: PersonState?) -> Result<Assessment, RecordProblems<AssessmentField>> {
        let fields = AssessmentField.present(raw, multiline: .findings)
        var problems: [FieldProblem<AssessmentField>] = AssessmentField.allCases.compactMap { field in
            fields[field] == nil ? FieldProblem(field, "is required") : nil
        }
        func problem(_ field: AssessmentField, _ message: String) { problems.append(FieldProblem(field, message)) }

        let personID = fields[.personID]
        if let personID {
            if let idProblem = TextRules.identifierProblem(personID) {
                problem(.personID, idProblem)
            } else if let person {
                if let prisonerProblem = person.prisonerProblem(personID) { problem(.personID, prisonerProblem) }
            } else {
                problem(.personID, TextRules.unknown("person", personID))
            }
        }
        var on: Day?
        if let text = fields[.on] {
            on = Day(text)
            if let day = on {
                if day > today { problem(.on, "\(day) is in the future (today is \(today))") }
                if let captured = person?.capturedOn, day < captured { problem(.on, "\(day) is before the capture on \(captured)") }
            } else {
                problem(.on, "'\(TextRules.visible(text))' is not a date (YYYY-MM-DD)")
            }
        }
        let category = fields[.category].flatMap(MedicalCategory.init(rawValue:))
        if let text = fields[.category], category == nil {
            problem(.category, "'\(TextRules.visible(text))' is not one of \(MedicalCategory.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let severity = fields[.severity].flatMap(Day.naturalNumber).flatMap { Assessment.severities.contains($0) ? $0 : nil }
        if let text = fields[.severity], severity == nil {
            problem(.severity, "'\(TextRules.visible(text))' is not a severity from 1 (light) to 5 (critical)")
        }
        var members: [CommissionMember]?
        if let text = fields[.members] {
            switch Commission.members(text) {
            case .success(let read): members = read
            case .failure(let failure): problem(.members, failure.message)
            }
        }
        var vote: CommissionVote?
        if let text = fields[.vote] {
            switch Commission.vote(text) {
            case .success(let read): vote = read
            case .failure(let failure): problem(.vote, failure.message)
            }
        }
        if let findings = fields[.findings] {
            for textProblem in TextRules.freeTextProblems(findings, maximumLength: Self.maximumFindingsLength, multiline: true) {
                problem(.findings, textProblem)
            }
        }
        guard problems.isEmpty, let personID, let on, let category, let severity, let members, let vote, let findings = fields[.findings] else {
            return .failure(RecordProblems(items: problems))
        }
        return .success(Assessment(personID: personID, on: on, category: category, severity: severity, members: members,
                                   vote: vote, findings: findings))
    }
}
