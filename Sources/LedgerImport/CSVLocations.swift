import LedgerCSV
import LedgerDomain

extension CSVReader {
    /// Opens a CSV file, turning a missing or unreadable file into the error for exit code 66.
    static func opening(_ path: String) throws(LedgerError) -> CSVReader {
        do {
            return try CSVReader(path: path)
        } catch {
            throw .inputUnavailable(path: path, reason: error.reason)
        }
    }
}

extension SourceLocation {
    /// Where field `index` of `record` starts; where the record starts when there is no such field.
    init(file: String, record: CSVRecord, field index: Int?) {
        let position = index.flatMap { $0 < record.positions.count ? record.positions[$0] : nil }
        self.init(file: file, line: position?.line ?? record.line, column: position?.column ?? 1)
    }
}

extension Problem {
    init(_ error: CSVError, file: String) {
        self.init(error.message, at: SourceLocation(file: file, line: error.line, column: error.column))
    }
}
