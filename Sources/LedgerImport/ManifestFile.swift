import LedgerCSV
import LedgerDomain

/// A batch manifest: a CSV file with an `id` column naming persons of the register. Other
/// columns are allowed and ignored, so that `ledger person list --format csv` output can serve.
public enum ManifestFile {
    public static func read(path: String) throws(LedgerError) -> [ManifestEntry] {
        let reader = try CSVReader.opening(path)
        var problems = ProblemList()
        var entries: [ManifestEntry] = []
        var idColumn: Int?
        var header: CSVRecord?
        while true {
            let record: CSVRecord
            do {
                guard let next = try reader.next() else { break }
                record = next
            } catch {
                problems.add(Problem(error, file: path))
                continue
            }
            guard header != nil else {
                header = record
                idColumn = record.fields.firstIndex { $0.trimmingWhitespace == "id" }
                if idColumn == nil {
                    throw .rejected([Problem("the manifest needs an id column naming the persons", at: SourceLocation(file: path, record: record, field: 0))])
                }
                continue
            }
            guard let idColumn, idColumn < record.fields.count else {
                problems.add(Problem("the row has no id field", at: SourceLocation(file: path, record: record, field: nil)))
                continue
            }
            let id = record.fields[idColumn].trimmingWhitespace
            let location = SourceLocation(file: path, record: record, field: idColumn)
            if id.isEmpty {
                problems.add(Problem("the id is empty", at: location))
            } else {
                entries.append(ManifestEntry(personID: id, location: location))
            }
        }
        if header == nil { problems.add(Problem("the manifest is empty; the first row must name the columns", at: SourceLocation(file: path))) }
        if header != nil && entries.isEmpty && problems.isEmpty { problems.add(Problem("the manifest names nobody", at: SourceLocation(file: path))) }
        try problems.throwIfAny()
        return entries
    }
}
