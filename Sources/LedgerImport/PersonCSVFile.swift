import LedgerCSV
import LedgerDomain

/// A persons CSV file (columns named as `PersonField` raw values, in any order). The header is
/// read and checked when the file is opened, so that a file which cannot be a persons file is
/// refused before any database is touched; the rows are then read one at a time.
public final class PersonCSVFile: PersonSource {
    private let reader: CSVReader
    private let path: String
    private let columns: [PersonField]
    private var rows = 0
    private var ended = false

    /// Throws `.inputUnavailable` for a file that cannot be read, `.rejected` for a bad header.
    public convenience init(path: String) throws(LedgerError) {
        try self.init(reader: try CSVReader.opening(path), path: path)
    }

    /// The bytes of a persons file already in memory, reported as `name`; throws `.rejected` for a bad header.
    public convenience init(bytes: [UInt8], name: String) throws(LedgerError) {
        try self.init(reader: CSVReader(bytes: bytes), path: name)
    }

    private init(reader: CSVReader, path: String) throws(LedgerError) {
        self.reader = reader
        self.path = path
        let first: CSVRecord?
        do {
            first = try reader.next()
        } catch {
            throw .rejected([Problem(error, file: path)])
        }
        guard let header = first else {
            throw .rejected([Problem("the file is empty; the first row must name the columns", at: SourceLocation(file: path))])
        }
        do {
            columns = try PersonColumns(header: header.fields).fields
        } catch {
            throw .rejected(error.items.map { Problem($0.message, at: SourceLocation(file: path, record: header, field: $0.column)) })
        }
    }

    public func next() -> PersonSourceItem? {
        guard !ended else { return nil }
        let record: CSVRecord
        do {
            guard let next = try reader.next() else {
                ended = true
                return rows == 0 ? .problem(Problem("the file has a header but no persons", at: SourceLocation(file: path))) : nil
            }
            record = next
        } catch {
            rows += 1
            return .problem(Problem(error, file: path))
        }
        rows += 1
        guard record.fields.count == columns.count else {
            return .problem(Problem("expected \(columns.count) fields as in the header, found \(record.fields.count)",
                                    at: SourceLocation(file: path, record: record, field: nil)))
        }
        var fields: [PersonField: String] = [:]
        var locations: [PersonField: SourceLocation] = [:]
        for (index, field) in columns.enumerated() {
            // A file the ledger wrote (`person list --format csv`) reads back as the data it came from.
            fields[field] = CSVWriter.unguarded(record.fields[index])
            locations[field] = SourceLocation(file: path, record: record, field: index)
        }
        return .row(PersonRow(fields: fields, location: SourceLocation(file: path, record: record, field: nil), fieldLocations: locations))
    }
}
