import GRDB
import LedgerDomain

extension SQLiteLedger {
    /// Everything `reconcile` reports, read in one transaction so that its parts agree. With an
    /// agreement, only that agreement and its remains lines; lists and medical lines concern no
    /// single agreement and come only in the full report.
    public func reconciliation(agreementID: String?, overdueAfterDays: Int, against: CounterpartyList?) throws(LedgerError) -> Reconciliation {
        let today = clock().today
        return try read { db in
            let batches = try Self.batches(agreementID: agreementID, in: db)
            let ids = try String.fetchAll(db, sql: "SELECT id FROM agreements WHERE ?1 IS NULL OR id = ?1 ORDER BY date, id",
                                          arguments: [agreementID])
            let agreements = try ids.map { id in
                guard let agreement = try Self.agreement(id: id, in: db) else { throw DamagedData(description: "agreement \(id) vanished") }
                return AgreementReconciliation(agreement: agreement, batches: batches)
            }
            let whole = agreementID == nil
            return Reconciliation(
                agreements: agreements,
                lists: whole ? try Self.listRecords(in: db) : [],
                remains: try Self.reportLines(agreements: agreements.map(\.agreement), windows: whole ? try Self.windows(in: db).map(\.window) : [],
                                              in: db),
                medical: whole ? try Self.medicalLines(overdueBefore: PriorityList.overdueCutoff(today: today, after: overdueAfterDays), in: db) : [],
                asOf: today, head: try Row.fetchOne(db, sql: "SELECT seq || ':' || hash FROM journal ORDER BY seq DESC LIMIT 1")?[0],
                counterparty: try against.map { list in
                    CounterpartyMatch(party: list.party, ours: try Self.matchRecords(carriedWith: list.party, agreementID: agreementID, in: db),
                                      theirs: list.records, thresholds: list.thresholds)
                })
        }
    }

    /// The persons carried by the standing batches to or from `party` (under the agreement, when
    /// one is given), as records to match, each written in Latin by the system of their own party.
    private static func matchRecords(carriedWith party: String, agreementID: String?, in db: Database) throws -> [MatchRecord] {
        guard try knownParties(db).contains(party) else { throw LedgerError.rejected("unknown party \(party)") }
        return try Row.fetchAll(db, sql: """
            SELECT DISTINCT p.id, p.family_name, p.given_name, p.patronymic, p.family_name_latin, p.given_name_latin, p.patronymic_latin,
                   p.birth_date, p.belongs_to
            FROM batch_items AS i JOIN batches AS b ON b.id = i.batch_id JOIN persons AS p ON p.id = i.person_id
            WHERE b.void_reason IS NULL AND (b.from_party = ?1 OR b.to_party = ?1) AND (?2 IS NULL OR b.agreement_id = ?2)
            ORDER BY p.id
            """, arguments: [party, agreementID]).map { row in
            MatchRecord(id: try row.decode(atIndex: 0), familyName: try row.decode(atIndex: 1), givenName: try row.decode(atIndex: 2),
                        patronymic: try row.decode(atIndex: 3), familyNameLatin: try row.decode(atIndex: 4),
                        givenNameLatin: try row.decode(atIndex: 5), patronymicLatin: try row.decode(atIndex: 6),
                        birthDate: try row.parsedIfPresent(7, PartialDate.init), system: .of(party: try row.decode(atIndex: 8)))
        }
    }

    /// One line per party that holds, or released, assessed prisoners: a released prisoner counts
    /// for the party of the last batch that stands and carried them.
    private static func medicalLines(overdueBefore cutoff: Day, in db: Database) throws -> [MedicalLine] {
        try Row.fetchAll(db, sql: """
            WITH assessed AS (
                SELECT m.outcome_rank, m.eligible_since, p.status IN ('held', 'listed') AS held,
                       CASE WHEN p.status IN ('held', 'listed') THEN p.held_by ELSE (
                           SELECT b.from_party FROM batch_items AS i JOIN batches AS b ON b.id = i.batch_id
                           WHERE i.person_id = p.id AND b.void_reason IS NULL ORDER BY b.added_seq DESC LIMIT 1) END AS party,
                       EXISTS (SELECT 1 FROM consents AS c WHERE c.person_id = p.id AND c.in_force = 1 AND c.refuses = 1) AS refused
                FROM medical_status AS m JOIN persons AS p ON p.id = m.person_id)
            SELECT party, count(*), sum(outcome_rank = 1), sum(outcome_rank = 2), sum(outcome_rank = 3), sum(NOT held),
                   sum(held AND refused), sum(held AND NOT refused AND eligible_since < ?)
            FROM assessed WHERE party IS NOT NULL GROUP BY party ORDER BY party
            """, arguments: [cutoff.description]).map { row in
            MedicalLine(heldBy: try row.decode(atIndex: 0), assessed: try row.decode(atIndex: 1), directRepatriation: try row.decode(atIndex: 2),
                        neutralCountry: try row.decode(atIndex: 3), notEligible: try row.decode(atIndex: 4), released: try row.decode(atIndex: 5),
                        refused: try row.decode(atIndex: 6), overdue: try row.decode(atIndex: 7))
        }
    }
}
