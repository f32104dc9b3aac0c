/// Remains as the ledger holds them: the record as recovered, where they stand now, and how they
/// were identified.
public struct RemainsRecord: Sendable, Hashable {
    public var remains: Remains
    public var state: RemainsState
    public var method: IdentificationMethod?
    public var identifiedOn: Day?
    public var identificationNote: String?
    /// The entry that last changed the record.
    public var seq: Int64

    public init(remains: Remains, state: RemainsState, method: IdentificationMethod?, identifiedOn: Day?, identificationNote: String?,
                seq: Int64) {
        self.remains = remains
        self.state = state
        self.method = method
        self.identifiedOn = identifiedOn
        self.identificationNote = identificationNote
        self.seq = seq
    }
}

/// Which remains `ledger remains` lists; nil matches all.
public struct RemainsFilter: Sendable {
    public var status: RemainsStatus?
    public var heldBy: String?

    public init(status: RemainsStatus? = nil, heldBy: String? = nil) {
        self.status = status
        self.heldBy = heldBy
    }
}

/// A recovery window with the report line of the remains recovered in it.
public struct WindowRecord: Sendable, Hashable {
    public var window: RecoveryWindow
    public var line: RemainsReportLine
    public var seq: Int64

    public init(window: RecoveryWindow, line: RemainsReportLine, seq: Int64) {
        self.window = window
        self.line = line
        self.seq = seq
    }
}
