/// A row an event writes into a projection table, as values. The domain decides what an event
/// does; the store writes the rows without knowing the event, in the same way when a command
/// records it and when `verify` replays it, so the two cannot drift apart. The store adds the
/// entry's `seq` to every row it writes.
public struct ProjectedRow: Sendable, Hashable {
    public var table: String
    /// What becomes of the row.
    public var operation: Operation
    public var columns: [String]
    public var values: [Value]

    public enum Operation: Sendable, Hashable {
        /// A new row.
        case insert
        /// A new row, or the one with the same values in the `key` columns updated in place. Not
        /// a delete and an insert, which would fire the triggers of both.
        case upsert(key: [String])
        /// The rows whose `matchingColumns` have the `matchingValues` get the row's columns.
        case update(matchingColumns: [String], matchingValues: [Value])

        /// An update of the rows matching these columns' values.
        public static func update(matching row: KeyValuePairs<String, Value>) -> Operation {
            .update(matchingColumns: row.map(\.key), matchingValues: row.map(\.value))
        }
    }

    public enum Value: Sendable, Hashable {
        case text(String)
        case integer(Int64)
        case bytes([UInt8])
        case null
        /// The seq of the entry being projected, for a column such as `added_seq`.
        case entrySeq

        /// Text, or NULL for nil.
        public static func text(_ text: String?) -> Value { text.map { .text($0) } ?? .null }
        public static func integer(_ number: Int?) -> Value { number.map { .integer(Int64($0)) } ?? .null }
    }

    /// A new row of `table`: `values` in the order of `columns`; both come from the event's own
    /// code, never from input.
    public init(_ table: String, _ row: KeyValuePairs<String, Value>) {
        self.init(table, .insert, row)
    }

    public init(_ table: String, _ operation: Operation, _ row: KeyValuePairs<String, Value>) {
        self.table = table
        self.operation = operation
        columns = row.map(\.key)
        values = row.map(\.value)
    }
}
