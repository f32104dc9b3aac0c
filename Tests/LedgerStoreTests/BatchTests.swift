import Foundation
import LedgerDomain
import LedgerStore
import LedgerTestSupport
import Testing

@Suite struct BatchTests {
    @Test func aNamedBatchMovesItsPersonsAndAVoidMovesThemBack() throws {
        let fixture = try Fixture()
        #expect(try fixture.ledger.person(id: "RU-1").person.status == .repatriated)
        #expect(try fixture.ledger.person(id: "RU-1").person.heldBy == "RU")
        // RU-3 was carried by the voided batch B-10: back where it was.
        let restored = try fixture.ledger.person(id: "RU-3")
        #expect(restored.person.status == .held)
        #expect(restored.person.heldBy == "UA")
        #expect(restored.history.map(\.kind) == ["person.add", "batch.add", "batch.void"])
    }

    @Test func aPersonNotHeldByTheReleasingPartyCannotBeTransferred() throws {
        let fixture = try Fixture()
        let request = BatchRequest(agreementID: "IST-2025-05-16", from: "UA", to: "RU", on: Day("2025-05-25")!,
                                   manifest: [ManifestEntry(personID: "RU-1"), ManifestEntry(personID: "UA-1")])
        #expect(throws: LedgerError.rejected([
            Problem("person RU-1 is repatriated (now held by RU) and cannot be transferred"),
            Problem("person UA-1 is held by RU, not by UA"),
        ])) { try fixture.ledger.addBatch(request) }
    }

    @Test func aVoidIsRefusedWhileALaterBatchMovedItsPersonsAgain() throws {
        let fixture = try Fixture()
        // RU-3 goes to a neutral country first (released), then home (repatriated).
        _ = try fixture.ledger.addParty(code: "CH", name: "Switzerland")
        for (id, from, to) in [("NEUTRAL-1", "UA", "CH"), ("HOME-1", "CH", "RU")] {
            _ = try fixture.ledger.addAgreement(AgreementRequest(id: id, title: id, date: Day("2025-06-01")!, parties: [from, to],
                                                                  each: [QuotaTerm(categories: [.pow], amount: .all)], terms: []))
        }
        let (first, _) = try fixture.ledger.addBatch(BatchRequest(
            agreementID: "NEUTRAL-1", from: "UA", to: "CH", on: Day("2025-06-02")!, manifest: [ManifestEntry(personID: "RU-3")]))
        #expect(try fixture.ledger.person(id: "RU-3").person.status == .released)
        let (second, _) = try fixture.ledger.addBatch(BatchRequest(
            agreementID: "HOME-1", from: "CH", to: "RU", on: Day("2025-06-03")!, manifest: [ManifestEntry(personID: "RU-3")]))
        #expect(try fixture.ledger.person(id: "RU-3").person.status == .repatriated)
        #expect(throws: LedgerError.rejected([Problem("person RU-3 of batch \(first.id) was moved again by batch \(second.id); void \(second.id) first")])) {
            try fixture.ledger.voidBatch(id: first.id, reason: "wrong")
        }
        _ = try fixture.ledger.voidBatch(id: second.id, reason: "wrong")
        _ = try fixture.ledger.voidBatch(id: first.id, reason: "wrong")
        #expect(try fixture.ledger.person(id: "RU-3").person.status == .held)
        #expect(try fixture.ledger.verify(expectedHead: nil).failure == nil)
    }

    @Test func quotasCountWhatStandsAndAnExcessNeedsAReason() throws {
        let fixture = try Fixture()
        // RU has delivered 390 of 1,000: 610 more fit, 611 do not.
        let over = BatchRequest(agreementID: "IST-2025-05-16", from: "RU", to: "UA", on: Day("2025-05-24")!, counts: [.pow: 611])
        #expect(throws: LedgerError.rejected([Problem(
            "pow+civilian released by RU would reach 1,001 of 1,000 agreed under IST-2025-05-16; record it anyway with --over-quota-reason TEXT")])) {
            try fixture.ledger.addBatch(over)
        }
        var withReason = over
        withReason.overQuotaReason = "figures as published"
        _ = try fixture.ledger.addBatch(withReason)
        let line = try #require(try fixture.ledger.quotaProgress(agreementID: "IST-2025-05-16").first { $0.from == "RU" })
        #expect(line.delivered == 1001)
        #expect(line.difference == 1)
        #expect(line.overQuotaBatches == 1)
        #expect(line.named == 0)
    }

    @Test func progressCountsNamedBatchesAndVoidsApart() throws {
        let fixture = try Fixture()
        let line = try #require(try fixture.ledger.quotaProgress(agreementID: nil).first { $0.from == "UA" })
        #expect(line == QuotaProgress(agreementID: "IST-2025-05-16", title: "Istanbul: 1,000 for 1,000", from: "UA", to: "RU",
                                      categories: [.pow, .civilian], amount: .count(1000), delivered: 2, named: 2, batches: 1,
                                      voidedBatches: 1, overQuotaBatches: 0))
    }

    @Test func batchesAreListedWithTheirVoidState() throws {
        let fixture = try Fixture()
        let batches = try fixture.ledger.batches(agreementID: "IST-2025-05-16")
        #expect(batches.map(\.id) == ["B-8", "B-9", "B-10"])
        #expect(batches.map(\.isVoid) == [false, false, true])
        #expect(batches[0].counts == [.pow: 270, .civilian: 120])
        #expect(batches[1].named)
        #expect(throws: LedgerError.rejected("unknown agreement NOPE")) { try fixture.ledger.batches(agreementID: "NOPE") }
    }

    @Test func idsAreUnique() throws {
        let fixture = try Fixture()
        #expect(throws: LedgerError.rejected("party UA already exists")) { try fixture.ledger.addParty(code: "UA", name: "Again") }
        #expect(throws: LedgerError.rejected("agreement IST-2025-05-16 already exists")) {
            try fixture.ledger.addAgreement(AgreementRequest(id: "IST-2025-05-16", title: "Again", date: Day("2025-05-16")!,
                                                             parties: ["UA", "RU"], each: [QuotaTerm(categories: [.pow], amount: .all)], terms: []))
        }
        let chosen = BatchRequest(id: "IST-2-RU-UA", agreementID: "IST-2025-05-16", from: "RU", to: "UA", on: Day("2025-05-24")!, counts: [.pow: 1])
        _ = try fixture.ledger.addBatch(chosen)
        #expect(throws: LedgerError.rejected([Problem("batch id IST-2-RU-UA already exists")])) { try fixture.ledger.addBatch(chosen) }
        #expect(throws: LedgerError.rejected("person RU-1 already exists with different data: "
            + "family_name: X here, Примеров in the ledger; given_name: (none) here, Иван in the ledger; "
            + "family_name_latin: (none) here, Primerov in the ledger; birth_date: (none) here, 1990-04 in the ledger; "
            + "captured_on: (none) here, 2024-01-02 in the ledger")) {
            try fixture.ledger.addPerson(fields: [.id: "RU-1", .heldBy: "UA", .belongsTo: "RU", .category: "pow", .familyName: "X"])
        }
    }
}

