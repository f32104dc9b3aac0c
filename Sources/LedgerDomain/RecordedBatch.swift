/// A batch as the ledger holds it, with its void state, for listings and reports.
public struct RecordedBatch: Sendable, Hashable {
    public var id: String
    public var agreementID: String
    public var from: String
    public var to: String
    public var on: Day
    public var stage: Int?
    public var place: String?
    public var note: String?
    public var counts: [TransferCategory: Int]
    /// True when the batch came with a manifest, so every person in it is known by id.
    public var named: Bool
    public var overQuotaReason: String?
    public var voidReason: String?
    public var addedSeq: Int64

    public init(
        id: String, agreementID: String, from: String, to: String, on: Day, stage: Int?, place: String?,
        note: String?, counts: [TransferCategory: Int], named: Bool, overQuotaReason: String?,
        voidReason: String?, addedSeq: Int64
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
        self.named = named
        self.overQuotaReason = overQuotaReason
        self.voidReason = voidReason
        self.addedSeq = addedSeq
    }

    public var total: Int { counts.values.reduce(0, +) }
    public var isVoid: Bool { voidReason != nil }
}
