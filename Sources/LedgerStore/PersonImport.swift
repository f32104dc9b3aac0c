import GRDB
import LedgerDomain

extension SQLiteLedger {
    /// Reads `source` row by row into one transaction. Rows are checked and appended as they come,
    /// so memory stays flat whatever the size; any problem anywhere rolls the whole import back
    /// after the source has been read to its end, so that every bad row is reported. The ids seen
    /// so far live in a temporary table, not in memory.
    public func importPersons(from source: any RecordSource<PersonField>, progress: ProgressHandler? = nil) throws(LedgerError) -> ImportSummary {
        try write { db, journal, today in
            let rules = PersonRules(knownParties: try Self.knownParties(db), today: today)
            try db.execute(sql: "CREATE TEMP TABLE import_ids (id TEXT PRIMARY KEY, line INTEGER) WITHOUT ROWID")
            var problems = ProblemList()
            var added = 0
            var unchanged = 0
            var items = 0
            while let item = source.next() {
                items += 1
                if items % progressInterval == 0 { progress?(items) }
                guard case .row(let row) = item else {
                    if case .problem(let problem) = item { problems.add(problem) }
                    continue
                }
                let repeated = try Self.repeatedID(in: row, db: db)
                if let repeated { problems.add(repeated) }
                let person: Person
                switch rules.check(row.fields) {
                case .failure(let found):
                    problems.add(contentsOf: found.placed(in: row))
                    continue
                case .success(let checked):
                    person = checked
                }
                guard repeated == nil else { continue }
                guard let existing = try Self.addedEntry(personID: person.id, in: db) else {
                    try journal.append(.personAdded(person), in: db)
                    added += 1
                    continue
                }
                if existing.payload == LedgerEvent.personAdded(person).payload.canonicalText {
                    unchanged += 1
                } else {
                    problems.add(Problem("id \(person.id) is already in the ledger (seq \(existing.seq)) with different data",
                                         at: row.location(of: .id)))
                }
            }
            try db.execute(sql: "DROP TABLE temp.import_ids")
            try problems.throwIfAny()
            return ImportSummary(added: added, unchanged: unchanged, seqs: journal.firstAppended.map { $0...journal.lastSeq })
        }
    }

    /// The problem of an id met before in the same import, or nil after noting it as seen.
    private static func repeatedID(in row: PersonRow, db: Database) throws -> Problem? {
        guard let id = row.fields[.id]?.trimmingWhitespace, !id.isEmpty else { return nil }
        try db.cachedStatement(sql: "INSERT INTO temp.import_ids (id, line) VALUES (?, ?) ON CONFLICT DO NOTHING")
            .execute(arguments: [id, row.location?.line])
        guard db.changesCount == 0 else { return nil }
        let firstLine = try Int.fetchOne(db.cachedStatement(sql: "SELECT line FROM temp.import_ids WHERE id = ?"), arguments: [id])
        return Problem("id \(id) appears twice in this file" + (firstLine.map { " (first at line \($0))" } ?? ""), at: row.location(of: .id))
    }

    /// The seq and canonical payload of the entry that added a person, if there is one. The
    /// entry must be that person's `person.add`: a projection pointing elsewhere is damage.
    static func addedEntry(personID: String, in db: Database) throws -> (seq: Int64, payload: String)? {
        let statement = try db.cachedStatement(sql: """
            SELECT j.seq, j.kind, j.payload FROM persons AS p JOIN journal AS j ON j.seq = p.added_seq WHERE p.id = ?
            """)
        guard let row = try Row.fetchOne(statement, arguments: [personID]) else { return nil }
        let seq: Int64 = try row.decode(atIndex: 0), kind: String = try row.decode(atIndex: 1), payload: String = try row.decode(atIndex: 2)
        guard kind == "person.add", case .personAdded(let added) = try readBack("seq \(seq)", { try LedgerEvent(kind: kind, payload: payload) }),
              added.id == personID else {
            throw DamagedData(description: "person \(personID) points to seq \(seq), which did not add them")
        }
        return (seq, payload)
    }
}
