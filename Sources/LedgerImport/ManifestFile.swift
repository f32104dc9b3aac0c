import LedgerCSV
import LedgerDomain

/// A batch manifest: a CSV file whose `id` column names persons of the register and whose
/// `remains_id` column names remains; either column or both. Other columns are allowed and
/// ignored, so that `ledger person list --format csv` and `ledger remains --format csv` output can
/// serve. With both columns, each row fills exactly one of them.
public enum ManifestFile {
    static let columns: [(name: String, names: ManifestEntry.Names)] = [("id", .person), (RemainsField.id.rawValue, .remains)]

    public static func read(path: String) throws(LedgerError) -> [ManifestEntry] {
        let rows = try SpreadsheetRows(path: path, empty: "the manifest is empty; the first row must name the columns")
        let idColumns = columns.compactMap { column in
            rows.header.fields.firstIndex { $0.trimmingWhitespace == column.name }.map { (index: $0, names: column.names) }
        }
        if idColumns.isEmpty {
            throw .rejected([Problem("the manifest needs an id column naming persons or a remains_id column naming remains",
                                     at: SourceLocation(file: path, record: rows.header, field: 0))])
        }
        var problems = ProblemList()
        var entries: [ManifestEntry] = []
        while let item = rows.next() {
            let record: CSVRecord
            switch item {
            case .problem(let problem):
                problems.add(problem)
                continue
            case .record(let next):
                record = next
            }
            let filled = idColumns.compactMap { column -> ManifestEntry? in
                guard column.index < record.fields.count else { return nil }
                let id = record.fields[column.index].trimmingWhitespace
                return id.isEmpty ? nil : ManifestEntry(id: id, names: column.names, location: SourceLocation(file: path, record: record, field: column.index))
            }
            switch filled.count {
            case 1:
                entries.append(filled[0])
            case 0 where idColumns.count == 1 && idColumns[0].index < record.fields.count:
                problems.add(Problem("the id is empty", at: SourceLocation(file: path, record: record, field: idColumns[0].index)))
            case 0:
                problems.add(Problem(idColumns.count == 1 ? "the row has no id field" : "the row names neither a person (id) nor remains (remains_id)",
                                     at: SourceLocation(file: path, record: record, field: nil)))
            default:
                problems.add(Problem("the row names both a person (id) and remains (remains_id); give one a row",
                                     at: SourceLocation(file: path, record: record, field: nil)))
            }
        }
        if entries.isEmpty && problems.isEmpty { problems.add(Problem("the manifest names nobody", at: SourceLocation(file: path))) }
        try problems.throwIfAny()
        return entries
    }
}
