/// A row an event puts into a projection table, as values. The domain decides what an event does;
/// the store writes the rows without knowing the event, in the same way when a command records it
/// and when `verify` replays it, so the two cannot drift apart. The store adds the entry's `seq`.
public struct ProjectedRow: Sendable, Hashable {
    public var table: String
    public var columns: [String]
    public var values: [Value]

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

    /// `values` in the order of `columns`; both come from the event's own code, never from input.
    public init(_ table: String, _ row: KeyValuePairs<String, Value>) {
        self.table = table
        columns = row.map(\.key)
        values = row.map(\.value)
    }
}
