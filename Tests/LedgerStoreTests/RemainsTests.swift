import Foundation
import LedgerDomain
import LedgerImport
import LedgerStore
import LedgerTestSupport
import Testing

/// The Fixture ledger with a remains agreement, a window of 20–22 June 2025, and four bodies
/// recovered in it: R-1…R-3 by RU (presumed UA), R-4 by UA (presumed RU).
struct RemainsFixture {
    let fixture: Fixture
    var ledger: SQLiteLedger { fixture.ledger }

    init() throws {
        fixture = try Fixture()
        _ = try ledger.addAgreement(AgreementRequest(id: "REM", title: "6,000 for 6,000", date: Day("2025-06-02")!, parties: ["UA", "RU"],
                                                     each: [QuotaTerm(categories: [.remains], amount: .count(6000))], terms: []))
        _ = try ledger.addWindow(id: "W-1", sector: "Kupiansk", from: Day("2025-06-20")!, to: Day("2025-06-22")!, agreedBy: ["UA", "RU"])
        let csv = try fixture.scratch.write("remains.csv", """
            remains_id,held_by,of,recovered_on,window,tag
            R-1,RU,UA,2025-06-20,W-1,T-1
            R-2,RU,UA,2025-06-21,W-1,T-2
            R-3,RU,UA,2025-06-22,W-1,
            R-4,UA,RU,2025-06-22,W-1,

            """)
        _ = try ledger.importRemains(from: try CSVRecordFile<RemainsField>(path: csv, noun: "remains"))
    }

    func manifest(_ ids: String...) -> [ManifestEntry] { ids.map { ManifestEntry(remainsID: $0) } }

    func record(_ id: String) throws -> RemainsRecord {
        try #require(try ledger.remains(RemainsFilter()).first { $0.remains.id == id })
    }

    func verifies() throws -> Bool { try ledger.verify(expectedHead: nil, progress: nil).failure == nil }
}

