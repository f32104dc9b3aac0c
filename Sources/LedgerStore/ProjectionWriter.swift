import Foundation
import GRDB
import LedgerDomain

/// Writes the rows the domain says an event projects, without knowing the event: the same code
/// for a command that records it and for `verify` replaying it.
enum ProjectionWriter {
    static func insert(_ rows: [ProjectedRow], seq: Int64, in db: Database) throws {
        for row in rows {
            // Table and column names come from the domain's code, never from input.
            let columns = (row.columns + ["seq"]).map(\.quotedDatabaseIdentifier).joined(separator: ", ")
            let statement = try db.cachedStatement(sql: """
                INSERT INTO \(row.table.quotedDatabaseIdentifier) (\(columns)) VALUES (\(Array(repeating: "?", count: row.columns.count + 1).joined(separator: ", ")))
                """)
            var binding = ParameterBinding(statement)
            for value in row.values {
                switch value {
                case .text(let text): try binding.bind(text)
                case .integer(let number): try binding.bind(number)
                case .bytes(let bytes): try binding.bind(Data(bytes))
                case .null: try binding.bind(DatabaseValue.null)
                case .entrySeq: try binding.bind(seq)
                }
            }
            try binding.bind(seq)
            try binding.complete().execute()
        }
    }
}
