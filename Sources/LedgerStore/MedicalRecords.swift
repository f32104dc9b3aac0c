import GRDB
import LedgerDomain

/// The mixed medical commission's work: assessments, prisoners' decisions on
/// repatriation, and the priority list built from them.
extension SQLiteLedger {
    public func addAssessment(fields: [AssessmentField: String]) throws(LedgerError) -> JournalEntry {
        try write { db, journal, today in
            switch try Self.decide(FieldRow(fields: fields), rules: AssessmentRules(today: today), in: db) {
            case .add(let event): return try journal.append(event, in: db)
            case .unchanged: throw LedgerError.rejected("this assessment is already recorded, with the same data")
            case .rejected(let problems): throw LedgerError.rejected(problems)
            }
        }
    }

    /// Imports a commission sitting, all or nothing. A finding already recorded with the same data
    /// is skipped; a person assessed twice on one day in the file is an error.
    public func importAssessments(from source: any RecordSource<AssessmentField>) throws(LedgerError) -> ImportSummary {
        try write { db, journal, today in
            let rules = AssessmentRules(today: today)
            let importer = try RecordImport<AssessmentField>(db: db)
            return try importer.run(source, journal: &journal, progress: nil) { row in
                let person = row.fields[.personID]?.trimmingWhitespace ?? "", on = row.fields[.on]?.trimmingWhitespace ?? ""
                if !person.isEmpty, !on.isEmpty, let first = try importer.firstLine(ofRepeated: "\(person) \(on)", row: row) {
                    return .rejected([Problem("person \(person) is assessed twice on \(on) in this file" + RecordImport<AssessmentField>.firstAt(first),
                                              at: row.location(of: .personID))])
                }
                return try Self.decide(row, rules: rules, in: db)
            }
        }
    }