@Suite struct RemainsStoreTests {
    @Test func aWindowAndItsRemainsAreRecordedAndListed() throws {
        let f = try RemainsFixture()
        let windows = try f.ledger.windows()
        #expect(windows.map(\.window) == [RecoveryWindow(id: "W-1", sector: "Kupiansk", from: Day("2025-06-20")!, to: Day("2025-06-22")!,
                                                          agreedBy: ["UA", "RU"])])
        #expect(windows.first?.line == RemainsReportLine(scope: .window(id: "W-1"), received: 4, unidentified: 4))
        #expect(try f.ledger.remains(RemainsFilter(heldBy: "RU")).map(\.remains.id) == ["R-1", "R-2", "R-3"])
        #expect(try f.ledger.remains(RemainsFilter(status: .dnaPending)).isEmpty)
        #expect(try f.record("R-1").remains.tag == "T-1")
        #expect(throws: LedgerError.rejected([Problem("window W-1 already exists")])) {
            try f.ledger.addWindow(id: "W-1", sector: "again", from: Day("2025-06-20")!, to: Day("2025-06-20")!, agreedBy: ["UA", "RU"])
        }
        #expect(try f.verifies())
    }

    @Test func anImportIsAllOrNothingListsEveryBadRowAndIsIdempotent() throws {
        let f = try RemainsFixture()
        let before = try dump(f.fixture.path)
        let bad = try f.fixture.scratch.write("bad.csv", """
            remains_id,held_by,of,recovered_on,window
            R-9,RU,UA,2025-06-21,W-1
            R-1,RU,UA,2025-06-21,W-1
            R-10,PL,UA,2025-06-25,W-1
            R-9,RU,UA,2025-06-21,W-2

            """)
        #expect(throws: LedgerError.rejected([
            Problem("remains R-1 are already in the ledger (seq 14) with different data: "
                    + "recovered_on: 2025-06-21 here, 2025-06-20 in the ledger; tag: (none) here, T-1 in the ledger", at: SourceLocation(file: bad, line: 3, column: 1)),
            Problem("held_by: unknown party PL", at: SourceLocation(file: bad, line: 4, column: 6)),
            Problem("recovered_on: 2025-06-25 is outside window W-1 (2025-06-20 – 2025-06-22)", at: SourceLocation(file: bad, line: 4, column: 12)),
            Problem("remains R-9 appear twice in this file (first at line 2)", at: SourceLocation(file: bad, line: 5, column: 1)),
        ])) { try f.ledger.importRemains(from: try CSVRecordFile<RemainsField>(path: bad, noun: "remains")) }
        #expect(try dump(f.fixture.path) == before)
        let again = try f.ledger.importRemains(from: try CSVRecordFile<RemainsField>(path: f.fixture.scratch.path("remains.csv"), noun: "remains"))
        #expect(again == ImportSummary(added: 0, unchanged: 4, seqs: nil))
        #expect(throws: LedgerError.rejected("remains R-4 are already recorded, with the same data")) {
            try f.ledger.addRemains(fields: [.id: "R-4", .heldBy: "UA", .of: "RU", .recoveredOn: "2025-06-22", .window: "W-1"])
        }
    }

    @Test func aManifestedBatchMovesItsBodiesAndAVoidMovesThemBack() throws {
        let f = try RemainsFixture()
        let (batch, _) = try f.ledger.addBatch(BatchRequest(agreementID: "REM", from: "RU", to: "UA", on: Day("2025-06-23")!,
                                                            counts: [.remains: 2], manifest: f.manifest("R-1", "R-2")))
        #expect(batch.remains == ["R-1", "R-2"])
        #expect(batch.counts == [.remains: 2])
        #expect(try f.record("R-1").state.heldBy == "UA")
        #expect(try f.record("R-3").state.heldBy == "RU")
        let line = try #require(try f.ledger.quotaProgress(agreementID: "REM").first { $0.from == "RU" })
        #expect(line.delivered == 2 && line.named == 2)
        // R-1 is presumed UA's: UA cannot hand it to RU, nor can RU hand it again.
        #expect(throws: LedgerError.rejected([Problem("remains R-1 are of UA (presumed); they are handed over to their own party, not to RU")])) {
            try f.ledger.addBatch(BatchRequest(agreementID: "REM", from: "UA", to: "RU", on: Day("2025-06-24")!, manifest: f.manifest("R-1")))
        }
        _ = try f.ledger.voidBatch(id: batch.id, reason: "wrong day")
        #expect(try f.ledger.remains(id: "R-1").history.map(\.kind) == ["remains.add", "batch.add", "batch.void"])
        #expect(try f.record("R-1").state.heldBy == "RU")
        #expect(try f.record("R-2").state.heldBy == "RU")
        #expect(try f.verifies())
    }

    @Test func aBodyFoundToBeTheOtherSidesIsHandedBackAndTheFirstBatchCannotBeVoidedBeforeTheSecond() throws {
        let f = try RemainsFixture()
        let (first, _) = try f.ledger.addBatch(BatchRequest(agreementID: "REM", from: "RU", to: "UA", on: Day("2025-06-23")!,
                                                            manifest: f.manifest("R-1", "R-2", "R-3")))
        _ = try f.ledger.identifyRemains(IdentificationRequest(remainsID: "R-3", identifiedAs: .party("RU"), on: Day("2025-07-01")!,
                                                               note: "documents of a Russian serviceman"))
        let (back, _) = try f.ledger.addBatch(BatchRequest(agreementID: "REM", from: "UA", to: "RU", on: Day("2025-07-02")!,
                                                           manifest: f.manifest("R-3")))
        #expect(try f.record("R-3").state == RemainsState(heldBy: "RU", of: "UA", recoveredOn: Day("2025-06-22")!, status: .identified,
                                                          identifiedParty: "RU"))
        #expect(throws: LedgerError.rejected([Problem("remains R-3 of batch \(first.id) were moved again by batch \(back.id); void \(back.id) first")])) {
            try f.ledger.voidBatch(id: first.id, reason: "wrong")
        }
        let report = try f.ledger.remainsReport(agreementID: "REM")
        #expect(report == [
            RemainsReportLine(scope: .agreement(id: "REM", party: "UA"), received: 3, handedOver: 1, identified: 1, unidentified: 2, misAssigned: 1),
            RemainsReportLine(scope: .agreement(id: "REM", party: "RU"), received: 1, handedOver: 3, identified: 1, unidentified: 0),
        ])
        #expect(try f.ledger.remainsReport(agreementID: nil).last
            == RemainsReportLine(scope: .window(id: "W-1"), received: 4, handedOver: 3, identified: 1, unidentified: 3, misAssigned: 1))
        #expect(throws: LedgerError.rejected("unknown agreement NOPE")) { try f.ledger.remainsReport(agreementID: "NOPE") }
        #expect(try f.verifies())
    }

    @Test func identificationMakesThePersonDeceasedAndASupersessionRestoresThem() throws {
        let f = try RemainsFixture()
        _ = try f.ledger.addPerson(fields: [.id: "UA-9", .heldBy: "RU", .belongsTo: "UA", .category: "pow", .familyName: "Зниклий", .status: "missing"])
        _ = try f.ledger.sampleRemains(id: "R-1", sampleID: "S-1", on: Day("2025-06-25")!)
        #expect(try f.record("R-1").state.status == .dnaPending)
        let identified = try f.ledger.identifyRemains(IdentificationRequest(remainsID: "R-1", identifiedAs: .person("UA-9"), method: .dna,
                                                                            on: Day("2025-08-01")!))
        #expect(try f.ledger.person(id: "UA-9").person.status == .deceased)
        #expect(try f.ledger.person(id: "UA-9").history.map(\.seq).contains(identified.seq))
        // The same person to a second body: refused, then allowed as a supersession, which takes the
        // identification from the first body (back to dna-pending) and keeps the person deceased.
        let second = IdentificationRequest(remainsID: "R-2", identifiedAs: .person("UA-9"), method: .dental, on: Day("2025-08-02")!)
        #expect(throws: LedgerError.rejected([Problem("person UA-9 is identified as remains R-1 already; to replace that, give --supersede --reason TEXT")])) {
            try f.ledger.identifyRemains(second)
        }
        var superseding = second
        superseding.supersedeReason = "the DNA match was a relative's"
        _ = try f.ledger.identifyRemains(superseding)
        #expect(try f.record("R-1").state == RemainsState(heldBy: "RU", of: "UA", recoveredOn: Day("2025-06-20")!, status: .dnaPending,
                                                          sampleID: "S-1", sampledOn: Day("2025-06-25")!))
        #expect(try f.record("R-2").state.personID == "UA-9")
        #expect(try f.record("R-2").method == .dental)
        #expect(try f.ledger.person(id: "UA-9").person.status == .deceased)
        // R-2 is then found to be the other side's: UA-9 is missing again, as before any identification.
        _ = try f.ledger.identifyRemains(IdentificationRequest(remainsID: "R-2", identifiedAs: .party("RU"), on: Day("2025-08-03")!,
                                                               note: "second test", supersedeReason: "dental records were another man's"))
        #expect(try f.ledger.person(id: "UA-9").person.status == .missing)
        #expect(try f.record("R-2").state.identifiedParty == "RU")
        #expect(try f.record("R-2").state.personID == nil)
        #expect(try f.ledger.remains(RemainsFilter(status: .identified)).map(\.remains.id) == ["R-2"])
        // Each body's history keeps every identification, the superseded ones and the one that took R-1's away.
        #expect(try f.ledger.remains(id: "R-1").history.map(\.kind) == ["remains.add", "remains.sample", "remains.identify", "remains.identify"])
        #expect(try f.ledger.remains(id: "R-2").history.map(\.kind) == ["remains.add", "remains.identify", "remains.identify"])
        #expect(throws: LedgerError.rejected("unknown remains R-404")) { try f.ledger.remains(id: "R-404") }
        #expect(try f.verifies())
    }

    @Test func aPersonsHistoryKeepsEveryIdentificationOfThemAndTheOneThatUndidIt() throws {
        let f = try RemainsFixture()
        let added = try f.ledger.addPerson(fields: [.id: "UA-9", .heldBy: "RU", .belongsTo: "UA", .category: "pow", .familyName: "Зниклий",
                                                    .status: "missing"])
        let first = try f.ledger.identifyRemains(IdentificationRequest(remainsID: "R-1", identifiedAs: .person("UA-9"), method: .dna,
                                                                       on: Day("2025-08-01")!))
        let second = try f.ledger.identifyRemains(IdentificationRequest(remainsID: "R-2", identifiedAs: .person("UA-9"), method: .dental,
                                                                        on: Day("2025-08-02")!, supersedeReason: "a relative's DNA"))
        let undone = try f.ledger.identifyRemains(IdentificationRequest(remainsID: "R-2", identifiedAs: .party("RU"), on: Day("2025-08-03")!,
                                                                        note: "second test", supersedeReason: "another man's records"))
        _ = try f.ledger.identifyRemains(IdentificationRequest(remainsID: "R-3", identifiedAs: .party("RU"), on: Day("2025-08-03")!,
                                                               note: "not about UA-9"))
        // UA-9 is missing again; each entry that changed their status is in their history.
        #expect(try f.ledger.person(id: "UA-9").person.status == .missing)
        #expect(try f.ledger.person(id: "UA-9").history.map(\.seq) == [added.seq, first.seq, second.seq, undone.seq])
    }

    @Test func aPersonIdentifiedAsDeadStaysDeadWhenTheBatchThatCarriedThemIsVoided() throws {
        let f = try RemainsFixture()
        // UA-1 (held by RU) is carried home, then a body is identified as UA-1: deceased.
        let (batch, _) = try f.ledger.addBatch(BatchRequest(agreementID: "IST-2025-05-16", from: "RU", to: "UA", on: Day("2025-06-23")!,
                                                            manifest: [ManifestEntry(personID: "UA-1")]))
        _ = try f.ledger.identifyRemains(IdentificationRequest(remainsID: "R-1", identifiedAs: .person("UA-1"), method: .dna,
                                                               on: Day("2025-08-01")!))
        // The batch was a mistake: UA-1 was never carried. Voiding it returns UA-1 to RU, dead still,
        // not held alive (and back on RU's priority lists).
        _ = try f.ledger.voidBatch(id: batch.id, reason: "never happened")
        var person = try f.ledger.person(id: "UA-1").person
        #expect(person.status == .deceased)
        #expect(person.heldBy == "RU")
        #expect(try f.verifies())
        // Superseding the identification restores what UA-1 was before it, after the void: held.
        _ = try f.ledger.identifyRemains(IdentificationRequest(remainsID: "R-1", identifiedAs: .party("RU"), on: Day("2025-08-02")!,
                                                               note: "documents", supersedeReason: "the DNA match was wrong"))
        person = try f.ledger.person(id: "UA-1").person
        #expect(person.status == .held)
        #expect(try f.verifies())
    }

    @Test func aRejectedSampleOrIdentificationChangesNothingAndASampleIdNamesOneBodyForGood() throws {
        let f = try RemainsFixture()
        _ = try f.ledger.sampleRemains(id: "R-1", sampleID: "S-1", on: Day("2025-06-25")!)
        let before = try dump(f.fixture.path)
        #expect(throws: LedgerError.rejected([Problem("sample S-1 is already recorded for remains R-1")])) {
            try f.ledger.sampleRemains(id: "R-2", sampleID: "S-1", on: Day("2025-06-25")!)
        }
        #expect(throws: LedgerError.rejected([Problem("unknown person NOBODY")])) {
            try f.ledger.identifyRemains(IdentificationRequest(remainsID: "R-1", identifiedAs: .person("NOBODY"), method: .dna))
        }
        #expect(try dump(f.fixture.path) == before)
        // S-1 is no longer R-1's latest sample, but it was taken from R-1 and names R-1 for good.
        _ = try f.ledger.sampleRemains(id: "R-1", sampleID: "S-2", on: Day("2025-06-26")!)
        #expect(try f.record("R-1").state.sampleID == "S-2")
        #expect(throws: LedgerError.rejected([Problem("sample S-1 is already recorded for remains R-1")])) {
            try f.ledger.sampleRemains(id: "R-2", sampleID: "S-1", on: Day("2025-06-25")!)
        }
        #expect(throws: LedgerError.rejected([Problem("remains R-1 already have sample S-1")])) {
            try f.ledger.sampleRemains(id: "R-1", sampleID: "S-1", on: Day("2025-06-27")!)
        }
        #expect(try f.verifies())
    }

    @Test func aBodyMovedByHandIsFoundByTheReplay() throws {
        let f = try RemainsFixture()
        let (batch, entry) = try f.ledger.addBatch(BatchRequest(agreementID: "REM", from: "RU", to: "UA", on: Day("2025-06-23")!,
                                                                manifest: f.manifest("R-1")))
        #expect(try f.verifies())
        try sqlite3(f.fixture.path, "UPDATE remains SET held_by = 'RU' WHERE id = 'R-1'")
        let report = try f.ledger.verify(expectedHead: nil, progress: nil)
        #expect(report.failure == VerifyReport.Failure(
            seq: entry.seq, message: #"remains row id=R-1 differs from the journal: held_by is "RU" in the database but "UA" by replay"#))
        try sqlite3(f.fixture.path, "UPDATE remains SET held_by = 'UA' WHERE id = 'R-1'; DELETE FROM batch_remains WHERE batch_id = '\(batch.id)'")
        #expect(try f.ledger.verify(expectedHead: nil, progress: nil).failure?.message
            == "batch_remains row batch_id=\(batch.id), remains_id=R-1 made by the journal is missing from the database")
    }

    @Test func aVersionTwoLedgerWithEntriesMigratesAndTakesRemains() throws {
        let fixture = try Fixture()
        let (old, current) = try fixture.olderCopy(by: schemaDowngradeToVersionTwo, named: "v2.sqlite")
        let (from, to) = try SQLiteLedger.migrate(path: old, actor: "tester")
        #expect(to == 6 && from < to)
        let migrated = try SQLiteLedger.open(path: old, actor: "tester", clock: Fixture.clock)
        #expect(try dump(old) == current)
        _ = try migrated.addRemains(fields: [.id: "R-1", .heldBy: "UA", .of: "RU", .recoveredOn: "2025-06-22"])
        #expect(try migrated.verify(expectedHead: nil, progress: nil).failure == nil)
    }
}
