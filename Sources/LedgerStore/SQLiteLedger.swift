#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GRDB
import LedgerDomain

/// A ledger in one SQLite file (docs/storage.md): WAL, synchronous=FULL, foreign keys, a busy timeout, and
/// every write in one `BEGIN IMMEDIATE` transaction that journals and projects together.
public final class SQLiteLedger: LedgerStore {
    public static let busyTimeoutSeconds = 10

    let path: String
    let queue: DatabaseQueue
    let actor: String
    let clock: Clock

    init(path: String, queue: DatabaseQueue, actor: String, clock: @escaping Clock) {
        self.path = path
        self.queue = queue
        self.actor = actor
        self.clock = clock
    }

    /// What a write needs to know of the time: the instant, for the journal, and today's date,
    /// against which dates in the future are refused.
    public typealias Clock = @Sendable () -> (now: Timestamp, today: Day)

    /// The system clock. Today is the date in this machine's time zone (`TZ`), as the operator's
    /// own clock shows it: an office in Kyiv records a transfer of today at 01:00 local time,
    /// when the UTC date is still yesterday. The journal's `at` is always UTC.
    public static let systemClock: Clock = {
        var instant = timespec()
        clock_gettime(CLOCK_REALTIME, &instant)
        var local = tm()
        var seconds = instant.tv_sec
        localtime_r(&seconds, &local)
        return (Timestamp(millisecondsSinceEpoch: Int64(instant.tv_sec) * 1000 + Int64(instant.tv_nsec) / 1_000_000),
                Day(year: Int(local.tm_year) + 1900, month: Int(local.tm_mon) + 1, day: Int(local.tm_mday))!)
    }

    /// Opens an existing ledger. Throws when the file is missing, not a ledger or from a newer version.
    public static func open(
        path: String, actor: String, clock: @escaping Clock = systemClock
    ) throws(LedgerError) -> SQLiteLedger {
        try checkIsFile(path)
        let queue = try mappingErrors(path: path) { try DatabaseQueue(path: path, configuration: configuration()) }
        let ledger = SQLiteLedger(path: path, queue: queue, actor: actor, clock: clock)
        try ledger.checkIsCurrentLedger()
        return ledger
    }

    /// Creates a new ledger file with mode 0600 from the embedded schema, or opens the ledger that
    /// is already there. `created` tells which.
    public static func create(
        path: String, actor: String, clock: @escaping Clock = systemClock
    ) throws(LedgerError) -> (ledger: SQLiteLedger, created: Bool) {
        if fileKind(path) != .missing { return (try open(path: path, actor: actor, clock: clock), false) }
        try createOwnerOnlyFile(path)
        do {
            let queue = try mappingErrors(path: path) { try DatabaseQueue(path: path, configuration: configuration()) }
            try mappingErrors(path: path) {
                try queue.writeWithoutTransaction { db in
                    try db.inTransaction(.immediate) {
                        try db.execute(sql: Schema.text)
                        return .commit
                    }
                    try db.execute(sql: "PRAGMA journal_mode = WAL")
                }
            }
            return (SQLiteLedger(path: path, queue: queue, actor: actor, clock: clock), true)
        } catch {
            unlink(path)
            throw error
        }
    }

    enum FileKind { case missing, directory, file }

    private static func checkIsFile(_ path: String) throws(LedgerError) {
        switch fileKind(path) {
        case .missing: throw .database("\(path): no ledger here; create one with `ledger init`")
        case .directory: throw .database("\(path): is a directory, not a ledger file")
        case .file: break
        }
    }

    static func fileKind(_ path: String) -> FileKind {
        var status = stat()
        guard stat(path, &status) == 0 else { return .missing }
        return (status.st_mode & S_IFMT) == S_IFDIR ? .directory : .file
    }

