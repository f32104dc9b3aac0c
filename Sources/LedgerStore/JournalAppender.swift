import GRDB
import LedgerDomain
import LedgerProofs

/// Appends entries to the journal inside the current write transaction and applies each to the
/// projections at once, so that entry and projection are committed or rolled back together.
struct JournalAppender {
    private(set) var lastSeq: Int64
    private(set) var lastHash: String
    private(set) var firstAppended: Int64?
    private var tree: TreeTiles.Frontier
    let at: String
    let actor: String

    /// Reads the chain's end; call inside the transaction that will append.
    init(db: Database, at: Timestamp, actor: String) throws {
        let last = try Row.fetchOne(db, sql: "SELECT seq, hash FROM journal ORDER BY seq DESC LIMIT 1")
        lastSeq = try last?.decode(atIndex: 0) ?? 0
        lastHash = try last?.decode(atIndex: 1) ?? JournalEntry.genesisHash
        tree = try TreeProjection.frontier(size: Int(lastSeq), in: db)
        self.at = at.description
        self.actor = actor
    }

    /// The seq the next appended entry will get.
    var nextSeq: Int64 { lastSeq + 1 }

    @discardableResult
    mutating func append(_ event: LedgerEvent, in db: Database) throws -> JournalEntry {
        let entry = JournalEntry(seq: nextSeq, at: at, actor: actor, event: event, prev: lastHash)
        try db.cachedStatement(sql: """
            INSERT INTO journal (seq, at, actor, kind, payload, prev, hash) VALUES (?, ?, ?, ?, ?, ?, ?)
            """).execute(binding: entry.seq, entry.at, entry.actor, entry.kind, entry.payload, entry.prev, entry.hash)
        try Projector.apply(event, of: entry, tree: &tree, in: db)
        lastSeq = entry.seq
        lastHash = entry.hash
        if firstAppended == nil { firstAppended = entry.seq }
        return entry
    }
}
