import GRDB
import LedgerDomain

/// Named lists (docs/contract.md): recorded whole, then followed entry by entry until each is resolved.
extension SQLiteLedger {
    /// Records a list handed over by one party, all or nothing. The same list recorded again
    /// (same parties and entries, and the same date when one is given) is harmless and says so.
    public func importList(_ request: ListImportRequest, from source: any RecordSource<ListEntryField>) throws(LedgerError) -> ImportSummary {
        try write { db, journal, today in
            var rules = ListEntryRules(today: today)
            var entries: [ListEntry] = []
            var rowProblems = ProblemList()
            while let item = source.next() {
                switch item {
                case .problem(let problem):
                    rowProblems.add(problem)
                case .row(let row):
                    let personID = row.fields[.personID]?.trimmingWhitespace ?? ""
                    let known = try !personID.isEmpty && Self.personState(id: personID, in: db) != nil
                    switch rules.check(row, personKnown: known) {
                    case .success(let entry): entries.append(entry)
                    case .failure(let problems): rowProblems.add(contentsOf: problems.placed(in: row))
                    }
                }
            }
            let list = try NamedList(importing: request, entries: entries, rowProblems: rowProblems,
                                     facts: ListFacts(knownParties: try Self.knownParties(db), today: today))
            guard let recorded = try Self.recordedList(id: list.id, in: db) else {
                try journal.append(.listAdded(list), in: db)
                return ImportSummary(added: entries.count, unchanged: 0, seqs: journal.lastSeq...journal.lastSeq)
            }
            let same = recorded.list.from == list.from && recorded.list.to == list.to && recorded.list.entries == list.entries
                && recorded.list.origin == list.origin && (request.on == nil || request.on == recorded.list.on)
            guard same else { throw LedgerError.rejected("list \(list.id) already exists (seq \(recorded.seq)) with other data") }
            return ImportSummary(added: 0, unchanged: entries.count, seqs: nil)
        }
    }

    public func resolveListEntry(listID: String, entry: String, outcome: EntryOutcome, note: String, on: Day?) throws(LedgerError) -> JournalEntry {
        try write { db, journal, today in
            let listDate = try Row.fetchOne(db, sql: "SELECT on_date FROM lists WHERE id = ?", arguments: [listID])?.parsed(0, Day.init)
            // An entry is named by its key on the list or, failing that, by the person it names.
            let key = try String.fetchOne(db, sql: """
                SELECT entry FROM list_entries WHERE list_id = ?1 AND (entry = ?2 OR person_id = ?2)
                ORDER BY entry <> ?2 LIMIT 1
                """, arguments: [listID, entry])
            let current = try key.flatMap { key in try Self.entryRecords(listID: listID, key: key, in: db).first?.resolution?.outcome }
            let resolution = try ListResolution(
                listID: listID, entry: entry, outcome: outcome, note: note, on: on,
                facts: ListResolution.Facts(listDate: listDate, entryKey: key, current: current, today: today))
            return try journal.append(.listEntryResolved(resolution), in: db)
        }
    }

    public func lists() throws(LedgerError) -> [ListRecord] {
        try read { db in try Self.listRecords(in: db) }
    }

    static func listRecords(in db: Database) throws -> [ListRecord] {
        try String.fetchAll(db, sql: "SELECT id FROM lists ORDER BY on_date, id").map { id in
            guard let record = try listRecord(id: id, in: db) else { throw DamagedData(description: "list \(id) vanished") }
            return record
        }
    }

    public func list(id: String) throws(LedgerError) -> ListRecord {
        try read { db in
            guard let record = try Self.listRecord(id: id, in: db) else { throw LedgerError.rejected(TextRules.unknown("list", id)) }
            return record
        }
    }

    private static func listRecord(id: String, in db: Database) throws -> ListRecord? {
        guard let recorded = try recordedList(id: id, in: db) else { return nil }
        let byKey = Dictionary(try entryRecords(listID: id, key: nil, in: db).map { ($0.entry.key, $0) }) { first, _ in first }
        return ListRecord(list: recorded.list, seq: recorded.seq,
                          entries: recorded.list.entries.map { byKey[$0.key] ?? ListEntryRecord(entry: $0, resolution: nil) })
    }

    /// The list as its `list.add` entry recorded it.
    private static func recordedList(id: String, in db: Database) throws -> (list: NamedList, seq: Int64)? {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT j.seq, j.kind, j.payload FROM lists AS l JOIN journal AS j ON j.seq = l.seq WHERE l.id = ?
            """, arguments: [id]) else { return nil }
        let seq: Int64 = try row.decode(atIndex: 0)
        guard case .listAdded(let list) = try readBack("seq \(seq)", { try LedgerEvent(kind: row.decode(atIndex: 1), payload: row.decode(atIndex: 2)) }),
              list.id == id else { throw DamagedData(description: "list \(id) points to seq \(seq), which did not record it") }
        return (list, seq)
    }

    /// The entries of a list (one entry when `key` is given) with the resolution in force: the
    /// latest whose batch, if it came from one, is not void and is dated on or after the list.
    ///
    /// A batch settles only the lists dated on or before its day, as a resolution by hand may not
    /// be dated before its list. The rule is applied here, where resolutions are read, and not
    /// where a batch writes them (`Projector.addBatch` still writes one for every entry naming the
    /// person): so the journals recorded before the rule replay to the very rows they made, and
    /// `verify` holds for them, while every list, old or new, is read by the one rule.
    private static func entryRecords(listID: String, key: String?, in db: Database) throws -> [ListEntryRecord] {
        try Row.fetchAll(db, sql: """
            SELECT e.entry, e.person_id, e.family_name, e.given_name, e.patronymic, e.birth_date, e.notes,
                   r.outcome, r.on_date, r.note, r.batch_id, r.seq
            FROM list_entries AS e JOIN lists AS l ON l.id = e.list_id
            LEFT JOIN list_resolutions AS r ON r.seq = (
                SELECT latest.seq FROM list_resolutions AS latest LEFT JOIN batches AS b ON b.id = latest.batch_id
                WHERE latest.list_id = e.list_id AND latest.entry = e.entry AND b.void_reason IS NULL
                  AND (b.id IS NULL OR b.on_date >= l.on_date)
                ORDER BY latest.seq DESC LIMIT 1) AND r.list_id = e.list_id AND r.entry = e.entry
            WHERE e.list_id = ?1 AND (?2 IS NULL OR e.entry = ?2)
            ORDER BY e.position
            """, arguments: [listID, key]).map { row in
            let entry = ListEntry(key: try row.decode(atIndex: 0), personID: try row.decode(atIndex: 1), familyName: try row.decode(atIndex: 2),
                                  givenName: try row.decode(atIndex: 3), patronymic: try row.decode(atIndex: 4),
                                  birthDate: try row.decode(atIndex: 5), notes: try row.decode(atIndex: 6))
            let resolution = try row.parsedIfPresent(7, EntryOutcome.init(rawValue:)).map { outcome in
                EntryResolution(outcome: outcome, on: try row.parsed(8, Day.init), note: try row.decode(atIndex: 9),
                                batchID: try row.decode(atIndex: 10), seq: try row.decode(atIndex: 11))
            }
            return ListEntryRecord(entry: entry, resolution: resolution)
        }
    }
}
