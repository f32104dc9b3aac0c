import GRDB
import LedgerDomain

/// Why a journal entry could not be applied to the projections.
struct ReplayError: Error, CustomStringConvertible {
    var description: String
}

/// Applies journal events to the projection tables. The one place where an event changes a
/// table: recording a command and replaying the journal in `verify` both go through it, so a
/// replay that differs from the stored tables can only mean the tables were changed by hand.
enum Projector {
    static let personColumns = PersonField.allCases.map(\.rawValue)

    static func apply(_ event: LedgerEvent, seq: Int64, in db: Database) throws {
        switch event {
        case .partyAdded(let party):
            try db.cachedStatement(sql: "INSERT INTO parties (code, name, seq) VALUES (?, ?, ?)")
                .execute(arguments: [party.code, party.name, seq])
        case .agreementAdded(let agreement):
            try db.cachedStatement(sql: """
                INSERT INTO agreements (id, title, date, party_a, party_b, seq) VALUES (?, ?, ?, ?, ?, ?)
                """).execute(arguments: [agreement.id, agreement.title, agreement.date.description,
                                         agreement.parties.first, agreement.parties.last, seq])
            for (index, quota) in agreement.quotas.enumerated() {
                let amount: Int? = if case .count(let count) = quota.amount { count } else { nil }
                try db.cachedStatement(sql: """
                    INSERT INTO quotas (agreement_id, quota_no, party, amount, seq) VALUES (?, ?, ?, ?, ?)
                    """).execute(arguments: [agreement.id, index + 1, quota.party, amount, seq])
                for category in quota.categories {
                    try db.cachedStatement(sql: """
                        INSERT INTO quota_categories (agreement_id, quota_no, category, seq) VALUES (?, ?, ?, ?)
                        """).execute(arguments: [agreement.id, index + 1, category.rawValue, seq])
                }
            }
        case .personAdded(let person):
            let statement = try db.cachedStatement(sql: """
                INSERT INTO persons (\(personColumns.joined(separator: ", ")), added_seq, seq)
                VALUES (\(Array(repeating: "?", count: personColumns.count + 2).joined(separator: ", ")))
                """)
            var values: [(any DatabaseValueConvertible)?] = PersonField.allCases.map { person.fields[$0] }
            values.append(seq)
            values.append(seq)
            statement.setUncheckedArguments(StatementArguments(values))
            try statement.execute()
        case .batchAdded(let batch):
            try addBatch(batch, seq: seq, in: db)
        case .batchVoided(let void):
            try db.cachedStatement(sql: """
                UPDATE batches SET void_reason = ?, voided_seq = ?, seq = ? WHERE id = ? AND void_reason IS NULL
                """).execute(arguments: [void.reason, seq, seq, void.batchID])
            guard db.changesCount == 1 else { throw ReplayError(description: "batch \(void.batchID) is unknown or already void") }
            try db.cachedStatement(sql: """
                UPDATE persons SET held_by = i.prior_held_by, status = i.prior_status, seq = ?
                FROM batch_items AS i WHERE i.batch_id = ? AND persons.id = i.person_id
                """).execute(arguments: [seq, void.batchID])
        }
    }

    private static func addBatch(_ batch: Batch, seq: Int64, in db: Database) throws {
        try db.cachedStatement(sql: """
            INSERT INTO batches (id, agreement_id, from_party, to_party, on_date, stage, place, note, named,
                                 over_quota_reason, added_seq, seq)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [batch.id, batch.agreementID, batch.from, batch.to, batch.on.description,
                                     batch.stage, batch.place, batch.note, batch.manifest.isEmpty ? 0 : 1,
                                     batch.overQuotaReason, seq, seq])
        for category in batch.counts.keys.sorted() {
            try db.cachedStatement(sql: "INSERT INTO batch_counts (batch_id, category, count, seq) VALUES (?, ?, ?, ?)")
                .execute(arguments: [batch.id, category.rawValue, batch.counts[category]!, seq])
        }
        let lookup = try db.cachedStatement(sql: "SELECT held_by, status, belongs_to FROM persons WHERE id = ?")
        for personID in batch.manifest {
            guard let row = try Row.fetchOne(lookup, arguments: [personID]) else {
                throw ReplayError(description: "batch \(batch.id) names unknown person \(personID)")
            }
            let heldBy: String = try row.decode(atIndex: 0), status: String = try row.decode(atIndex: 1)
            let belongsTo: String = try row.decode(atIndex: 2)
            try db.cachedStatement(sql: """
                INSERT INTO batch_items (batch_id, person_id, prior_held_by, prior_status, seq) VALUES (?, ?, ?, ?, ?)
                """).execute(arguments: [batch.id, personID, heldBy, status, seq])
            let after = PersonStatus.afterTransfer(to: batch.to, belongsTo: belongsTo)
            try db.cachedStatement(sql: "UPDATE persons SET held_by = ?, status = ?, seq = ? WHERE id = ?")
                .execute(arguments: [batch.to, after.rawValue, seq, personID])
        }
    }
}