@Suite struct TodayTests {
    /// 23:30 UTC on 26 November is 01:30 on 27 November in Kyiv: a transfer of the 27th is today there.
    @Test func todayIsTheLocalDateNotTheUTCDate() throws {
        let scratch = try Scratch()
        let kyivNight: SQLiteLedger.Clock = { (Timestamp(millisecondsSinceEpoch: 1_795_735_800_000), Day("2026-11-27")!) }
        let ledger = try SQLiteLedger.create(path: scratch.path("kyiv.sqlite"), actor: "night shift", clock: kyivNight).ledger
        _ = try ledger.addParty(code: "UA", name: "Ukraine")
        _ = try ledger.addParty(code: "RU", name: "Russian Federation")
        _ = try ledger.addAgreement(AgreementRequest(id: "A", title: "A", date: Day("2026-11-27")!, parties: ["UA", "RU"],
                                                     each: [QuotaTerm(categories: [.pow], amount: .all)], terms: []))
        let (batch, entry) = try ledger.addBatch(BatchRequest(agreementID: "A", from: "RU", to: "UA", on: Day("2026-11-27")!, counts: [.pow: 84]))
        #expect(batch.on == Day("2026-11-27"))
        #expect(entry.at == "2026-11-26T23:30:00.000Z")
        #expect(throws: LedgerError.rejected([Problem("date 2026-11-28 is in the future (today is 2026-11-27)")])) {
            try ledger.addBatch(BatchRequest(agreementID: "A", from: "RU", to: "UA", on: Day("2026-11-28")!, counts: [.pow: 1]))
        }
    }
}
