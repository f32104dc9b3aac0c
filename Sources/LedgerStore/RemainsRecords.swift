import GRDB
import LedgerDomain

/// Recovery windows and the register of remains: recorded, sampled, identified, carried
/// by batches, and counted in the remains report.
extension SQLiteLedger {
    public func addWindow(id: String, sector: String, from: Day, to: Day, agreedBy: [String]) throws(LedgerError) -> JournalEntry {
        try write { db, journal, today in
            let facts = RecoveryWindow.Facts(knownParties: try Self.knownParties(db), idTaken: try Self.window(id: id, in: db) != nil, today: today)
            return try journal.append(.windowAdded(try RecoveryWindow(id: id, sector: sector, from: from, to: to, agreedBy: agreedBy, facts: facts)), in: db)
        }
    }

    public func addRemains(fields: [RemainsField: String]) throws(LedgerError) -> JournalEntry {
        try write { db, journal, today in
            let rules = RemainsRules(knownParties: try Self.knownParties(db), today: today)
            switch try Self.decide(FieldRow(fields: fields), rules: rules, in: db) {
            case .add(let event): return try journal.append(event, in: db)
            case .unchanged: throw LedgerError.rejected("remains \(fields[.id] ?? "") are already recorded, with the same data")
            case .rejected(let problems): throw LedgerError.rejected(problems)
            }
        }
    }

    /// Imports remains, all or nothing (see `RecordImport`). An id twice in the file is an error.
    public func importRemains(from source: any RecordSource<RemainsField>) throws(LedgerError) -> ImportSummary {
        try write { db, journal, today in
            let rules = RemainsRules(knownParties: try Self.knownParties(db), today: today)
            let importer = try RecordImport<RemainsField>(db: db)
            return try importer.run(source, journal: &journal, progress: nil) { row in
                if let id = row.fields[.id]?.trimmingWhitespace, !id.isEmpty, let first = try importer.firstLine(ofRepeated: id, row: row) {
                    return .rejected([Problem("remains \(id) appear twice in this file" + RecordImport<RemainsField>.firstAt(first),
                                              at: row.location(of: .id))])
                }
                return try Self.decide(row, rules: rules, in: db)
            }
        }
    }

