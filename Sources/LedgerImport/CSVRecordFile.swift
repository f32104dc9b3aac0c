import LedgerCSV
import LedgerDomain

/// A CSV file of records whose columns are named as `Field` raw values, in any order: persons,
/// assessments, the entries of a named list. The header is read and checked when the file is
/// opened, so that a file which cannot hold such records is refused before any database is
/// touched; the rows are then read one at a time.
public final class CSVRecordFile<Field: RecordField>: RecordSource {
    private let rows: SpreadsheetRows
    private let path: String
    private let columns: [Field]
    private let noun: String
    private var count = 0
    private var ended = false

    /// Throws `.inputUnavailable` for a file that cannot be read, `.rejected` for a bad header.
    /// `noun` names the records in messages ("persons", "assessments").
    public convenience init(path: String, noun: String) throws(LedgerError) {
        try self.init(reader: try CSVReader.opening(path), path: path, noun: noun)
    }

    /// The bytes of a file already in memory, reported as `name`; throws `.rejected` for a bad header.
    public convenience init(bytes: [UInt8], name: String, noun: String) throws(LedgerError) {
        try self.init(reader: CSVReader(bytes: bytes), path: name, noun: noun)
    }

    private init(reader: CSVReader, path: String, noun: String) throws(LedgerError) {
        let rows = try SpreadsheetRows(reader: reader, path: path, empty: "the file is empty; the first row must name the columns")
        self.rows = rows
        self.path = path
        self.noun = noun
        let header = rows.header
        do {
            columns = try RecordColumns<Field>(header: header.fields).fields
        } catch {
            throw .rejected(error.items.map { Problem($0.message, at: SourceLocation(file: path, record: header, field: $0.column)) })
        }
    }

    // Callers reach this through `any RecordSource`, never specialised: without this, persons
    // files, the largest by far, would build every row's dictionary through generic witnesses.
    @_specialize(where Field == PersonField)
    public func next() -> RecordSourceItem<Field>? {
        guard !ended else { return nil }
        let record: CSVRecord
        switch rows.next() {
        case nil:
            ended = true
            return count == 0 ? .problem(Problem("the file has a header but no \(noun)", at: SourceLocation(file: path))) : nil
        case .problem(let problem):
            count += 1
            return .problem(problem)
        case .record(let next):
            record = next
        }
        count += 1
        guard record.fields.count == columns.count else {
            return .problem(Problem("expected \(columns.count) fields as in the header, found \(record.fields.count)",
                                    at: SourceLocation(file: path, record: record, field: nil)))
        }
        var fields: [Field: String] = Dictionary(minimumCapacity: columns.count)
        for (index, field) in columns.enumerated() {
            // A file the ledger wrote (`--format csv`) reads back as the data it came from.
            fields[field] = CSVWriter.unguarded(record.fields[index])
        }
        return .row(FieldRow(fields: fields, location: SourceLocation(file: path, record: record, field: nil),
                             columns: columns, positions: record.positions))
    }
}
