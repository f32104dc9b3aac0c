import GRDB
import LedgerDomain
import LedgerProofs

extension SQLiteLedger {
    /// Checks, in order, stopping at the first thing wrong: the file's pages (a damaged file is a
    /// database error); the hash chain entry by entry (gaps,
    /// hashes, links, canonical payloads); the expected head; a replay of every entry into a fresh
    /// in-memory database; every projection table against its replay, row by row; and the schema
    /// (tables, indexes, triggers) against the embedded `schema.sql`.
    public func verify(expectedHead: ExpectedHead?, progress: ProgressHandler? = nil) throws(LedgerError) -> VerifyReport {
        try mappingErrors(path: path) {
            // One connection and one transaction: the stored file is attached to a fresh in-memory
            // database, and the journal is read, replayed and compared on one snapshot of it, so a
            // writer committing meanwhile can never look like tampering.
            let replica = try DatabaseQueue(configuration: Self.configuration())
            return try replica.writeWithoutTransaction { db in
                try db.execute(sql: Schema.text)
                let countingTriggers = try Self.dropCountingTriggers(in: db)
                try db.execute(sql: "ATTACH DATABASE ? AS stored", arguments: [path])
                defer { try? db.execute(sql: "DETACH DATABASE stored") }
                var report = VerifyReport(entries: 0, head: nil, failure: nil)
                try db.inTransaction(.deferred) {
                    try Self.checkStoredPages(in: db)
                    let (head, failure) = try Self.replay(in: db, expectedHead: expectedHead, progress: progress)
                    if failure == nil {
                        try db.execute(sql: Schema.heldPrisonerRecount)
                        for definition in countingTriggers { try db.execute(sql: definition) }
                    }
                    report = VerifyReport(entries: head?.seq ?? 0, head: head,
                                          failure: try failure ?? Self.firstProjectionDifference(in: db) ?? Self.schemaDifference(in: db))
                    // The replica is thrown away; nothing is written to the stored file.
                    return .rollback
                }
                return report
            }
        }
    }

    /// Drops from the replica the triggers that keep `held_prisoner_counts`, and gives back their
    /// definitions, in order, to be made again after the replay, when the table is counted once
    /// from the replayed tables. Replayed through the triggers, the counts took a fifth of the
    /// time of a million-person verify; and counted afresh, they also prove the stored ones right
    /// where a wrong trigger would have repeated its own mistake in the replay.
    private static func dropCountingTriggers(in db: Database) throws -> [String] {
        let triggers = try Row.fetchAll(db, sql: """
            SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND name GLOB ? ORDER BY rowid
            """, arguments: [Schema.countingTriggers])
        for trigger in triggers { try db.execute(sql: "DROP TRIGGER \((trigger[0] as String).quotedDatabaseIdentifier)") }
        return triggers.map { $0[1] }
    }

    /// A damaged page can hide from the comparison — an index page, say, which the replay never
    /// reads — and would give wrong answers later, so the file's structure is checked first. A
    /// damaged file is a database error (exit 74) like anywhere else, not a verdict on the journal.
    private static func checkStoredPages(in db: Database) throws {
        // Structure only: a value breaking a CHECK constraint is left to the comparison with the
        // replay, which names the entry behind it (exit 1).
        try db.execute(sql: "PRAGMA ignore_check_constraints = ON")
        defer { try? db.execute(sql: "PRAGMA ignore_check_constraints = OFF") }
        let report = try String.fetchAll(db, sql: "PRAGMA stored.quick_check(1)")
        guard report != ["ok"] else { return }
        let problem = report.first { !$0.hasPrefix("*** in database") } ?? "quick_check failed"
        throw DatabaseError(resultCode: .SQLITE_CORRUPT, message: problem)
    }

