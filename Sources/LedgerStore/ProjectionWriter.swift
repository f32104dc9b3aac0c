import Foundation
import GRDB
import LedgerDomain

/// Writes the rows the domain says an event projects, without knowing the event: the same code
/// for a command that records it and for `verify` replaying it.
enum ProjectionWriter {
    static func write(_ rows: [ProjectedRow], seq: Int64, in db: Database) throws {
        for row in rows {
            let statement = try db.cachedStatement(sql: statements.sql(row))
            var binding = ParameterBinding(statement)
            for value in row.values { try bind(value, seq: seq, to: &binding) }
            try binding.bind(seq)
            if case .update(_, let matchingValues) = row.operation {
                for value in matchingValues { try bind(value, seq: seq, to: &binding) }
            }
            try binding.complete().execute()
        }
    }

    /// The statements' texts, made once for each shape of row: a replay writes a finding's two rows
    /// for every finding of the journal, and building their text each time was most of their cost.
    private static let statements = StatementTexts()

    private final class StatementTexts: @unchecked Sendable {
        private struct Shape: Hashable {
            var table: String
            var columns: [String]
            var operation: ProjectedRow.Operation
        }

        private var texts: [Shape: String] = [:]
        // Tests write to several ledgers at once, from several threads.
        private let lock = NSLock()

        func sql(_ row: ProjectedRow) -> String {
            var operation = row.operation
            if case .update(let columns, let values) = operation { operation = .update(matchingColumns: columns, matchingValues: values.map { _ in .null }) }
            let shape = Shape(table: row.table, columns: row.columns, operation: operation)
            lock.lock()
            defer { lock.unlock() }
            if let text = texts[shape] { return text }
            let text = ProjectionWriter.sql(row)
            texts[shape] = text
            return text
        }
    }

    /// The statement of a row; its text is the key of the statement cache, and it is the same for
    /// every row of one kind. Table and column names come from the domain's code, never from input.
    private static func sql(_ row: ProjectedRow) -> String {
        let table = row.table.quotedDatabaseIdentifier
        let columns = (row.columns + ["seq"]).map(\.quotedDatabaseIdentifier)
        let insert = "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES (\(Array(repeating: "?", count: columns.count).joined(separator: ", ")))"
        switch row.operation {
        case .insert:
            return insert
        case .upsert(let key):
            let set = columns.filter { !key.map(\.quotedDatabaseIdentifier).contains($0) }.map { "\($0) = excluded.\($0)" }
            return "\(insert) ON CONFLICT (\(key.map(\.quotedDatabaseIdentifier).joined(separator: ", "))) DO UPDATE SET \(set.joined(separator: ", "))"
        case .update(let matchingColumns, _):
            return "UPDATE \(table) SET \(columns.map { "\($0) = ?" }.joined(separator: ", ")) WHERE \(matchingColumns.map { "\($0.quotedDatabaseIdentifier) = ?" }.joined(separator: " AND "))"
        }
    }

    private static func bind(_ value: ProjectedRow.Value, seq: Int64, to binding: inout ParameterBinding) throws {
        switch value {
        case .text(let text): try binding.bind(text)
        case .integer(let number): try binding.bind(number)
        case .bytes(let bytes): try binding.bind(Data(bytes))
        case .null: try binding.bind(DatabaseValue.null)
        case .entrySeq: try binding.bind(seq)
        }
    }
}
