import GRDB
import LedgerDomain

extension SQLiteLedger {
    public func parties() throws(LedgerError) -> [Party] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT code, name FROM parties ORDER BY code").map { try Party(code: $0[0], name: $0[1]) }
        }
    }

    public func quotaProgress(agreementID: String?) throws(LedgerError) -> [QuotaProgress] {
        try read { db in
            // Batches and agreements are read in one transaction, so they agree with each other.
            let batches = try Self.batches(agreementID: agreementID, in: db)
            let ids = try String.fetchAll(db, sql: "SELECT id FROM agreements WHERE ?1 IS NULL OR id = ?1 ORDER BY date, id",
                                          arguments: [agreementID])
            return try ids.flatMap { id in QuotaProgress.lines(of: try Self.agreement(id: id, in: db)!, batches: batches) }
        }
    }

    public func batches(agreementID: String?) throws(LedgerError) -> [RecordedBatch] {
        try read { db in try Self.batches(agreementID: agreementID, in: db) }
    }

    private static func batches(agreementID: String?, in db: Database) throws -> [RecordedBatch] {
        if let agreementID, try Self.agreement(id: agreementID, in: db) == nil {
            throw LedgerError.rejected("unknown agreement \(agreementID)")
        }
        var counts: [String: [TransferCategory: Int]] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT c.batch_id, c.category, c.count FROM batch_counts AS c JOIN batches AS b ON b.id = c.batch_id
            WHERE ?1 IS NULL OR b.agreement_id = ?1
            """, arguments: [agreementID]) {
            counts[row[0], default: [:]][TransferCategory(rawValue: row[1])!] = row[2]
        }
        return try Row.fetchAll(db, sql: """
            SELECT id, agreement_id, from_party, to_party, on_date, stage, place, note, named, over_quota_reason,
                   void_reason, added_seq
            FROM batches WHERE ?1 IS NULL OR agreement_id = ?1
            ORDER BY agreement_id, on_date, stage, from_party, added_seq
            """, arguments: [agreementID]).map { row in
            RecordedBatch(
                id: row[0], agreementID: row[1], from: row[2], to: row[3], on: Day(row[4] as String)!, stage: row[5],
                place: row[6], note: row[7], counts: counts[row[0]] ?? [:], named: row[8], overQuotaReason: row[9],
                voidReason: row[10], addedSeq: row[11])
        }
    }

    public func persons(_ filter: PersonFilter, _ body: (Person) throws -> Void) throws(LedgerError) {
        try read { db in
            let cursor = try Row.fetchCursor(db, sql: """
                SELECT \(Projector.personColumns.joined(separator: ", ")) FROM persons
                WHERE (?1 IS NULL OR held_by = ?1) AND (?2 IS NULL OR status = ?2) AND (?3 IS NULL OR category = ?3)
                ORDER BY id
                """, arguments: [filter.heldBy, filter.status?.rawValue, filter.category?.rawValue])
            while let row = try cursor.next() { try body(try Self.person(from: row)) }
        }
    }

    public func person(id: String) throws(LedgerError) -> PersonRecord {
        try read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT \(Projector.personColumns.joined(separator: ", ")) FROM persons WHERE id = ?",
                                             arguments: [id]) else { throw LedgerError.rejected("unknown person \(id)") }
            let history = try Self.entries(db, sql: """
                SELECT * FROM journal WHERE seq IN (
                    SELECT added_seq FROM persons WHERE id = ?1
                    UNION SELECT b.added_seq FROM batch_items AS i JOIN batches AS b ON b.id = i.batch_id WHERE i.person_id = ?1
                    UNION SELECT b.voided_seq FROM batch_items AS i JOIN batches AS b ON b.id = i.batch_id WHERE i.person_id = ?1)
                ORDER BY seq
                """, arguments: [id])
            return PersonRecord(person: try Self.person(from: row), history: history)
        }
    }

    private static func person(from row: Row) throws -> Person {
        var fields: [PersonField: String] = [:]
        for (index, field) in PersonField.allCases.enumerated() { fields[field] = row[index] }
        return try Person(fields: fields)
    }

    public func journal(since: Int64?, kind: String?, _ body: (JournalEntry) throws -> Void) throws(LedgerError) {
        try read { db in
            let cursor = try Row.fetchCursor(db, sql: """
                SELECT seq, at, actor, kind, payload, prev, hash FROM journal WHERE seq >= ?1 AND (?2 IS NULL OR kind = ?2) ORDER BY seq
                """, arguments: [since ?? 1, kind])
            while let row = try cursor.next() { try body(Self.entry(from: row)) }
        }
    }

    public func head() throws(LedgerError) -> JournalEntry? {
        try read { db in try Self.entries(db, sql: "SELECT * FROM journal ORDER BY seq DESC LIMIT 1").first }
    }

    private static func entries(_ db: Database, sql: String, arguments: StatementArguments = []) throws -> [JournalEntry] {
        try Row.fetchAll(db, sql: sql, arguments: arguments).map(entry(from:))
    }

    private static func entry(from row: Row) -> JournalEntry {
        JournalEntry(seq: row["seq"], at: row["at"], actor: row["actor"], kind: row["kind"], payload: row["payload"],
                     prev: row["prev"], hash: row["hash"])
    }
}
