/// One assessed prisoner still held, with what the priority order (docs/contract.md) looks at.
public struct PriorityCandidate: Sendable, Hashable {
    public var personID: String
    public var familyName: String
    public var givenName: String?
    /// The assessment in force.
    public var assessedOn: Day
    public var category: MedicalCategory
    public var severity: Int
    public var capturedOn: Day?
    public var birthDate: PartialDate?
    /// The first day of the unbroken run of findings for direct repatriation that ends with the
    /// one in force; nil when the finding in force is for something else. A later finding that
    /// confirms eligibility does not restart the wait.
    public var eligibleSince: Day?

    public init(personID: String, familyName: String, givenName: String? = nil, assessedOn: Day, category: MedicalCategory,
                severity: Int, capturedOn: Day? = nil, birthDate: PartialDate? = nil, eligibleSince: Day? = nil) {
        self.personID = personID
        self.familyName = familyName
        self.givenName = givenName
        self.assessedOn = assessedOn
        self.category = category
        self.severity = severity
        self.capturedOn = capturedOn
        self.birthDate = birthDate
        self.eligibleSince = eligibleSince
    }
}

/// The order in which a commission's release list serves prisoners (docs/contract.md, "The priority list"):
/// 1. outcome: direct repatriation, then a neutral country, then not eligible;
/// 2. severity, highest first;
/// 3. longest in captivity first (earliest capture date; unknown dates last);
/// 4. oldest first (earliest possible birth day, so `1990` comes before `1990-06-01`; unknown last);
/// 5. person id, byte by byte, which makes the order total: no two persons are ever tied.
/// The store's query sorts by the same keys with an index; this is the definition it must equal.
public enum PriorityOrder {
    public static func precedes(_ a: PriorityCandidate, _ b: PriorityCandidate) -> Bool {
        if a.category.outcome != b.category.outcome { return a.category.outcome < b.category.outcome }
        if a.severity != b.severity { return a.severity > b.severity }
        if let order = earlierKnownFirst(a.capturedOn, b.capturedOn) { return order }
        if let order = earlierKnownFirst(a.birthDate?.earliest, b.birthDate?.earliest) { return order }
        return a.personID.utf8.lexicographicallyPrecedes(b.personID.utf8)
    }

    public static func sorted(_ candidates: some Sequence<PriorityCandidate>) -> [PriorityCandidate] {
        candidates.sorted(by: precedes)
    }

    /// Whether `a` comes first by a date where the earlier comes first and unknown comes last;
    /// nil when the two are equal.
    private static func earlierKnownFirst(_ a: Day?, _ b: Day?) -> Bool? {
        switch (a, b) {
        case let (a?, b?): a == b ? nil : a < b
        case (.some, nil): true
        case (nil, .some): false
        case (nil, nil): nil
        }
    }
}
