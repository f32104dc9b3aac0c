/// Where a prisoner stands before the medical commission, as the priority list orders them: what
/// the finding in force says, and since when they are eligible for direct repatriation. Worked out
/// from all their findings each time one is added, the same way when it is recorded and when the
/// journal is replayed.
public enum MedicalStanding {
    /// One finding of the commission, as the standing reads it.
    public struct Finding: Sendable, Hashable {
        public var on: String
        public var category: MedicalCategory
        public var severity: Int

        public init(on: String, category: MedicalCategory, severity: Int) {
            self.on = on
            self.category = category
            self.severity = severity
        }
    }

    /// The person's row of `medical_status`, from their `findings`, newest first. The newest is in
    /// force; when it finds them eligible for direct repatriation, they have been since the first
    /// of the unbroken run of such findings that ends with it: a finding that kept them eligible
    /// does not restart the count of days they wait. `capturedOn` and `born` order the list after
    /// severity. Nil for a person without findings.
    public static func row(personID: String, findings: [Finding], capturedOn: String?, born: PartialDate?) -> ProjectedRow? {
        guard let latest = findings.first else { return nil }
        let eligibleSince = latest.category.outcome == .directRepatriation
            ? findings.prefix { $0.category.outcome == .directRepatriation }.last?.on
            : nil
        return ProjectedRow("medical_status", .upsert(key: ["person_id"]), [
            "person_id": .text(personID), "assessed_on": .text(latest.on), "category": .text(latest.category.rawValue),
            "outcome_rank": .integer(latest.category.outcome.rawValue), "severity": .integer(latest.severity),
            "captured_on": .text(capturedOn), "born_from": .text(born?.earliest.description), "eligible_since": .text(eligibleSince),
        ])
    }
}

extension Assessment {
    /// The finding itself; the person's standing follows from all their findings (`MedicalStanding`).
    public var projectedRows: [ProjectedRow] {
        [ProjectedRow("assessments", [
            "person_id": .text(personID), "on_date": .text(on.description), "category": .text(category.rawValue),
            "severity": .integer(severity), "members": .text(membersText), "votes_for": .integer(vote.inFavour),
            "votes_against": .integer(vote.against), "findings": .text(findings),
        ])]
    }
}
