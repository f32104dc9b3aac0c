import GRDB
import LedgerDomain

extension SQLiteLedger {
    public func parties() throws(LedgerError) -> [Party] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT code, name FROM parties ORDER BY code").map { row in
                try readBack("party") { try Party(code: row.decode(atIndex: 0), name: row.decode(atIndex: 1)) }
            }
        }
    }

    public func quotaProgress(agreementID: String?) throws(LedgerError) -> [QuotaProgress] {
        try read { db in
            // Batches and agreements are read in one transaction, so they agree with each other.
            let batches = try Self.batches(agreementID: agreementID, in: db)
            let ids = try String.fetchAll(db, sql: "SELECT id FROM agreements WHERE ?1 IS NULL OR id = ?1 ORDER BY date, id",
                                          arguments: [agreementID])
            return try ids.flatMap { id in
                guard let agreement = try Self.agreement(id: id, in: db) else {
                    throw DamagedData(description: "agreement \(id) has no agreement.add entry")
                }
                return QuotaProgress.lines(of: agreement, batches: batches)
            }
        }
    }

    public func batches(agreementID: String?) throws(LedgerError) -> [RecordedBatch] {
        try read { db in try Self.batches(agreementID: agreementID, in: db) }
    }

    public func agreementIDs() throws(LedgerError) -> [String] {
        try read { db in try String.fetchAll(db, sql: "SELECT id FROM agreements ORDER BY date, id") }
    }

    public func batchFacts(agreementID: String) throws(LedgerError) -> BatchFacts {
        let today = clock().today
        return try read { db in
            let agreement = try Self.agreement(id: agreementID, in: db)
            return BatchFacts(agreement: agreement, knownParties: try Self.knownParties(db), persons: [:],
                              batches: agreement == nil ? [] : try Self.batches(agreementID: agreementID, in: db), idTaken: false, today: today)
        }
    }

    static func batches(agreementID: String?, in db: Database) throws -> [RecordedBatch] {
        if let agreementID, try Self.agreement(id: agreementID, in: db) == nil {
            throw LedgerError.rejected(TextRules.unknown("agreement", agreementID))
        }
        var counts: [String: [TransferCategory: Int]] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT c.batch_id, c.category, c.count FROM batch_counts AS c JOIN batches AS b ON b.id = c.batch_id
            WHERE ?1 IS NULL OR b.agreement_id = ?1
            """, arguments: [agreementID]) {
            let count: Int = try row.decode(atIndex: 2)
            guard (1...Batch.maximumCount).contains(count) else { throw DamagedData(description: "a batch count of \(count)") }
            counts[try row.decode(atIndex: 0), default: [:]][try row.parsed(1, TransferCategory.init(rawValue:))] = count
        }
        return try Row.fetchAll(db, sql: """
            SELECT id, agreement_id, from_party, to_party, on_date, stage, place, note, named, over_quota_reason,
                   void_reason, added_seq
            FROM batches WHERE ?1 IS NULL OR agreement_id = ?1
            ORDER BY agreement_id, on_date, stage, from_party, added_seq
            """, arguments: [agreementID]).map { row in
            let id: String = try row.decode(atIndex: 0)
            return RecordedBatch(
                id: id, agreementID: try row.decode(atIndex: 1), from: try row.decode(atIndex: 2), to: try row.decode(atIndex: 3),
                on: try row.parsed(4, Day.init), stage: try row.decode(atIndex: 5), place: try row.decode(atIndex: 6),
                note: try row.decode(atIndex: 7), counts: counts[id] ?? [:], named: try row.decode(atIndex: 8),
                overQuotaReason: try row.decode(atIndex: 9), voidReason: try row.decode(atIndex: 10), addedSeq: try row.decode(atIndex: 11))
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
                                             arguments: [id]) else { throw LedgerError.rejected(TextRules.unknown("person", id)) }
            let history = try Self.entries(db, sql: """
                SELECT * FROM journal WHERE seq IN (
                    SELECT added_seq FROM persons WHERE id = ?1
                    UNION SELECT b.added_seq FROM batch_items AS i JOIN batches AS b ON b.id = i.batch_id WHERE i.person_id = ?1
                    UNION SELECT b.voided_seq FROM batch_items AS i JOIN batches AS b ON b.id = i.batch_id WHERE i.person_id = ?1
                    UNION SELECT seq FROM assessments WHERE person_id = ?1
                    UNION SELECT added_seq FROM consents WHERE person_id = ?1
                    UNION SELECT e.seq FROM remains_entries AS e JOIN journal AS j ON j.seq = e.seq
                          WHERE j.kind = 'remains.identify' AND json_extract(j.payload, '$.person') = ?1
                    UNION SELECT (SELECT min(later.seq) FROM remains_entries AS later JOIN journal AS lj ON lj.seq = later.seq
                                  WHERE later.remains_id = e.remains_id AND later.seq > e.seq AND lj.kind = 'remains.identify')
                          FROM remains_entries AS e JOIN journal AS j ON j.seq = e.seq
                          WHERE j.kind = 'remains.identify' AND json_extract(j.payload, '$.person') = ?1
                            AND e.remains_id = json_extract(j.payload, '$.remains')
                    UNION SELECT seq FROM list_entries WHERE person_id = ?1
                    UNION SELECT r.seq FROM list_resolutions AS r JOIN list_entries AS e ON e.list_id = r.list_id AND e.entry = r.entry
                          WHERE e.person_id = ?1 AND r.batch_id IS NULL)
                ORDER BY seq
                """, arguments: [id])
            return PersonRecord(person: try Self.person(from: row), history: history)
        }
    }

    private static func person(from row: Row) throws -> Person {
        var fields: [PersonField: String] = [:]
        for (index, field) in PersonField.allCases.enumerated() { fields[field] = try row.decode(atIndex: index) }
        return try readBack("person") { try Person(fields: fields) }
    }

    public func journal(since: Int64?, kind: String?, _ body: (JournalEntry) throws -> Void) throws(LedgerError) {
        try read { db in
            let cursor = try Row.fetchCursor(db, sql: """
                SELECT seq, at, actor, kind, payload, prev, hash FROM journal WHERE seq >= ?1 AND (?2 IS NULL OR kind = ?2) ORDER BY seq
                """, arguments: [since ?? 1, kind])
            while let row = try cursor.next() { try body(try Self.entry(from: row)) }
        }
    }

    public func head() throws(LedgerError) -> JournalEntry? {
        try read { db in try Self.entries(db, sql: "SELECT * FROM journal ORDER BY seq DESC LIMIT 1").first }
    }

    static func entries(_ db: Database, sql: String, arguments: StatementArguments = []) throws -> [JournalEntry] {
        try Row.fetchAll(db, sql: sql, arguments: arguments).map { try entry(from: $0) }
    }

    static func entry(from row: Row) throws -> JournalEntry {
        JournalEntry(seq: try row.decode(forColumn: "seq"), at: try row.decode(forColumn: "at"), actor: try row.decode(forColumn: "actor"),
                     kind: try row.decode(forColumn: "kind"), payload: try row.decode(forColumn: "payload"),
                     prev: try row.decode(forColumn: "prev"), hash: try row.decode(forColumn: "hash"))
    }
}
