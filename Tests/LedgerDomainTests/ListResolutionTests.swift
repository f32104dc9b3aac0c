import Testing
@testable import LedgerDomain

@Suite("ListResolution, ListRecord and entry statuses")
struct ListResolutionTests {
    typealias F = MedicalFixture

    static let listID = F.handedOver.id

    @Test("an entry resolved by hand, as of today unless dated; typed by person id it is kept by its key")
    func resolved() throws {
        let resolution = try F.resolve()
        #expect([resolution.listID, resolution.entry, resolution.note] == [Self.listID, "1", "returned to her mother on 4 June"])
        #expect(resolution.outcome == .returned)
        #expect(resolution.on == F.today)
        let byPerson = try F.resolve(entry: "UA-K-4", .adult, note: " turned 18 in May;\r\nsee her passport\t", on: day("2025-06-02"))
        #expect([byPerson.listID, byPerson.entry, byPerson.note] == [Self.listID, "1", "turned 18 in May;\nsee her passport"])
        #expect(byPerson.outcome == .adult)
        #expect(byPerson.on == day("2025-06-02"))
    }

    @Test("every outcome but released may be set by hand", arguments: [EntryOutcome.returned, .notFound, .adult, .disputed])
    func byHand(outcome: EntryOutcome) throws {
        #expect(try F.resolve(outcome).outcome == outcome)
    }

    @Test("a disputed entry may be resolved, a resolved one disputed or resolved otherwise", arguments: [
        (EntryOutcome.disputed, EntryOutcome.returned), (.returned, .disputed), (.notFound, .returned), (.released, .disputed),
    ])
    func changeOutcome(current: EntryOutcome, outcome: EntryOutcome) throws {
        #expect(try F.resolve(outcome, facts: F.resolutionFacts(current: current)).outcome == outcome)
    }

    @Test("refused resolutions", arguments: [
        (EntryOutcome.released, "found", nil, F.resolutionFacts(),
         ["an entry is resolved as released by the batch that carries the person; by hand use returned, not-found, adult or disputed"]),
        (.returned, " \r\n ", nil, F.resolutionFacts(), ["a resolution needs a --note saying how it is known"]),
        (.returned, "seen\u{7}", nil, F.resolutionFacts(), ["note contains the control character U+0007"]),
        (.returned, "seen\rthere", nil, F.resolutionFacts(), ["note contains the control character U+000D"]),
        (.returned, "found", day("2025-06-06"), F.resolutionFacts(), ["date 2025-06-06 is in the future (today is 2025-06-05)"]),
        (.returned, "found", day("2025-06-01"), F.resolutionFacts(), ["date 2025-06-01 is before list CHILDREN-2025-06-02 of 2025-06-02"]),
        (.returned, "found", nil, F.resolutionFacts(listDate: nil, entryKey: nil), ["unknown list CHILDREN-2025-06-02"]),
        (.returned, "found", nil, F.resolutionFacts(entryKey: nil), ["list CHILDREN-2025-06-02 has no entry 1"]),
        (.returned, "found", nil, F.resolutionFacts(current: .returned), ["entry 1 of CHILDREN-2025-06-02 is already resolved as returned"]),
        (.disputed, "found", nil, F.resolutionFacts(current: .disputed), ["entry 1 of CHILDREN-2025-06-02 is already disputed"]),
    ] as [(EntryOutcome, String, Day?, ListResolution.Facts, [String])])
    func refused(outcome: EntryOutcome, note: String, on: Day?, facts: ListResolution.Facts, messages: [String]) {
        #expect(rejections { try F.resolve(outcome, note: note, on: on, facts: facts) } == messages)
    }

    @Test("every problem at once")
    func allProblems() {
        #expect(rejections { try F.resolve(entry: "99", .released, note: "", on: day("2025-01-01"), facts: F.resolutionFacts(entryKey: nil, current: .released)) } == [
            "an entry is resolved as released by the batch that carries the person; by hand use returned, not-found, adult or disputed",
            "a resolution needs a --note saying how it is known",
            "date 2025-01-01 is before list CHILDREN-2025-06-02 of 2025-06-02",
            "list CHILDREN-2025-06-02 has no entry 99",
            "entry 99 of CHILDREN-2025-06-02 is already resolved as released",
        ])
    }

    @Test("disputed is its own status; every other outcome resolves", arguments: [
        (EntryOutcome.released, EntryStatus.resolved), (.returned, .resolved), (.notFound, .resolved), (.adult, .resolved), (.disputed, .disputed),
    ])
    func outcomeStatus(outcome: EntryOutcome, status: EntryStatus) {
        #expect(outcome.status == status)
        #expect(ListEntryRecord(entry: ListEntry(key: "1", familyName: "F"), resolution: Self.resolution(outcome)).status == status)
    }

    static func resolution(_ outcome: EntryOutcome?) -> EntryResolution? {
        outcome.map { EntryResolution(outcome: $0, on: F.today, note: nil, batchID: $0 == .released ? "B-7" : nil, seq: 12) }
    }

    @Test("a list is open while any entry is, disputed while any is disputed and none open, else resolved", arguments: [
        ([nil, nil], EntryStatus.open, [2, 0, 0]),
        ([nil, .released], .open, [1, 1, 0]),
        ([nil, .disputed], .open, [1, 0, 1]),
        ([.returned, .disputed, .released], .disputed, [0, 2, 1]),
        ([.released, .notFound, .adult], .resolved, [0, 3, 0]),
    ] as [([EntryOutcome?], EntryStatus, [Int])])
    func listStatus(outcomes: [EntryOutcome?], status: EntryStatus, counts: [Int]) {
        let entries = outcomes.enumerated().map { index, outcome in
            ListEntryRecord(entry: ListEntry(key: String(index + 1), familyName: "F"), resolution: Self.resolution(outcome))
        }
        let named = NamedList(id: Self.listID, origin: .handedOver, from: "UA", to: "RU", on: day("2025-06-02"), criteria: nil,
                              entries: entries.map(\.entry))
        let list = ListRecord(list: named, seq: 40, entries: entries)
        #expect(list.status == status)
        #expect(EntryStatus.allCases.map(list.count) == counts)
    }
}