    /// One finding checked against the rules and against what is recorded: a person has at most
    /// one finding a day, so the same finding again is unchanged and a different one is refused.
    private static func decide(_ row: FieldRow<AssessmentField>, rules: AssessmentRules, in db: Database) throws -> RowDecision {
        let personID = row.fields[.personID]?.trimmingWhitespace ?? ""
        let assessment: Assessment
        switch rules.check(row.fields, person: try Self.personState(id: personID, in: db)) {
        case .failure(let problems): return .rejected(problems.placed(in: row))
        case .success(let checked): assessment = checked
        }
        let recorded = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT j.seq, j.payload FROM assessments AS a JOIN journal AS j ON j.seq = a.seq WHERE a.person_id = ? AND a.on_date = ?
            """), arguments: [assessment.personID, assessment.on.description])
        guard let recorded else { return .add(.assessmentAdded(assessment)) }
        if try recorded.decode(atIndex: 1) as String == LedgerEvent.assessmentAdded(assessment).canonicalPayload { return .unchanged }
        return .rejected([Problem("person \(assessment.personID) already has a different assessment of \(assessment.on) (seq \(try recorded.decode(atIndex: 0) as Int64))",
                                  at: row.location(of: .on))])
    }

    public func assessments(personID: String) throws(LedgerError) -> [RecordedAssessment] {
        try read { db in
            guard try Self.personState(id: personID, in: db) != nil else { throw LedgerError.rejected(TextRules.unknown("person", personID)) }
            let inForce = try String.fetchOne(db, sql: "SELECT assessed_on FROM medical_status WHERE person_id = ?", arguments: [personID])
            return try Row.fetchAll(db, sql: """
                SELECT j.kind, j.payload, a.seq, a.on_date FROM assessments AS a JOIN journal AS j ON j.seq = a.seq
                WHERE a.person_id = ? ORDER BY a.on_date DESC
                """, arguments: [personID]).map { row in
                let seq: Int64 = try row.decode(atIndex: 2)
                guard case .assessmentAdded(let assessment) = try readBack("seq \(seq)", {
                    try LedgerEvent(kind: try row.decode(atIndex: 0), payload: try row.decode(atIndex: 1))
                }) else { throw DamagedData(description: "assessment of \(personID) points to seq \(seq), which is not an assessment") }
                return RecordedAssessment(assessment: assessment, inForce: try row.decode(atIndex: 3) == inForce, seq: seq)
            }
        }
    }

    public func recordConsent(personID: String, on: Day?, refuses: Bool, witness: String) throws(LedgerError) -> JournalEntry {
        try write { db, journal, today in
            let current = try Row.fetchOne(db, sql: "SELECT on_date, refuses FROM consents WHERE person_id = ? AND in_force = 1",
                                           arguments: [personID])
            let facts = RepatriationConsent.Facts(
                person: try Self.personState(id: personID, in: db),
                inForce: try current.map { (on: try $0.parsed(0, Day.init), refuses: try $0.decode(atIndex: 1) as Bool) }, today: today)
            let consent = try RepatriationConsent(personID: personID, on: on, refuses: refuses, witness: witness, facts: facts)
            return try journal.append(.consentRecorded(consent), in: db)
        }
    }

    /// The priority list of docs/contract.md; with `saveAs`, also frozen as a named list in the same
    /// transaction, so that the list saved is exactly the one returned.
    public func priority(_ query: PriorityQuery, saveAs listID: String?, on: Day?) throws(LedgerError) -> (PriorityList, JournalEntry?) {
        guard let listID else {
            let today = clock().today
            return (try read { db in try Self.priorityList(query, today: today, in: db) }, nil)
        }
        return try write { db, journal, today in
            let list = try Self.priorityList(query, today: today, in: db)
            let named = try NamedList(saving: list, id: listID, on: on)
            if let seq = try Int64.fetchOne(db, sql: "SELECT seq FROM lists WHERE id = ?", arguments: [listID]) {
                throw LedgerError.rejected("list \(listID) already exists (seq \(seq)); a saved list is never replaced")
            }
            return (list, try journal.append(.listAdded(named), in: db))
        }
    }

    public func priority(_ query: PriorityQuery, eachRow: (PriorityRow) -> Void) throws(LedgerError) {
        let today = clock().today
        try read { db in
            var rank = 0
            try Self.priorityCandidates(query, in: db) { candidate in
                rank += 1
                eachRow(PriorityRow(rank: rank, candidate: candidate, query: query, today: today))
            }
        }
    }

    /// The footer's counts are sums over the few rows of `held_prisoner_counts`, which triggers
    /// keep, so that they cost nothing at any size.
    private static func priorityList(_ query: PriorityQuery, today: Day, in db: Database) throws -> PriorityList {
        var candidates: [PriorityCandidate] = []
        try priorityCandidates(query, in: db) { candidates.append($0) }
        let categories = query.categoryNames
        let cutoff = PriorityList.overdueCutoff(today: today, after: query.overdueAfterDays).description
        let categoryFilter = categories.isEmpty ? "category <> ''" : "category IN \(placeholders(categories.count))"
        let counts = try Row.fetchOne(db, sql: """
            SELECT coalesce(sum(count) FILTER (WHERE \(categoryFilter) AND refuses = 0), 0),
                   coalesce(sum(count) FILTER (WHERE \(categoryFilter) AND refuses = 0 AND eligible_since <> '' AND eligible_since < ?), 0),
                   coalesce(sum(count) FILTER (WHERE refuses = 1), 0),
                   coalesce(sum(count) FILTER (WHERE category = '' AND refuses = 0), 0)
            FROM held_prisoner_counts WHERE held_by = ?
            """, arguments: StatementArguments(categories + categories + [cutoff, query.heldBy]))!
        return PriorityList(query: query, today: today, ordered: candidates, ranked: try counts.decode(atIndex: 0),
                            refused: try counts.decode(atIndex: 2), neverAssessed: try counts.decode(atIndex: 3),
                            overdue: try counts.decode(atIndex: 1))
    }

    /// The rows come from one query that reads the `medical_priority` index in order; the person
    /// table is joined to it (CROSS JOIN keeps SQLite from starting with persons and sorting), so
    /// that `--limit` stops after about that many rows. Through a cursor, a row at a time, so that
    /// half a million rows are never copied into Row values.
    private static func priorityCandidates(_ query: PriorityQuery, in db: Database, each: (PriorityCandidate) -> Void) throws {
        guard try knownParties(db).contains(query.heldBy) else { throw LedgerError.rejected("unknown party \(query.heldBy)") }
        let categories = query.categoryNames
        let rows = try Row.fetchCursor(db, sql: priorityRows(categoryCount: categories.count),
                                       arguments: StatementArguments([query.heldBy] + categories) + [query.limit ?? -1])
        while let row = try rows.next() {
            each(try readBack("medical status of \((try? row.decode(atIndex: 0) as String) ?? "?")") {
                PriorityCandidate(
                    personID: try row.decode(atIndex: 0), familyName: try row.decode(atIndex: 1), givenName: try row.decode(atIndex: 2),
                    assessedOn: try row.parsed(3, Day.init), category: try row.parsed(4, MedicalCategory.init(rawValue:)),
                    severity: try row.decode(atIndex: 5), capturedOn: try row.parsedIfPresent(6, Day.init),
                    birthDate: try row.parsedIfPresent(7, PartialDate.init),
                    eligibleSince: try row.parsedIfPresent(8, Day.init))
            })
        }
    }

    /// FROM and WHERE of the prisoners a priority list ranks: held by `?`, of the `?` categories
    /// when there are any, assessed, not refusing repatriation.
    private static func rankedPrisoners(categoryCount: Int) -> String {
        let categoryFilter = categoryCount == 0 ? "" : "AND m.category IN \(placeholders(categoryCount))"
        return """
            FROM medical_status AS m CROSS JOIN persons AS p ON p.id = m.person_id
            WHERE p.held_by = ? AND p.status IN ('held', 'listed') \(categoryFilter)
              AND NOT EXISTS (SELECT 1 FROM consents AS c WHERE c.person_id = m.person_id AND c.in_force = 1 AND c.refuses = 1)
            """
    }

    /// `(?, ?, …)` with `count` parameters.
    private static func placeholders(_ count: Int) -> String {
        "(" + Array(repeating: "?", count: count).joined(separator: ", ") + ")"
    }

    /// The query of a priority list's rows; arguments: held-by, the categories, the limit (-1: none).
    static func priorityRows(categoryCount: Int) -> String {
        """
        SELECT m.person_id, p.family_name, p.given_name, m.assessed_on, m.category, m.severity, p.captured_on, p.birth_date,
               m.eligible_since
        \(rankedPrisoners(categoryCount: categoryCount))
        ORDER BY m.outcome_rank, m.severity DESC, m.captured_on IS NULL, m.captured_on, m.born_from IS NULL, m.born_from, m.person_id
        LIMIT ?
        """
    }

    /// Where a person stands, nil when the register has nobody of that id.
    static func personState(id: String, in db: Database) throws -> PersonState? {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT held_by, belongs_to, category, status, captured_on FROM persons WHERE id = ?
            """), arguments: [id]) else { return nil }
        return PersonState(
            heldBy: try row.decode(atIndex: 0), belongsTo: try row.decode(atIndex: 1),
            category: try row.parsed(2, PersonCategory.init(rawValue:)), status: try row.parsed(3, PersonStatus.init(rawValue:)),
            capturedOn: try row.parsedIfPresent(4, Day.init))
    }
}
