import Foundation
import LedgerDomain
import LedgerStore
import LedgerTestSupport
import Testing

@Suite struct NamedListStoreTests {
    /// Entry "UA-1" names nobody; entry "2" names the person UA-1. Typing UA-1 means the entry
    /// whose key it is, whichever order the rows are stored in.
    @Test func anEntryKeyWinsOverAPersonIdOfTheSameText() throws {
        let fixture = try Fixture()
        for order in [["2", "UA-1"], ["UA-1", "2"]] {
            let id = "L-" + order.joined()
            let rows: [[ListEntryField: String]] = order.map { key in
                key == "2" ? [.entry: "2", .personID: "UA-1", .familyName: "Прикладенко"] : [.entry: "UA-1", .familyName: "Інший"]
            }
            _ = try fixture.ledger.importList(ListImportRequest(id: id, from: "UA", to: "RU", on: Day("2025-06-02")!), from: RecordRows(rows))
            _ = try fixture.ledger.resolveListEntry(listID: id, entry: "UA-1", outcome: .notFound, note: "no record", on: nil)
            let statuses = try fixture.ledger.list(id: id).entries.map { "\($0.entry.key): \($0.status.rawValue)" }
            #expect(statuses.sorted() == ["2: open", "UA-1: resolved"])
        }
    }

    @Test func aBatchResolvesTheEntriesNamingItsPersonsAndItsVoidReopensThem() throws {
        let fixture = try Fixture()
        let rows: [[ListEntryField: String]] = [[.entry: "1", .personID: "UA-1", .familyName: "Прикладенко"], [.entry: "2", .familyName: "Інший"]]
        _ = try fixture.ledger.importList(ListImportRequest(id: "L", from: "UA", to: "RU", on: Day("2025-06-02")!), from: RecordRows(rows))
        _ = try fixture.ledger.resolveListEntry(listID: "L", entry: "1", outcome: .disputed, note: "said to be elsewhere", on: nil)
        let (batch, _) = try fixture.ledger.addBatch(BatchRequest(agreementID: "IST-2025-05-16", from: "RU", to: "UA", on: Day("2025-06-10")!,
                                                                  manifest: [ManifestEntry(personID: "UA-1")]))
        var entry = try fixture.ledger.list(id: "L").entries[0]
        #expect(entry.status == .resolved)
        #expect(entry.resolution?.outcome == .released && entry.resolution?.batchID == batch.id && entry.resolution?.on == Day("2025-06-10"))
        #expect(try fixture.ledger.list(id: "L").entries[1].status == .open)

        _ = try fixture.ledger.voidBatch(id: batch.id, reason: "recorded under the wrong agreement")
        entry = try fixture.ledger.list(id: "L").entries[0]
        // The void takes back the batch's resolution: the entry stands as it did before, disputed.
        #expect(entry.status == .disputed && entry.resolution?.note == "said to be elsewhere")
        #expect(try fixture.ledger.verify(expectedHead: nil, progress: nil).failure == nil)
    }

    @Test func theSameListAgainIsHarmlessAndAnotherUnderItsIdIsRefused() throws {
        let fixture = try Fixture()
        let request = ListImportRequest(id: "L", from: "UA", to: "RU", on: Day("2025-06-02")!)
        let rows: [[ListEntryField: String]] = [[.entry: "1", .familyName: "Прикладенко", .birthDate: "2013"]]
        #expect(try fixture.ledger.importList(request, from: RecordRows(rows)).added == 1)
        let before = try dump(fixture.path)
        // Without --on, the date is not part of what must match.
        #expect(try fixture.ledger.importList(ListImportRequest(id: "L", from: "UA", to: "RU"), from: RecordRows(rows))
            == ImportSummary(added: 0, unchanged: 1, seqs: nil))
        for (other, otherRows) in [
            (ListImportRequest(id: "L", from: "UA", to: "RU", on: Day("2025-06-03")!), rows),
            (request, [[ListEntryField.entry: "1", .familyName: "Прикладенко", .birthDate: "2014"]]),
        ] {
            #expect(rejection { _ = try fixture.ledger.importList(other, from: RecordRows(otherRows)) }?.problems.map(\.message)
                == ["list L already exists (seq 12) with other data"])
        }
        #expect(try dump(fixture.path) == before)
    }
}