    /// One record checked against the rules and against what is recorded: the same record again
    /// is unchanged, another one under the same id is refused.
    private static func decide(_ row: FieldRow<RemainsField>, rules: RemainsRules, in db: Database) throws -> RowDecision {
        let windowID = row.fields[.window]?.trimmingWhitespace ?? ""
        let remains: Remains
        switch rules.check(row.fields, window: windowID.isEmpty ? nil : try window(id: windowID, in: db)?.window) {
        case .failure(let problems): return .rejected(problems.placed(in: row))
        case .success(let checked): remains = checked
        }
        guard let recorded = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT j.seq, j.kind, j.payload FROM remains AS r JOIN journal AS j ON j.seq = r.added_seq WHERE r.id = ?
            """), arguments: [remains.id]) else { return .add(.remainsAdded(remains)) }
        let seq: Int64 = try recorded.decode(atIndex: 0), kind: String = try recorded.decode(atIndex: 1), payload: String = try recorded.decode(atIndex: 2)
        if LedgerEvent.remainsAdded(remains).isCanonicalPayload(payload) { return .unchanged }
        guard kind == "remains.add", case .remainsAdded(let added) = try readBack("seq \(seq)", { try LedgerEvent(kind: kind, payload: payload) }),
              added.id == remains.id else {
            throw DamagedData(description: "remains \(remains.id) point to seq \(seq), which did not add them")
        }
        return .rejected([Problem("remains \(remains.id) are already in the ledger (seq \(seq)) with different data: "
                                  + RemainsField.differences(here: remains.fields, inLedger: added.fields),
                                  at: row.location(of: .id))])
    }

    public func sampleRemains(id: String, sampleID: String, on: Day?) throws(LedgerError) -> JournalEntry {
        try write { db, journal, today in
            let facts = RemainsSample.Facts(
                remains: try Self.remainsState(id: id, in: db),
                sampleOf: try String.fetchOne(db, sql: "SELECT remains_id FROM remains_samples WHERE sample_id = ?", arguments: [sampleID]),
                today: today)
            return try journal.append(.remainsSampled(try RemainsSample(remainsID: id, sampleID: sampleID, on: on, facts: facts)), in: db)
        }
    }

    public func identifyRemains(_ request: IdentificationRequest) throws(LedgerError) -> JournalEntry {
        try write { db, journal, today in
            var person: PersonState?
            var personIdentifiedAs: String?
            if case .person(let personID) = request.identifiedAs {
                person = try Self.personState(id: personID, in: db)
                personIdentifiedAs = try String.fetchOne(db, sql: "SELECT id FROM remains WHERE person_id = ?", arguments: [personID])
            }
            let facts = RemainsIdentification.Facts(
                remains: try Self.remainsState(id: request.remainsID, in: db), person: person, personIdentifiedAs: personIdentifiedAs,
                knownParties: try Self.knownParties(db), today: today)
            return try journal.append(.remainsIdentified(try RemainsIdentification(request, facts: facts)), in: db)
        }
    }

    // MARK: Reads

    public func remains(_ filter: RemainsFilter) throws(LedgerError) -> [RemainsRecord] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT \(Self.remainsColumns) FROM remains WHERE (?1 IS NULL OR status = ?1) AND (?2 IS NULL OR held_by = ?2) ORDER BY id
                """, arguments: [filter.status?.rawValue, filter.heldBy]).map(Self.remainsRecord)
        }
    }

    public func remains(id: String) throws(LedgerError) -> (record: RemainsRecord, history: [JournalEntry]) {
        try read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT \(Self.remainsColumns) FROM remains WHERE id = ?", arguments: [id]) else {
                throw LedgerError.rejected(TextRules.unknown("remains", id))
            }
            let history = try Self.entries(db, sql: """
                SELECT * FROM journal WHERE seq IN (
                    SELECT seq FROM remains_entries WHERE remains_id = ?1
                    UNION SELECT b.added_seq FROM batch_remains AS i JOIN batches AS b ON b.id = i.batch_id WHERE i.remains_id = ?1
                    UNION SELECT b.voided_seq FROM batch_remains AS i JOIN batches AS b ON b.id = i.batch_id WHERE i.remains_id = ?1)
                ORDER BY seq
                """, arguments: [id])
            return (try Self.remainsRecord(row), history)
        }
    }

    public func windows() throws(LedgerError) -> [WindowRecord] {
        try read { db in
            let windows = try Self.windows(in: db)
            let lines = try Self.reportLines(agreements: [], windows: windows.map(\.window), in: db)
            return zip(windows, lines).map { WindowRecord(window: $0.window, line: $1, seq: $0.seq) }
        }
    }

    public func remainsReport(agreementID: String?) throws(LedgerError) -> [RemainsReportLine] {
        try read { db in
            let ids = try String.fetchAll(db, sql: "SELECT id FROM agreements WHERE ?1 IS NULL OR id = ?1 ORDER BY date, id", arguments: [agreementID])
            if let agreementID, ids.isEmpty { throw LedgerError.rejected(TextRules.unknown("agreement", agreementID)) }
            let agreements = try ids.map { id in
                guard let agreement = try Self.agreement(id: id, in: db) else { throw DamagedData(description: "agreement \(id) vanished") }
                return agreement
            }
            return try Self.reportLines(agreements: agreements, windows: agreementID == nil ? try Self.windows(in: db).map(\.window) : [], in: db)
        }
    }

    /// The report lines of `agreements` and `windows`, from every batch and every body recorded.
    static func reportLines(agreements: [Agreement], windows: [RecoveryWindow], in db: Database) throws -> [RemainsReportLine] {
        let carried = try Row.fetchAll(db, sql: "SELECT batch_id, remains_id FROM batch_remains").map {
            (batch: try $0.decode(atIndex: 0) as String, remains: try $0.decode(atIndex: 1) as String)
        }
        let bodies = try Row.fetchAll(db, sql: "SELECT id, of_party, window_id, status, identified_party FROM remains").map { row in
            ReportedRemains(id: try row.decode(atIndex: 0), of: try row.decode(atIndex: 1), windowID: try row.decode(atIndex: 2),
                            status: try row.parsed(3, RemainsStatus.init(rawValue:)), identifiedParty: try row.decode(atIndex: 4))
        }
        return RemainsReport.lines(agreements: agreements, batches: try batches(agreementID: nil, in: db), carried: carried, remains: bodies,
                                   windows: windows)
    }

    // MARK: Facts the rules need

    private static let remainsColumns = """
        id, held_by, of_party, recovered_on, window_id, tag, place, note, status, sample_id, sampled_on, person_id, identified_party,
        method, identified_on, identification_note, seq
        """

    private static func remainsRecord(_ row: Row) throws -> RemainsRecord {
        let id: String = try row.decode(atIndex: 0)
        return try readBack("remains \(id)") {
            let remains = Remains(id: id, heldBy: try row.decode(atIndex: 1), of: try row.decode(atIndex: 2), recoveredOn: try row.parsed(3, Day.init),
                                  windowID: try row.decode(atIndex: 4), tag: try row.decode(atIndex: 5), place: try row.decode(atIndex: 6),
                                  note: try row.decode(atIndex: 7))
            let state = RemainsState(heldBy: remains.heldBy, of: remains.of, recoveredOn: remains.recoveredOn,
                                     status: try row.parsed(8, RemainsStatus.init(rawValue:)), sampleID: try row.decode(atIndex: 9),
                                     sampledOn: try row.parsedIfPresent(10, Day.init), personID: try row.decode(atIndex: 11),
                                     identifiedParty: try row.decode(atIndex: 12))
            return RemainsRecord(remains: remains, state: state, method: try row.parsedIfPresent(13, IdentificationMethod.init(rawValue:)),
                                 identifiedOn: try row.parsedIfPresent(14, Day.init), identificationNote: try row.decode(atIndex: 15),
                                 seq: try row.decode(atIndex: 16))
        }
    }

    /// Where remains stand, nil when there are none of that id.
    static func remainsState(id: String, in db: Database) throws -> RemainsState? {
        try Row.fetchOne(db.cachedStatement(sql: "SELECT \(remainsColumns) FROM remains WHERE id = ?"), arguments: [id])
            .map { try remainsRecord($0).state }
    }

    /// Every window (or the one of `id`), by first day, with the seq that recorded it.
    static func windows(id: String? = nil, in db: Database) throws -> [(window: RecoveryWindow, seq: Int64)] {
        var parties: [String: [String]] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT window_id, party FROM window_parties WHERE ?1 IS NULL OR window_id = ?1 ORDER BY window_id, position
            """, arguments: [id]) {
            parties[try row.decode(atIndex: 0), default: []].append(try row.decode(atIndex: 1))
        }
        return try Row.fetchAll(db, sql: """
            SELECT id, sector, from_date, to_date, seq FROM windows WHERE ?1 IS NULL OR id = ?1 ORDER BY from_date, id
            """, arguments: [id]).map { row in
            let windowID: String = try row.decode(atIndex: 0)
            return (RecoveryWindow(id: windowID, sector: try row.decode(atIndex: 1), from: try row.parsed(2, Day.init), to: try row.parsed(3, Day.init),
                                   agreedBy: parties[windowID] ?? []), try row.decode(atIndex: 4))
        }
    }

    static func window(id: String, in db: Database) throws -> (window: RecoveryWindow, seq: Int64)? {
        try windows(id: id, in: db).first
    }
}
