/// How an entry of a named list was last settled: by hand, or by the batch that carried the person.
public struct EntryResolution: Sendable, Hashable {
    public var outcome: EntryOutcome
    public var on: Day
    public var note: String?
    /// The batch that released the person, for `released`.
    public var batchID: String?
    public var seq: Int64

    public init(outcome: EntryOutcome, on: Day, note: String?, batchID: String?, seq: Int64) {
        self.outcome = outcome
        self.on = on
        self.note = note
        self.batchID = batchID
        self.seq = seq
    }
}

/// An entry of a recorded list and where it stands now.
public struct ListEntryRecord: Sendable, Hashable {
    public var entry: ListEntry
    /// The resolution in force; nil while the entry is open.
    public var resolution: EntryResolution?

    public init(entry: ListEntry, resolution: EntryResolution?) {
        self.entry = entry
        self.resolution = resolution
    }

    public var status: EntryStatus { resolution?.outcome.status ?? .open }
}

/// A named list as recorded, with each entry's standing.
public struct ListRecord: Sendable, Hashable {
    public var id: String
    public var origin: ListOrigin
    public var from: String?
    public var to: String
    public var on: Day
    public var criteria: String?
    /// The `list.add` entry that recorded it.
    public var seq: Int64
    public var entries: [ListEntryRecord]

    public init(id: String, origin: ListOrigin, from: String?, to: String, on: Day, criteria: String?, seq: Int64, entries: [ListEntryRecord]) {
        self.id = id
        self.origin = origin
        self.from = from
        self.to = to
        self.on = on
        self.criteria = criteria
        self.seq = seq
        self.entries = entries
    }

    public func count(_ status: EntryStatus) -> Int { entries.filter { $0.status == status }.count }

    /// `resolved` once every entry is; `disputed` while any is disputed and none open; else `open`.
    public var status: EntryStatus {
        if entries.contains(where: { $0.status == .open }) { return .open }
        return entries.contains { $0.status == .disputed } ? .disputed : .resolved
    }
}

/// An assessment as recorded, and whether it is the one in force for its person.
public struct RecordedAssessment: Sendable, Hashable {
    public var assessment: Assessment
    public var inForce: Bool
    public var seq: Int64

    public init(assessment: Assessment, inForce: Bool, seq: Int64) {
        self.assessment = assessment
        self.inForce = inForce
        self.seq = seq
    }
}