    /// Walks `stored.journal` in order, checking the chain and applying each entry to the
    /// in-memory tables of the same connection.
    private static func replay(
        in db: Database, expectedHead: ExpectedHead?, progress: ProgressHandler?
    ) throws -> (head: JournalEntry?, failure: VerifyReport.Failure?) {
        var head: JournalEntry?
        var tree = TreeTiles.Frontier()
        var expectedHashFound: String?
        let cursor = try Row.fetchCursor(db, sql: "SELECT * FROM stored.journal ORDER BY seq")
        let failure: VerifyReport.Failure? = try {
            while let row = try cursor.next() {
                let entry: JournalEntry
                do {
                    entry = try Self.entry(from: row)
                } catch {
                    return .init(seq: (head?.seq ?? 0) + 1, message: "entry cannot be read: \(error)")
                }
                if let problem = Self.chainProblem(entry, after: head) { return problem }
                do {
                    let event = try LedgerEvent(kind: entry.kind, payload: entry.payload)
                    guard event.isCanonicalPayload(entry.payload) else {
                        return .init(seq: entry.seq, message: "payload is not in canonical form")
                    }
                    try Projector.apply(event, of: entry, tree: &tree, in: db)
                } catch {
                    return .init(seq: entry.seq, message: "cannot be replayed: \(Self.describe(error))")
                }
                if entry.seq == expectedHead?.seq { expectedHashFound = entry.hash }
                if entry.seq % Int64(progressInterval) == 0 { progress?(Int(entry.seq)) }
                head = entry
            }
            return nil
        }()
        if let failure { return (head, failure) }
        if let expectedHead, expectedHead.seq > 0 {
            guard let found = expectedHashFound else {
                return (head, .init(seq: expectedHead.seq, message: "the expected head is missing: the journal ends at seq \(head?.seq ?? 0)"))
            }
            if found != expectedHead.hash {
                return (head, .init(seq: expectedHead.seq, message: "hash \(found) differs from the expected head \(expectedHead.hash): the journal was rewritten from this entry or before"))
            }
        }
        return (head, nil)
    }

    private static func chainProblem(_ entry: JournalEntry, after previous: JournalEntry?) -> VerifyReport.Failure? {
        let expectedSeq = (previous?.seq ?? 0) + 1
        if entry.seq != expectedSeq {
            return .init(seq: expectedSeq, message: "entry is missing: the journal goes from seq \(previous?.seq ?? 0) to \(entry.seq)")
        }
        if TextRules.hasControlCharacter(entry.actor) || TextRules.hasControlCharacter(entry.kind) {
            return .init(seq: entry.seq, message: "actor or kind contains a control character")
        }
        let computed = entry.computedHash
        if entry.hash != computed {
            return .init(seq: entry.seq, message: "hash mismatch: stored \(entry.hash), computed from the entry \(computed)")
        }
        let expectedPrev = previous?.hash ?? JournalEntry.genesisHash
        if entry.prev != expectedPrev {
            return .init(seq: entry.seq, message: "prev \(entry.prev) does not match the hash of the entry before it, \(expectedPrev)")
        }
        return nil
    }

    /// The difference between a replayed projection (`main`) and the stored one (`stored`) that
    /// goes back to the earliest journal entry, or nil when every projection table is identical.
    private static func firstProjectionDifference(in db: Database) throws -> VerifyReport.Failure? {
        var first: VerifyReport.Failure?
        let tables = try String.fetchAll(db, sql: "SELECT name FROM main.sqlite_schema WHERE type = 'table' ORDER BY name")
            .filter { !Schema.recordTables.contains($0) }
        for table in tables {
            let columns = try Row.fetchAll(db, sql: "SELECT name, pk FROM pragma_table_info(?, 'main') ORDER BY cid", arguments: [table])
            let names: [String] = columns.map { $0[0] }
            let keys: [String] = columns.filter { ($0[1] as Int) > 0 }.sorted { ($0[1] as Int) < ($1[1] as Int) }.map { $0[0] }
            let list = names.map { "\"\($0)\"" }.joined(separator: ", ")
            let rows: [Row]
            do {
                if try matchesReplay(table, columns: names, keys: keys, in: db) { continue }
                rows = try Row.fetchAll(db, sql: """
                    SELECT 'stored', \(list) FROM (SELECT \(list) FROM stored."\(table)" EXCEPT SELECT \(list) FROM main."\(table)")
                    UNION ALL
                    SELECT 'replayed', \(list) FROM (SELECT \(list) FROM main."\(table)" EXCEPT SELECT \(list) FROM stored."\(table)")
                    """)
            } catch let error as DatabaseError where error.resultCode == .SQLITE_ERROR {
                // A missing table or column; a damaged file (SQLITE_CORRUPT…) is a database error instead.
                return .init(seq: nil, message: "table \(table) is missing or has other columns than schema.sql (\(describe(error)))")
            }
            var byKey: [String: (stored: Row?, replayed: Row?)] = [:]
            for row in rows {
                let key = keys.map { "\($0)=\(row[$0].map { "\($0)" } ?? "NULL")" }.joined(separator: ", ")
                if row[0] as String == "stored" { byKey[key, default: (nil, nil)].stored = row } else { byKey[key, default: (nil, nil)].replayed = row }
            }
            // In key order, so that of two differences equally early the same one is named every time.
            for key in byKey.keys.sorted() {
                let pair = byKey[key]!
                let seq: Int64? = pair.replayed?["seq"] ?? pair.stored?["seq"]
                let message: String
                switch pair {
                case (let stored?, let replayed?):
                    let changed = names.compactMap { name in Self.difference(stored[name], replayed[name]).map { "\(name) \($0)" } }
                    message = "\(table) row \(key) differs from the journal: \(changed.joined(separator: "; "))"
                case (_?, nil):
                    message = "\(table) row \(key) is in the database but no journal entry made it"
                default:
                    message = "\(table) row \(key) made by the journal is missing from the database"
                }
                if first == nil || (seq ?? .max) < (first?.seq ?? .max) { first = .init(seq: seq, message: message) }
            }
        }
        return first
    }

