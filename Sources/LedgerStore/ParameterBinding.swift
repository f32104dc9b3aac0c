import GRDB
import GRDBSQLite

/// Binds values straight to a prepared statement's parameters, in order: what
/// `execute(arguments:)` does, without the `StatementArguments` it builds for every call (an array
/// of existentials, each converted to a `DatabaseValue`). For the statements that run once for
/// every row an import writes or `verify` replays, where that cost is paid a million times.
struct ParameterBinding {
    private let statement: Statement
    private var index: CInt = 0

    /// Starts at the first parameter of `statement`, with the values of its last run cleared.
    init(_ statement: Statement) {
        // Resets the statement, clears its bindings and tells GRDB that they are complete, so that
        // `execute()` and the fetch methods without arguments run it with the values bound here.
        statement.setUncheckedArguments(StatementArguments())
        self.statement = statement
    }

    /// Binds `values` to the next parameters.
    mutating func bind<each Value: StatementBinding>(_ values: repeat each Value) throws {
        for value in repeat each values { try bindNext(value) }
    }

    /// Binds `values` to the next parameters.
    mutating func bind(contentsOf values: some Sequence<some StatementBinding>) throws {
        for value in values { try bindNext(value) }
    }

    /// The statement, to run or fetch from, once every parameter has a value: a parameter left
    /// out would otherwise be NULL without a word, where `execute(arguments:)` refused it.
    func complete() throws -> Statement {
        let count = sqlite3_bind_parameter_count(statement.sqliteStatement)
        guard index == count else {
            throw DatabaseError(resultCode: .SQLITE_MISUSE, message: "\(index) of \(count) parameters bound", sql: statement.sql)
        }
        return statement
    }

    private mutating func bindNext(_ value: some StatementBinding) throws {
        index += 1
        let code = ResultCode(rawValue: value.bind(to: statement.sqliteStatement, at: index))
        // Only a value too large for SQLite or a lack of memory can fail here.
        guard code == .SQLITE_OK else { throw DatabaseError(resultCode: code, sql: statement.sql) }
    }
}

extension Statement {
    /// Runs the statement once with `values` bound to its parameters, in order.
    func execute<each Value: StatementBinding>(binding values: repeat each Value) throws {
        var binding = ParameterBinding(self)
        try binding.bind(repeat each values)
        try binding.complete().execute()
    }
}
