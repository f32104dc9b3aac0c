import GRDB
import LedgerDomain

extension LedgerError {
    /// Describes a database failure in words an operator can act on, naming the file.
    static func database(_ error: DatabaseError, path: String) -> LedgerError {
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return .database("\(path): database is busy (another process kept it locked for more than \(SQLiteLedger.busyTimeoutSeconds) s); try again")
        case .SQLITE_NOTADB:
            return .database("\(path): not a database file")
        case .SQLITE_CORRUPT:
            return .database("\(path): database file is damaged (\(error.message ?? "corrupt"))")
        case .SQLITE_READONLY:
            return .database("\(path): database is read-only")
        case .SQLITE_FULL:
            return .database("\(path): disk full, nothing was written")
        case .SQLITE_CANTOPEN:
            return .database("\(path): cannot open the database file")
        case .SQLITE_IOERR:
            return .database("\(path): I/O error (\(error.message ?? "unknown"))")
        default:
            return .database("\(path): \(error.message ?? "database error \(error.resultCode.rawValue)")")
        }
    }
}

/// Runs `body`, turning every error into a `LedgerError` so nothing from GRDB escapes the store.
func mappingErrors<T>(path: String, _ body: () throws -> T) throws(LedgerError) -> T {
    do {
        return try body()
    } catch let error as LedgerError {
        throw error
    } catch let error as DatabaseError {
        throw LedgerError.database(error, path: path)
    } catch {
        // A value of the wrong type or shape, read back from the file.
        throw LedgerError.database("\(path): the database holds data this ledger did not write (\(error)); `ledger verify` shows where")
    }
}
