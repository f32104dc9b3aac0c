/// Who this ledger is to the other side: its origin and the keys recorded for it.
public struct LogIdentity: Sendable, Hashable {
    public struct RecordedKey: Sendable, Hashable {
        public var key: LogKey
        /// The journal entry that recorded it.
        public var seq: Int64

        public init(key: LogKey, seq: Int64) {
            self.key = key
            self.seq = seq
        }
    }

    public var origin: String?
    public var keys: [RecordedKey]

    public init(origin: String?, keys: [RecordedKey]) {
        self.origin = origin
        self.keys = keys
    }

    public func keys(_ role: LogKey.Role) -> [LogKey] { keys.map(\.key).filter { $0.role == role } }
}
