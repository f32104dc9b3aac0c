import GRDB
import LedgerCSV
import LedgerDomain

extension SQLiteLedger {
    /// Streams the file row by row into one transaction. Rows are checked and appended as they
    /// come, so memory stays flat whatever the file's size; any problem anywhere rolls the whole
    /// import back after the file has been read to its end, so that every bad row is reported.
    public func importPersons(csvPath: String, progress: ProgressHandler? = nil) throws(LedgerError) -> ImportSummary {
        let reader = try CSVReader.opening(csvPath)
        return try write { db, journal, today in
            let rules = PersonRules(knownParties: try Self.knownParties(db), today: today)
            let columns = try Self.readHeader(reader, file: csvPath)
            var problems = ProblemList()
            var added = 0
            var unchanged = 0
            var rows = 0
            while true {
                rows += 1
                if rows % progressInterval == 0 { progress?(rows) }
                let record: CSVRecord
                do {
                    guard let next = try reader.next() else { break }
                    record = next
                } catch let error as CSVError {
                    problems.add(Problem(error, file: csvPath))
                    continue
                }
                guard record.fields.count == columns.fields.count else {
                    problems.add(Problem("expected \(columns.fields.count) fields as in the header, found \(record.fields.count)",
                                         record: record, field: nil, file: csvPath))
                    continue
                }
                let fields = Dictionary(uniqueKeysWithValues: zip(columns.fields, record.fields))
                let person: Person
                switch rules.check(fields) {
                case .failure(let found):
                    for item in found.items {
                        problems.add(Problem("\(item.field.rawValue): \(item.message)", record: record,
                                             field: columns.fields.firstIndex(of: item.field), file: csvPath))
                    }
                    continue
                case .success(let checked):
                    person = checked
                }
                guard let existing = try Self.addedEntry(personID: person.id, in: db) else {
                    try journal.append(.personAdded(person), in: db)
                    added += 1
                    continue
                }
                let idColumn = columns.fields.firstIndex(of: .id)
                if let first = journal.firstAppended, existing.seq >= first {
                    problems.add(Problem("id \(person.id) appears twice in this file", record: record, field: idColumn, file: csvPath))
                } else if existing.payload == LedgerEvent.personAdded(person).payload.canonicalText {
                    unchanged += 1
                } else {
                    problems.add(Problem("id \(person.id) is already in the ledger (seq \(existing.seq)) with different data",
                                         record: record, field: idColumn, file: csvPath))
                }
            }
            try problems.throwIfAny()
            return ImportSummary(added: added, unchanged: unchanged, seqs: journal.firstAppended.map { $0...journal.lastSeq })
        }
    }

    private static func readHeader(_ reader: CSVReader, file: String) throws(LedgerError) -> PersonColumns {
        let first: CSVRecord?
        do {
            first = try reader.next()
        } catch {
            throw .rejected([Problem(error, file: file)])
        }
        guard let header = first else {
            throw .rejected([Problem("the file is empty; the first row must name the columns", at: SourceLocation(file: file))])
        }
        do {
            return try PersonColumns(header: header.fields)
        } catch {
            throw .rejected(error.items.map { Problem($0.message, record: header, field: $0.column, file: file) })
        }
    }

    /// The seq and canonical payload of the entry that added a person, if there is one.
    static func addedEntry(personID: String, in db: Database) throws -> (seq: Int64, payload: String)? {
        let statement = try db.cachedStatement(sql: """
            SELECT seq, payload FROM journal WHERE seq = (SELECT added_seq FROM persons WHERE id = ?)
            """)
        return try Row.fetchOne(statement, arguments: [personID]).map { (try $0.decode(atIndex: 0), try $0.decode(atIndex: 1)) }
    }
}
