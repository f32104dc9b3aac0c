/// One transfer in one direction under one agreement (docs/contract.md), as recorded by `ledger add`.
public struct Batch: Sendable, Hashable {
    public var id: String
    public var agreementID: String
    public var from: String
    public var to: String
    public var on: Day
    public var stage: Int?
    public var place: String?
    public var note: String?
    /// Only categories with a count above zero.
    public var counts: [TransferCategory: Int]
    /// Person ids, in the order given; empty for a count-only batch.
    public var manifest: [String]
    /// Remains ids, in the order given.
    public var remains: [String]
    /// Present when the batch exceeds a quota; the operator's reason for recording it anyway.
    public var overQuotaReason: String?

    public var total: Int { counts.values.reduce(0, +) }

    /// The most one batch may carry in one category: far beyond any real transfer, and small
    /// enough that no sum of counts can overflow.
    public static let maximumCount = 1_000_000_000

    init(payload: JSONValue) throws(PayloadError) {
        let reader = try PayloadReader(payload)
        id = try reader.string("id")
        agreementID = try reader.string("agreement")
        from = try reader.string("from")
        to = try reader.string("to")
        on = try reader.day("on")
        stage = try reader.optionalInt("stage")
        place = try reader.optionalString("place")
        note = try reader.optionalString("note")
        var counts: [TransferCategory: Int] = [:]
        for (key, value) in try reader.object("counts") {
            guard let category = TransferCategory(rawValue: key), case .int(let count) = value, (1...Int64(Self.maximumCount)).contains(count) else {
                throw PayloadError("\"counts\" has an invalid entry \"\(key)\"")
            }
            counts[category] = Int(count)
        }
        guard !counts.isEmpty else { throw PayloadError("\"counts\" is empty: the batch carries nobody") }
        self.counts = counts
        manifest = try reader.strings("manifest", required: false)
        remains = try reader.strings("remains_manifest", required: false)
        overQuotaReason = try reader.optionalString("over_quota_reason")
    }

    var payload: JSONValue {
        var members: [String: JSONValue] = [
            "id": .string(id),
            "agreement": .string(agreementID),
            "from": .string(from),
            "to": .string(to),
            "on": .string(on.description),
            "counts": .object(Dictionary(uniqueKeysWithValues: counts.map { ($0.key.rawValue, JSONValue.int(Int64($0.value))) })),
        ]
        if let stage { members["stage"] = .int(Int64(stage)) }
        if !manifest.isEmpty { members["manifest"] = .array(manifest.map { .string($0) }) }
        if !remains.isEmpty { members["remains_manifest"] = .array(remains.map { .string($0) }) }
        members.setIfPresent("place", place)
        members.setIfPresent("note", note)
        members.setIfPresent("over_quota_reason", overQuotaReason)
        return .object(members)
    }
}

/// A person or remains id in a manifest, with where it was read.
public struct ManifestEntry: Sendable, Hashable {
    /// What a manifest's id names: its column says which (`id` for persons, `remains_id` for remains).
    public enum Names: Sendable, Hashable {
        case person
        case remains
    }

    public var id: String
    public var names: Names
    public var location: SourceLocation?

    public init(personID: String, location: SourceLocation? = nil) {
        self.init(id: personID, names: .person, location: location)
    }

    public init(remainsID: String, location: SourceLocation? = nil) {
        self.init(id: remainsID, names: .remains, location: location)
    }

    public init(id: String, names: Names, location: SourceLocation? = nil) {
        self.id = id
        self.names = names
        self.location = location
    }
}

/// What the operator asked `ledger add` to record.
public struct BatchRequest: Sendable {
    public var id: String?
    public var agreementID: String
    public var from: String
    public var to: String
    public var on: Day
    public var stage: Int?
    public var place: String?
    public var note: String?
    /// Counts typed on the command line; a category left out is not the same as zero.
    public var counts: [TransferCategory: Int]
    public var manifest: [ManifestEntry]
    public var overQuotaReason: String?
    /// The operator says a count-only batch is a second transfer, though a standing batch already
    /// records the same counts in the same direction on the same day.
    public var again: Bool

    public init(
        id: String? = nil, agreementID: String, from: String, to: String, on: Day, stage: Int? = nil,
        place: String? = nil, note: String? = nil, counts: [TransferCategory: Int] = [:],
        manifest: [ManifestEntry] = [], overQuotaReason: String? = nil, again: Bool = false
    ) {
        self.id = id
        self.agreementID = agreementID
        self.from = from
        self.to = to
        self.on = on
        self.stage = stage
        self.place = place
        self.note = note
        self.counts = counts
        self.manifest = manifest
        self.overQuotaReason = overQuotaReason
        self.again = again
    }
}

/// Where a person stands now: what the rules of a batch, an assessment or a consent look at.
public struct PersonState: Sendable, Hashable {
    public var heldBy: String
    public var belongsTo: String
    public var category: PersonCategory
    public var status: PersonStatus
    public var capturedOn: Day?

    public init(heldBy: String, belongsTo: String, category: PersonCategory, status: PersonStatus, capturedOn: Day? = nil) {
        self.heldBy = heldBy
        self.belongsTo = belongsTo
        self.category = category
        self.status = status
        self.capturedOn = capturedOn
    }

    /// Why the person cannot come before a medical commission or decide on repatriation, or nil:
    /// both concern prisoners of war still in captivity (GC III Art. 109, 110).
    public func prisonerProblem(_ id: String) -> String? {
        guard category == .pow else { return "person \(id) is a \(category.rawValue), not a prisoner of war (GC III Art. 109–110)" }
        guard status == .held || status == .listed else { return "person \(id) is \(status.rawValue) (held by \(heldBy)), no longer a prisoner" }
        return nil
    }
}

/// What the store knows that the rules of a batch depend on.
public struct BatchFacts: Sendable {
    public var agreement: Agreement?
    public var knownParties: Set<String>
    /// The persons named in the manifest that exist, by id.
    public var persons: [String: PersonState]
    /// The remains named in the manifest that exist, by id.
    public var remains: [String: RemainsState]
    /// The batches recorded so far under the agreement, void ones included: what counts as
    /// delivered against a quota is decided by `QuotaProgress.lines`, as in every report.
    public var batches: [RecordedBatch]
    public var idTaken: Bool
    public var today: Day
    /// For an agreement, person or remains id that is not in the ledger, the one probably meant
    /// (`TypingDistance.meant`), to suggest.
    public var meant: [String: String]

    public init(
        agreement: Agreement?, knownParties: Set<String>, persons: [String: PersonState], remains: [String: RemainsState] = [:],
        batches: [RecordedBatch], idTaken: Bool, today: Day, meant: [String: String] = [:]
    ) {
        self.meant = meant
        self.agreement = agreement
        self.knownParties = knownParties
        self.persons = persons
        self.remains = remains
        self.batches = batches
        self.idTaken = idTaken
        self.today = today
    }
}
