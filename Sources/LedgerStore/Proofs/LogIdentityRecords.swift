import GRDB
import LedgerDomain

extension SQLiteLedger {
    public func recordOrigin(_ origin: String) throws(LedgerError) -> JournalEntry {
        try write { db, journal, _ in
            let origin = try LogOrigin(origin: origin, facts: .init(recorded: try Self.origin(in: db)))
            return try journal.append(.originRecorded(origin), in: db)
        }
    }

    public func addKey(_ text: String, role: LogKey.Role) throws(LedgerError) -> JournalEntry {
        try write { db, journal, _ in
            let recorded = Set(try String.fetchAll(db, sql: "SELECT verifier_key FROM log_keys"))
            let key = try LogKey(text: text, role: role, facts: .init(recorded: recorded, origin: try Self.origin(in: db)))
            return try journal.append(.keyAdded(key), in: db)
        }
    }

    public func logIdentity() throws(LedgerError) -> LogIdentity {
        try read { db in
            let keys = try Row.fetchAll(db, sql: "SELECT verifier_key, name, key_id, role, seq FROM log_keys ORDER BY seq").map { row in
                LogIdentity.RecordedKey(key: LogKey(text: row[0], name: row[1], keyID: row[2], role: try row.parsed(3, LogKey.Role.init(rawValue:))), seq: row[4])
            }
            return LogIdentity(origin: try Self.origin(in: db), keys: keys)
        }
    }

    private static func origin(in db: Database) throws -> String? {
        try String.fetchOne(db, sql: "SELECT origin FROM log_origin")
    }
}
