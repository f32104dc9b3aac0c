import GRDB
import LedgerDomain
import LedgerProofs

/// Why a journal entry could not be applied to the projections.
struct ReplayError: Error, CustomStringConvertible {
    var description: String
}

/// Applies journal events to the projection tables. The one place where an event changes a
/// table: recording a command and replaying the journal in `verify` both go through it, so a
/// replay that differs from the stored tables can only mean the tables were changed by hand.
enum Projector {
    static let personColumns = PersonField.allCases.map(\.rawValue)
    /// Built once: the text is the key of the statement cache, and building it for every person
    /// of an import or a replay was 4% of the work.
    private static let insertPerson = """
        INSERT INTO persons (\(personColumns.joined(separator: ", ")), added_seq, seq)
        VALUES (\(Array(repeating: "?", count: personColumns.count + 2).joined(separator: ", ")))
        """

    /// What one journal entry does to the projections: what its event does, and its leaf in the
    /// Merkle tree over the journal.
    static func apply(_ event: LedgerEvent, of entry: JournalEntry, tree: inout TreeTiles.Frontier, in db: Database) throws {
        try apply(event, seq: entry.seq, in: db)
        guard let leaf = TreeHash(hex: entry.hash) else { throw ReplayError(description: "hash \(entry.hash) is not 64 hex digits") }
        try TreeProjection.insert(tree.append(leafData: leaf.bytes), seq: entry.seq, in: db)
    }

    private static func apply(_ event: LedgerEvent, seq: Int64, in db: Database) throws {
        try ProjectionWriter.write(event.projectedRows, seq: seq, in: db)
        switch event {
        case .partyAdded, .agreementAdded, .listAdded, .listEntryResolved, .windowAdded, .originRecorded, .keyAdded, .remainsAdded,
             .consentRecorded:
            break
        case .personAdded(let person):
            let statement = try db.cachedStatement(sql: insertPerson)
            var binding = ParameterBinding(statement)
            try binding.bind(contentsOf: PersonField.allCases.lazy.map { person.fields[$0] })
            try binding.bind(seq, seq)
            try binding.complete().execute()
        case .batchAdded(let batch):
            try addBatch(batch, seq: seq, in: db)
        case .batchVoided(let void):
            try db.cachedStatement(sql: """
                UPDATE batches SET void_reason = ?, voided_seq = ?, seq = ? WHERE id = ? AND void_reason IS NULL
                """).execute(arguments: [void.reason, seq, seq, void.batchID])
            guard db.changesCount == 1 else { throw ReplayError(description: "batch \(void.batchID) is unknown or already void") }
            // A person identified as dead since the batch stays deceased; the status from before
            // the batch is what a superseded identification gives back.
            try db.cachedStatement(sql: """
                UPDATE remains SET person_prior_status = i.prior_status, seq = ?
                FROM batch_items AS i WHERE i.batch_id = ? AND remains.person_id = i.person_id
                """).execute(arguments: [seq, void.batchID])
            try db.cachedStatement(sql: """
                UPDATE persons SET held_by = i.prior_held_by,
                    status = CASE WHEN persons.status = 'deceased' THEN 'deceased' ELSE i.prior_status END, seq = ?
                FROM batch_items AS i WHERE i.batch_id = ? AND persons.id = i.person_id
                """).execute(arguments: [seq, void.batchID])
            try db.cachedStatement(sql: """
                UPDATE remains SET held_by = i.prior_held_by, seq = ?
                FROM batch_remains AS i WHERE i.batch_id = ? AND remains.id = i.remains_id
                """).execute(arguments: [seq, void.batchID])
        case .assessmentAdded(let assessment):
            try updateMedicalStanding(personID: assessment.personID, seq: seq, in: db)
        case .remainsSampled(let sample):
            try db.cachedStatement(sql: """
                UPDATE remains SET status = 'dna-pending', sample_id = ?, sampled_on = ?, seq = ? WHERE id = ? AND status <> 'identified'
                """).execute(arguments: [sample.sampleID, sample.on.description, seq, sample.remainsID])
            guard db.changesCount == 1 else { throw ReplayError(description: "remains \(sample.remainsID) are unknown or identified") }
            try db.cachedStatement(sql: "INSERT INTO remains_samples (sample_id, remains_id, on_date, seq) VALUES (?, ?, ?, ?)")
                .execute(arguments: [sample.sampleID, sample.remainsID, sample.on.description, seq])
            try noteEntry(remainsID: sample.remainsID, seq: seq, in: db)
        case .remainsIdentified(let identification):
            try identify(identification, seq: seq, in: db)
        }
    }

    /// Notes that the entry `seq` concerns the remains, for their history.
    private static func noteEntry(remainsID: String, seq: Int64, in db: Database) throws {
        try db.cachedStatement(sql: "INSERT INTO remains_entries (remains_id, seq) VALUES (?, ?)").execute(arguments: [remainsID, seq])
    }

