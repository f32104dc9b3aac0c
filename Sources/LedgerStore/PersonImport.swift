import GRDB
import LedgerDomain

extension SQLiteLedger {
    /// Imports every person of `source`, all or nothing (see `RecordImport`). Rows whose id is in
    /// the ledger with the same data are skipped; an id twice in one source is an error.
    public func importPersons(from source: any RecordSource<PersonField>, progress: ProgressHandler? = nil) throws(LedgerError) -> ImportSummary {
        try write { db, journal, today in
            let rules = PersonRules(knownParties: try Self.knownParties(db), today: today)
            let importer = try RecordImport<PersonField>(db: db)
            return try importer.run(source, journal: &journal, progress: progress) { row in
                var problems: [Problem] = []
                var repeated = false
                if let id = row.fields[.id]?.trimmingWhitespace, !id.isEmpty, let first = try importer.firstLine(ofRepeated: id, row: row) {
                    problems.append(Problem("id \(id) appears twice in this file" + RecordImport<PersonField>.firstAt(first), at: row.location(of: .id)))
                    repeated = true
                }
                let person: Person
                switch rules.check(row.fields) {
                case .failure(let found): return .rejected(problems + found.placed(in: row))
                case .success(let checked): person = checked
                }
                if repeated { return .rejected(problems) }
                guard let existing = try Self.addedEntry(personID: person.id, in: db) else { return .add(.personAdded(person)) }
                if LedgerEvent.personAdded(person).isCanonicalPayload(existing.payload) { return .unchanged }
                return .rejected([Problem("id \(person.id) is already in the ledger (seq \(existing.seq)) with different data: "
                                          + PersonField.differences(here: person.fields, inLedger: existing.person.fields),
                                          at: row.location(of: .id))])
            }
        }
    }

    /// The seq and canonical payload of the entry that added a person, if there is one. The
    /// entry must be that person's `person.add`: a projection pointing elsewhere is damage.
    static func addedEntry(personID: String, in db: Database) throws -> (seq: Int64, payload: String, person: Person)? {
        let statement = try db.cachedStatement(sql: """
            SELECT j.seq, j.kind, j.payload FROM persons AS p JOIN journal AS j ON j.seq = p.added_seq WHERE p.id = ?
            """)
        var binding = ParameterBinding(statement)
        try binding.bind(personID)
        guard let row = try Row.fetchOne(binding.complete()) else { return nil }
        let seq: Int64 = try row.decode(atIndex: 0), kind: String = try row.decode(atIndex: 1), payload: String = try row.decode(atIndex: 2)
        guard kind == "person.add", case .personAdded(let added) = try readBack("seq \(seq)", { try LedgerEvent(kind: kind, payload: payload) }),
              added.id == personID else {
            throw DamagedData(description: "person \(personID) points to seq \(seq), which did not add them")
        }
        return (seq, payload, added)
    }
}