    static func configuration() -> Configuration {
        var configuration = Configuration()
        configuration.busyMode = .timeout(Double(busyTimeoutSeconds))
        configuration.foreignKeysEnabled = true
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = FULL")
            // 32 MB of page cache instead of 2: a batch of 1,000 named persons on a register of a
            // million touches pages all over the file, and the default cache read most of them
            // twice and spilled dirty pages to the WAL before the commit.
            try db.execute(sql: "PRAGMA cache_size = -32768")
        }
        return configuration
    }

    /// The schema version of the file, after checking it is a ledger this binary can read at all.
    private func checkedVersion() throws(LedgerError) -> Int32 {
        let (applicationID, version) = try read { db in
            (try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0, try Int32.fetchOne(db, sql: "PRAGMA user_version") ?? 0)
        }
        guard applicationID == Schema.applicationID else { throw .database("\(path): not a ledger database") }
        guard version <= Schema.version else {
            throw .database("\(path): schema version \(version) is newer than this ledger understands (\(Schema.version)); use a newer ledger")
        }
        guard version >= 1 else { throw .database("\(path): a ledger without a schema version; it was not made by ledger") }
        return version
    }

    /// An older ledger is not changed behind the operator's back: every command refuses it, and
    /// `ledger migrate` brings it up to date, saying so.
    private func checkIsCurrentLedger() throws(LedgerError) {
        let version = try checkedVersion()
        guard version == Schema.version else {
            throw .database("\(path): schema version \(version); bring it to version \(Schema.version) with `ledger migrate` (the journal is not changed)")
        }
        try useWAL()
    }

    /// A file made by `sqlite3 x.db < schema.sql` starts in rollback-journal mode.
    private func useWAL() throws(LedgerError) {
        try mappingErrors(path: path) {
            if try queue.read({ try String.fetchOne($0, sql: "PRAGMA journal_mode") }) != "wal" {
                try queue.writeWithoutTransaction { try $0.execute(sql: "PRAGMA journal_mode = WAL") }
            }
        }
    }

    /// Brings the ledger at `path` to this binary's schema version by running the migrations
    /// after its version, in one transaction; the version is read again under the write lock, as
    /// another process may have migrated it meanwhile. The journal is untouched: the new tables
    /// are projections of entries an older version could not write. Returns the versions before
    /// and after (equal when there was nothing to do).
    public static func migrate(path: String, actor: String) throws(LedgerError) -> (from: Int32, to: Int32) {
        try checkIsFile(path)
        let queue = try mappingErrors(path: path) { try DatabaseQueue(path: path, configuration: configuration()) }
        let ledger = SQLiteLedger(path: path, queue: queue, actor: actor, clock: systemClock)
        _ = try ledger.checkedVersion()
        let from = try mappingErrors(path: path) {
            try queue.writeWithoutTransaction { db in
                var before: Int32 = 0
                try db.inTransaction(.immediate) {
                    before = try Int32.fetchOne(db, sql: "PRAGMA user_version") ?? 0
                    if before < Schema.version {
                        try db.execute(sql: Schema.migration(from: before))
                        if before < Schema.treeVersion { try TreeProjection.fill(in: db) }
                        // Version 5 edits definitions in place, which SQLite does not count as a
                        // change of schema: a connection already open would go on with the old
                        // text. The bump also makes this connection parse every definition again
                        // at its next statement, so that one the edit broke is refused here.
                        try db.execute(sql: "PRAGMA schema_version = \(try db.schemaVersion() + 1)")
                        try db.execute(sql: "SELECT count(*) FROM sqlite_schema")
                    }
                    return .commit
                }
                return before
            }
        }
        try ledger.useWAL()
        return (from, Schema.version)
    }

    // MARK: Transactions

    func read<T>(_ body: (Database) throws -> T) throws(LedgerError) -> T {
        try mappingErrors(path: path) { try queue.read(body) }
    }

    /// Runs `body` in one `BEGIN IMMEDIATE` transaction with a journal appender; commits when it
    /// returns, rolls everything back when it throws.
    func write<T>(_ body: (Database, inout JournalAppender, Day) throws -> T) throws(LedgerError) -> T {
        try mappingErrors(path: path) {
            try queue.writeWithoutTransaction { db in
                var result: T?
                try db.inTransaction(.immediate) {
                    // Read once the write lock is held, so that `at` follows the order of the entries.
                    let (now, today) = clock()
                    var appender = try JournalAppender(db: db, at: now, actor: actor)
                    result = try body(db, &appender, today)
                    return .commit
                }
                return result!
            }
        }
    }

    // MARK: Writes

    public func addParty(code: String, name: String) throws(LedgerError) -> JournalEntry {
        let party = try Party(code: code, name: name)
        return try write { db, journal, _ in
            if try Self.knownParties(db).contains(party.code) { throw LedgerError.rejected("party \(party.code) already exists") }
            return try journal.append(.partyAdded(party), in: db)
        }
    }

    public func addAgreement(_ request: AgreementRequest) throws(LedgerError) -> JournalEntry {
        try write { db, journal, today in
            let agreement = try Agreement(
                id: request.id, title: request.title, date: request.date, parties: request.parties,
                each: request.each, terms: request.terms, knownParties: try Self.knownParties(db), today: today)
            if try Self.agreement(id: agreement.id, in: db) != nil {
                throw LedgerError.rejected("agreement \(agreement.id) already exists")
            }
            return try journal.append(.agreementAdded(agreement), in: db)
        }
    }

    public func addPerson(fields: [PersonField: String]) throws(LedgerError) -> JournalEntry {
        try write { db, journal, today in
            let rules = PersonRules(knownParties: try Self.knownParties(db), today: today)
            let person: Person
            switch rules.check(fields) {
            case .success(let checked): person = checked
            case .failure(let problems):
                throw LedgerError.rejected(problems.items.map { Problem($0.description) })
            }
            if let existing = try Self.addedEntry(personID: person.id, in: db) {
                let same = LedgerEvent.personAdded(person).isCanonicalPayload(existing.payload)
                throw LedgerError.rejected("person \(person.id) already exists" + (same ? " with the same data"
                    : " with different data: " + PersonField.differences(here: person.fields, inLedger: existing.person.fields)))
            }
            return try journal.append(.personAdded(person), in: db)
        }
    }

    public func addBatch(_ request: BatchRequest) throws(LedgerError) -> (Batch, JournalEntry) {
        try write { db, journal, today in
            let defaultID = "B-\(journal.nextSeq)"
            let agreement = try Self.agreement(id: request.agreementID, in: db)
            var persons: [String: PersonState] = [:]
            var remains: [String: RemainsState] = [:]
            var meant: [String: String] = [:]
            if agreement == nil {
                meant[request.agreementID] = TypingDistance.meant(request.agreementID, among: try String.fetchAll(db, sql: "SELECT id FROM agreements"))
            }
            for entry in request.manifest {
                // An id not found may be one typed in small letters: the ids that are there are looked up
                // by their key, as a register of a million cannot be searched for near misses row by row.
                let capitals = entry.id.uppercased()
                switch entry.names {
                case .person:
                    persons[entry.id] = try Self.personState(id: entry.id, in: db)
                    if persons[entry.id] == nil, capitals != entry.id, try Self.personState(id: capitals, in: db) != nil { meant[entry.id] = capitals }
                case .remains:
                    remains[entry.id] = try Self.remainsState(id: entry.id, in: db)
                    if remains[entry.id] == nil, capitals != entry.id, try Self.remainsState(id: capitals, in: db) != nil { meant[entry.id] = capitals }
                }
            }
            let idTaken = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM batches WHERE id = ?)",
                                            arguments: [request.id ?? defaultID]) ?? false
            let facts = BatchFacts(
                agreement: agreement, knownParties: try Self.knownParties(db), persons: persons, remains: remains,
                batches: agreement == nil ? [] : try Self.batches(agreementID: request.agreementID, in: db),
                idTaken: idTaken, today: today, meant: meant)
            let batch = try Batch(request: request, defaultID: defaultID, facts: facts)
            return (batch, try journal.append(.batchAdded(batch), in: db))
        }
    }

    public func voidBatch(id: String, reason: String) throws(LedgerError) -> JournalEntry {
        try write { db, journal, _ in
            let state = try Row.fetchOne(db, sql: "SELECT void_reason, added_seq FROM batches WHERE id = ?", arguments: [id])
            let addedSeq = state?["added_seq"] as Int64? ?? 0
            let movedLater = try Self.movedLater(from: id, after: addedSeq, items: "batch_items", idColumn: "person_id", in: db)
            let remainsMovedLater = try Self.movedLater(from: id, after: addedSeq, items: "batch_remains", idColumn: "remains_id", in: db)
            let facts = BatchVoid.Facts(
                batchExists: state != nil, alreadyVoided: state?["void_reason"] as String? != nil, movedLater: movedLater.map { (person: $0.id, batch: $0.batch) },
                remainsMovedLater: remainsMovedLater.map { (remains: $0.id, batch: $0.batch) })
            return try journal.append(.batchVoided(try BatchVoid(batchID: id, reason: reason, facts: facts)), in: db)
        }
    }

    // MARK: Facts the rules need

    /// The persons (or remains) that batch `batchID` carried and a later batch that stands moved
    /// again, with that batch; `items` is the table of what batches carry, `idColumn` its id.
    private static func movedLater(from batchID: String, after addedSeq: Int64, items: String, idColumn: String,
                                   in db: Database) throws -> [(id: String, batch: String)] {
        try Row.fetchAll(db, sql: """
            SELECT later.\(idColumn), b.id FROM \(items) AS item
            JOIN \(items) AS later ON later.\(idColumn) = item.\(idColumn)
            JOIN batches AS b ON b.id = later.batch_id
            WHERE item.batch_id = ? AND b.added_seq > ? AND b.void_reason IS NULL
            ORDER BY b.added_seq, later.\(idColumn)
            """, arguments: [batchID, addedSeq]).map { (id: try $0.decode(atIndex: 0) as String, batch: try $0.decode(atIndex: 1) as String) }
    }

    static func knownParties(_ db: Database) throws -> Set<String> {
        Set(try String.fetchAll(db, sql: "SELECT code FROM parties"))
    }

    /// The agreement as its projection tables hold it, checked for its shape.
    static func agreement(id: String, in db: Database) throws -> Agreement? {
        guard let row = try Row.fetchOne(db, sql: "SELECT title, date, party_a, party_b FROM agreements WHERE id = ?",
                                         arguments: [id]) else { return nil }
        let quotas = try Row.fetchAll(db, sql: """
            SELECT q.party, q.amount, group_concat(c.category) FROM quotas AS q
            JOIN quota_categories AS c ON c.agreement_id = q.agreement_id AND c.quota_no = q.quota_no
            WHERE q.agreement_id = ? GROUP BY q.quota_no ORDER BY q.quota_no
            """, arguments: [id]).map { quota in
            let categories = try quota.parsed(2) { list -> [TransferCategory]? in
                let names = list.split(separator: ",")
                let categories = names.compactMap { TransferCategory(rawValue: String($0)) }
                return categories.count == names.count ? categories : nil
            }
            let amount: Int? = try quota.decode(atIndex: 1)
            return Quota(party: try quota.decode(atIndex: 0), term: QuotaTerm(categories: categories, amount: amount.map { .count($0) } ?? .all))
        }
        return try readBack("agreement \(id)") {
            try Agreement(id: id, title: row.decode(atIndex: 0), date: row.parsed(1, Day.init), parties: [row.decode(atIndex: 2), row.decode(atIndex: 3)],
                          quotas: quotas)
        }
    }

}

/// Creates an empty file readable and writable by its owner only (mode 0600, whatever the umask),
/// so that SQLite finds it so; the WAL and shared-memory files SQLite makes beside it inherit the mode.
private func createOwnerOnlyFile(_ path: String) throws(LedgerError) {
    let descriptor = open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else { throw .database("\(path): cannot create (\(String(cString: strerror(errno))))") }
    close(descriptor)
}
