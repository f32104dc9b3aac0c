import GRDB
import LedgerDomain

/// A value in the database that this ledger never writes: the file was changed by other means.
/// It becomes a database error (exit 74) that points to `ledger verify`, never a crash.
struct DamagedData: Error, CustomStringConvertible {
    var description: String
}

extension Row {
    /// Column `index` read as text and turned into a domain value (a day, a category, a status).
    func parsed<T>(_ index: Int, _ parse: (String) -> T?) throws -> T {
        let text: String = try decode(atIndex: index)
        guard let value = parse(text) else { throw DamagedData(description: "unexpected value '\(text)'") }
        return value
    }

    /// Like `parsed`, for a column that may be NULL.
    func parsedIfPresent<T>(_ index: Int, _ parse: (String) -> T?) throws -> T? {
        try (decode(atIndex: index) as String?) == nil ? nil : parsed(index, parse)
    }
}

/// Builds a domain value from what the database holds, under the domain's own rules.
/// `what` names the value in the error only, so it is built only when there is one.
func readBack<T>(_ what: @autoclosure () -> String, _ make: () throws -> T) throws -> T {
    do {
        return try make()
    } catch {
        let reason = switch error {
        case LedgerError.rejected(let problems, _): problems.map(\.message).joined(separator: "; ")
        case let problems as PersonProblems: problems.items.map(\.description).joined(separator: "; ")
        default: "\(error)"
        }
        throw DamagedData(description: "\(what()): \(reason)")
    }
}