    /// Records an identification. What it supersedes is undone first: the person the remains were
    /// identified as gets back the status they had before; other remains identified as the same
    /// person lose that identification (back to dna-pending or unidentified), and the person keeps
    /// the status they had before that first identification, to be restored if this one goes too.
    private static func identify(_ identification: RemainsIdentification, seq: Int64, in db: Database) throws {
        let id = identification.remainsID
        guard let current = try Row.fetchOne(db.cachedStatement(sql: "SELECT person_id, person_prior_status FROM remains WHERE id = ?"),
                                             arguments: [id]) else {
            throw ReplayError(description: "identification of unknown remains \(id)")
        }
        let formerPerson: String? = try current.decode(atIndex: 0)
        if let formerPerson {
            try db.cachedStatement(sql: "UPDATE persons SET status = ?, seq = ? WHERE id = ?")
                .execute(arguments: [try current.decode(atIndex: 1) as String, seq, formerPerson])
        }
        var personID: String?
        var priorStatus: String?
        let party: String
        switch identification.identifiedAs {
        case .party(let named):
            party = named
        case .person(let person):
            guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT belongs_to, status FROM persons WHERE id = ?"), arguments: [person]) else {
                throw ReplayError(description: "identification as unknown person \(person)")
            }
            personID = person
            party = try row.decode(atIndex: 0)
            priorStatus = try row.decode(atIndex: 1)
            if let earlier = try Row.fetchOne(db.cachedStatement(sql: "SELECT id, person_prior_status FROM remains WHERE person_id = ? AND id <> ?"),
                                              arguments: [person, id]) {
                priorStatus = try earlier.decode(atIndex: 1)
                try db.cachedStatement(sql: """
                    UPDATE remains SET status = CASE WHEN sample_id IS NULL THEN 'unidentified' ELSE 'dna-pending' END,
                        person_id = NULL, person_prior_status = NULL, identified_party = NULL, method = NULL, identified_on = NULL,
                        identification_note = NULL, identified_seq = NULL, seq = ?
                    WHERE id = ?
                    """).execute(arguments: [seq, try earlier.decode(atIndex: 0) as String])
                try noteEntry(remainsID: try earlier.decode(atIndex: 0), seq: seq, in: db)
            }
            try db.cachedStatement(sql: "UPDATE persons SET status = 'deceased', seq = ? WHERE id = ?").execute(arguments: [seq, person])
        }
        try db.cachedStatement(sql: """
            UPDATE remains SET status = 'identified', person_id = ?, person_prior_status = ?, identified_party = ?, method = ?,
                identified_on = ?, identification_note = ?, identified_seq = ?, seq = ?
            WHERE id = ?
            """).execute(arguments: [personID, priorStatus, party, identification.method?.rawValue, identification.on.description,
                                     identification.note, seq, seq, id])
        try noteEntry(remainsID: id, seq: seq, in: db)
    }

    /// Rewrites the person's row of `medical_status` from all their findings (`MedicalStanding`).
    private static func updateMedicalStanding(personID: String, seq: Int64, in db: Database) throws {
        // The person's dates come with each finding: one statement, not two, for every finding
        // recorded or replayed.
        let rows = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT a.on_date, a.category, a.severity, p.captured_on, p.birth_date
            FROM persons AS p JOIN assessments AS a ON a.person_id = p.id WHERE p.id = ? ORDER BY a.on_date DESC
            """), arguments: [personID])
        let findings = try rows.map { row in
            MedicalStanding.Finding(on: try row.decode(atIndex: 0), category: try row.parsed(1, MedicalCategory.init(rawValue:)),
                                    severity: try row.decode(atIndex: 2))
        }
        let born = try rows.first.flatMap { try $0.decode(atIndex: 4) as String? }.map { text in
            guard let date = PartialDate(text) else { throw ReplayError(description: "person \(personID) has the birth date '\(text)'") }
            return date
        }
        let capturedOn = try rows.first.flatMap { try $0.decode(atIndex: 3) as String? }
        guard let standing = MedicalStanding.row(personID: personID, findings: findings, capturedOn: capturedOn, born: born) else {
            throw ReplayError(description: "assessment of unknown person \(personID)")
        }
        try ProjectionWriter.write([standing], seq: seq, in: db)
    }

    private static func addBatch(_ batch: Batch, seq: Int64, in db: Database) throws {
        try db.cachedStatement(sql: """
            INSERT INTO batches (id, agreement_id, from_party, to_party, on_date, stage, place, note, named,
                                 over_quota_reason, added_seq, seq)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [batch.id, batch.agreementID, batch.from, batch.to, batch.on.description,
                                     batch.stage, batch.place, batch.note, batch.manifest.isEmpty && batch.remains.isEmpty ? 0 : 1,
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
            // The entries naming the person, on every list, are settled by the batch; voiding it
            // unsettles them, since a void batch's resolutions no longer count.
            try db.cachedStatement(sql: """
                INSERT INTO list_resolutions (list_id, entry, seq, outcome, on_date, batch_id)
                SELECT list_id, entry, ?, 'released', ?, ? FROM list_entries WHERE person_id = ?
                """).execute(arguments: [seq, batch.on.description, batch.id, personID])
        }
        for remainsID in batch.remains {
            guard let heldBy = try String.fetchOne(db.cachedStatement(sql: "SELECT held_by FROM remains WHERE id = ?"), arguments: [remainsID]) else {
                throw ReplayError(description: "batch \(batch.id) names unknown remains \(remainsID)")
            }
            try db.cachedStatement(sql: "INSERT INTO batch_remains (batch_id, remains_id, prior_held_by, seq) VALUES (?, ?, ?, ?)")
                .execute(arguments: [batch.id, remainsID, heldBy, seq])
            try db.cachedStatement(sql: "UPDATE remains SET held_by = ?, seq = ? WHERE id = ?").execute(arguments: [batch.to, seq, remainsID])
        }
    }
}
