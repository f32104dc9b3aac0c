import GRDB
import LedgerDomain

/// What an import makes of one row of its source.
enum RowDecision {
    /// A new record: its journal entry.
    case add(LedgerEvent)
    /// The record is in the ledger already, with the same data: re-running an import is harmless.
    case unchanged
    /// The row's problems, placed where they were found.
    case rejected([Problem])
}

/// Reads a source of records row by row into the current write transaction: the one loop every
/// import shares. Rows are decided and appended as they come, so memory stays flat whatever the
/// size; any problem anywhere fails the whole import, after the source has been read to its end,
/// so that every bad row is reported. Keys seen so far live in a temporary table, not in memory.
struct RecordImport<Field: RecordField> {
    let db: Database

    init(db: Database) throws {
        self.db = db
        try db.execute(sql: "CREATE TEMP TABLE import_keys (key TEXT PRIMARY KEY, line INTEGER) WITHOUT ROWID")
    }

    /// Runs the import. `decide` turns one row into a decision; it may call `repeated(_:in:)`.
    func run(
        _ source: any RecordSource<Field>, journal: inout JournalAppender, progress: ProgressHandler?,
        decide: (FieldRow<Field>) throws -> RowDecision
    ) throws -> ImportSummary {
        var problems = ProblemList()
        var added = 0
        var unchanged = 0
        var items = 0
        while let item = source.next() {
            items += 1
            if items % progressInterval == 0 { progress?(items) }
            switch item {
            case .problem(let problem):
                problems.add(problem)
            case .row(let row):
                switch try decide(row) {
                case .add(let event):
                    try journal.append(event, in: db)
                    added += 1
                case .unchanged:
                    unchanged += 1
                case .rejected(let found):
                    problems.add(contentsOf: found)
                }
            }
        }
        try db.execute(sql: "DROP TABLE temp.import_keys")
        try problems.throwIfAny()
        return ImportSummary(added: added, unchanged: unchanged, seqs: journal.firstAppended.map { $0...journal.lastSeq })
    }

    /// The first line of `key` if an earlier row of this import had it; nil after noting it as seen.
    func firstLine(ofRepeated key: String, row: FieldRow<Field>) throws -> Int?? {
        try db.cachedStatement(sql: "INSERT INTO temp.import_keys (key, line) VALUES (?, ?) ON CONFLICT DO NOTHING")
            .execute(binding: key, row.location?.line)
        guard db.changesCount == 0 else { return nil }
        return .some(try Int.fetchOne(db.cachedStatement(sql: "SELECT line FROM temp.import_keys WHERE key = ?"), arguments: [key]))
    }

    /// " (first at line N)", or nothing when the first line is not known.
    static func firstAt(_ line: Int?) -> String {
        line.map { " (first at line \($0))" } ?? ""
    }
}
