import LedgerCSV
import LedgerDomain

/// The rows of a record file whose first row names the columns — persons, assessments, list
/// entries, remains, manifests, the other side's list — read the same way for all of them, with
/// what spreadsheets write when they save a sheet as CSV:
/// - a row whose every cell is blank (`,,,`, a row cleared in the sheet) is skipped like an empty line;
/// - blank header cells at the end are no columns (a column once used, or formatted), and the blank
///   cells under them are dropped, so such a file reads as if they were not there;
/// - a header that is one cell holding `;` is a sheet saved with semicolons: that is said once,
///   instead of a problem for every column and row;
/// - bytes that are not UTF-8 are said once, at the first: the whole file is in another encoding.
final class SpreadsheetRows {
    /// The named columns, in file order, and where each starts.
    let header: CSVRecord
    let path: String
    private let reader: CSVReader
    private var saidNotUTF8 = false

    /// What the next call to `next()` gives.
    enum Item {
        case record(CSVRecord)
        case problem(Problem)
    }

    /// Reads the header. Throws `.rejected` for a file with no header (`empty` says so) or one
    /// that cannot be read as columns separated by commas.
    init(reader: CSVReader, path: String, empty: String) throws(LedgerError) {
        self.reader = reader
        self.path = path
        let first: CSVRecord?
        do {
            first = try Self.nextFilled(reader)
        } catch {
            throw .rejected([Problem(error, file: path)])
        }
        guard var header = first else { throw .rejected([Problem(empty, at: SourceLocation(file: path))]) }
        let named = header.fields.lastIndex { !Self.isBlank($0) }.map { $0 + 1 } ?? 0
        header.fields.removeLast(header.fields.count - named)
        header.positions.removeLast(header.positions.count - named)
        if header.fields.count == 1 && header.fields[0].contains(";") {
            throw .rejected([Problem("the columns are separated by ';'; save the file as CSV with commas",
                                     at: SourceLocation(file: path, line: header.line))])
        }
        self.header = header
    }

    /// Opens the file at `path`; a missing or unreadable file is `.inputUnavailable`.
    convenience init(path: String, empty: String) throws(LedgerError) {
        try self.init(reader: try CSVReader.opening(path), path: path, empty: empty)
    }

    /// The next row that is not blank, its blank cells beyond the header's columns dropped; nil at the end.
    func next() -> Item? {
        while true {
            do {
                guard var record = try Self.nextFilled(reader) else { return nil }
                if record.fields.count > header.fields.count, record.fields[header.fields.count...].allSatisfy(Self.isBlank) {
                    record.fields.removeLast(record.fields.count - header.fields.count)
                    record.positions.removeLast(record.positions.count - header.fields.count)
                }
                return .record(record)
            } catch {
                guard error.isNotUTF8 else { return .problem(Problem(error, file: path)) }
                if saidNotUTF8 { continue }
                saidNotUTF8 = true
                return .problem(Problem(error, file: path))
            }
        }
    }

    private static func nextFilled(_ reader: CSVReader) throws(CSVError) -> CSVRecord? {
        while let record = try reader.next() {
            if !record.fields.allSatisfy(isBlank) { return record }
        }
        return nil
    }

    private static func isBlank(_ cell: String) -> Bool { cell.trimmingWhitespace.isEmpty }
}