    /// Whether a table with a primary key is its replay: as many rows on each side, every
    /// replayed row with a stored twin (its key and the same values, `IS`: NULLs alike, text by
    /// its bytes) and every stored row with a replayed twin. A key lookup a row, where the
    /// `EXCEPT`s that name a difference sort both sides into temporary b-trees; so only a table
    /// that differs pays for them. Both directions, because the stored file's key index cannot be
    /// trusted to have kept its rows unique; the replay's can. A table without a key is always
    /// compared the slow way: with duplicate rows, equal counts would not prove equal tables.
    private static func matchesReplay(_ table: String, columns: [String], keys: [String], in db: Database) throws -> Bool {
        guard !keys.isEmpty else { return false }
        let twin = (keys.map { "b.\"\($0)\" = a.\"\($0)\"" } + columns.map { "b.\"\($0)\" IS a.\"\($0)\"" }).joined(separator: " AND ")
        func withTwins(_ side: String, in other: String) -> String {
            "(SELECT count(*) FROM \(side).\"\(table)\" AS a WHERE EXISTS (SELECT 1 FROM \(other).\"\(table)\" AS b WHERE \(twin)))"
        }
        let counts = try Row.fetchOne(db, sql: """
            SELECT (SELECT count(*) FROM main."\(table)"), (SELECT count(*) FROM stored."\(table)"),
                   \(withTwins("main", in: "stored")), \(withTwins("stored", in: "main"))
            """)!
        let replayed: Int = counts[0], stored: Int = counts[1], replayedWithTwin: Int = counts[2], storedWithTwin: Int = counts[3]
        return stored == replayed && replayedWithTwin == replayed && storedWithTwin == replayed
    }

    /// The first table, index or trigger whose definition differs from `schema.sql`, or a change
    /// to the list of journal kinds.
    private static func schemaDifference(in db: Database) throws -> VerifyReport.Failure? {
        func definitions(_ schema: String) throws -> [String: String?] {
            Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: """
                SELECT type || ' ' || name, sql FROM \(schema).sqlite_schema WHERE name NOT LIKE 'sqlite_%'
                """).map { ($0[0] as String, $0[1] as String?) })
        }
        let expected = try definitions("main"), found = try definitions("stored")
        for name in Set(expected.keys).union(found.keys).sorted() where expected[name] != found[name] {
            let state = found[name] == nil ? "is missing" : expected[name] == nil ? "is not in schema.sql" : "differs from schema.sql"
            return .init(seq: nil, message: "schema: \(name) \(state)")
        }
        func kinds(_ schema: String) throws -> [String] {
            try String.fetchAll(db, sql: "SELECT kind FROM \(schema).journal_kinds ORDER BY kind")
        }
        if try kinds("main") != kinds("stored") {
            return .init(seq: nil, message: "schema: the journal kinds differ from schema.sql")
        }
        return nil
    }

    /// How a stored value differs from the replayed one, nil when they are the same bytes. Text is
    /// compared by its bytes: Swift's == calls "é" and "e" + U+0301 the same, SQLite does not.
    private static func difference(_ stored: DatabaseValue, _ replayed: DatabaseValue) -> String? {
        if case .string(let a) = stored.storage, case .string(let b) = replayed.storage {
            guard !a.utf8.elementsEqual(b.utf8) else { return nil }
            let form = a == b ? " (the same letters in another Unicode form)" : ""
            return "is \(stored) in the database but \(replayed) by replay\(form)"
        }
        return stored == replayed ? nil : "is \(stored) in the database but \(replayed) by replay"
    }

    private static func describe(_ error: Error) -> String {
        if let error = error as? DatabaseError { return error.message ?? "\(error.resultCode)" }
        return "\(error)"
    }
}
