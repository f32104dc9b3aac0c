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
    public var list: NamedList
    /// The `list.add` entry that recorded it.
    public var seq: Int64
    /// The list's entries in order, each with the resolution in force.
    public var entries: [ListEntryRecord]

    public init(list: NamedList, seq: Int64, entries: [ListEntryRecord]) {
        self.list = list
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
