import Foundation
import LedgerDomain
@testable import LedgerStore
import LedgerTestSupport
import Testing

/// The priority list the store's indexed query returns must be the domain's `PriorityOrder`,
/// whatever the data: proven on generated ledgers against an oracle computed from the generated
/// facts alone, not from the database.
@Suite struct PriorityQueryTests {
    @Test(arguments: [11, 12, 13, 14] as [UInt64])
    func theQueryListsExactlyWhomTheDomainOrderPutsFirst(seed: UInt64) throws {
        let world = try GeneratedCommission(seed: seed)
        let expected = world.expectedCandidates()
        #expect(expected.count > 20, "the generated data must give the order something to sort")
        for query in [
            PriorityQuery(heldBy: "RU"),
            PriorityQuery(heldBy: "RU", limit: 10),
            PriorityQuery(heldBy: "RU", categories: [.incurable, .neutralThreat, .notEligible]),
            PriorityQuery(heldBy: "UA", overdueAfterDays: 400),
        ] {
            let (list, saved) = try world.fixture.ledger.priority(query, saveAs: nil, on: nil)
            let ranked = PriorityOrder.sorted(world.expectedCandidates(heldBy: query.heldBy).filter {
                query.categories.isEmpty || query.categories.contains($0.category)
            })
            #expect(saved == nil)
            let expected = Array(ranked.prefix(query.limit ?? .max))
            #expect(list.rows.map(\.candidate.personID) == expected.map(\.personID), "\(query)")
            #expect(list.rows.map(\.candidate) == expected, "\(query)")
            #expect(list.rows.map(\.rank) == Array(stride(from: 1, through: list.rows.count, by: 1)))
            #expect(list.ranked == ranked.count)
            let overdue = ranked.filter { PriorityList.isOverdue($0, today: Fixture.today, after: query.overdueAfterDays) }
            #expect(list.overdue == overdue.count)
            #expect(list.refused == world.refusingPrisoners(heldBy: query.heldBy))
            #expect(list.neverAssessed == world.unassessedPrisoners(heldBy: query.heldBy))
            var streamed: [PriorityRow] = []
            try world.fixture.ledger.priority(query) { streamed.append($0) }
            #expect(streamed == list.rows, "\(query)")
        }
    }

    @Test func aListReadRowByRowRefusesAnUnknownPartyBeforeAnyRow() throws {
        let world = try GeneratedCommission(seed: 11)
        var streamed = 0
        #expect(throws: LedgerError.rejected("unknown party PL")) {
            try world.fixture.ledger.priority(PriorityQuery(heldBy: "PL")) { _ in streamed += 1 }
        }
        #expect(streamed == 0)
    }

    @Test func theListIsReadInIndexOrderWithoutSorting() throws {
        let fixture = try Fixture(populated: false)
        for categories in [0, 2] {
            let plan = try sqlite3(fixture.path, "EXPLAIN QUERY PLAN " + SQLiteLedger.priorityRows(categoryCount: categories))
            #expect(plan.status == 0, "\(plan)")
            #expect(plan.stdout.contains("SCAN m USING INDEX medical_priority"), "\(plan.stdout)")
            #expect(!plan.stdout.contains("TEMP B-TREE"), "\(plan.stdout)")
        }
    }

    @Test func aSavedListIsTheListReturnedAndIsNeverReplaced() throws {
        let world = try GeneratedCommission(seed: 21)
        let (list, saved) = try world.fixture.ledger.priority(PriorityQuery(heldBy: "RU", limit: 5), saveAs: "MEDICAL-1", on: nil)
        let entry = try #require(saved)
        #expect(entry.kind == "list.add")
        let record = try world.fixture.ledger.list(id: "MEDICAL-1")
        #expect(record.entries.map(\.entry.personID) == list.rows.map(\.candidate.personID))
        #expect(record.entries.map(\.entry.key) == ["1", "2", "3", "4", "5"])
        #expect(record.entries.map(\.status) == Array(repeating: .open, count: 5))
        #expect(record.list.origin == .priority && record.list.from == nil && record.list.to == "RU" && record.list.on == Fixture.today)
        #expect(record.list.criteria == "held by RU; first 5; overdue after 90 days")
        let before = try dump(world.fixture.path)
        #expect(rejection { _ = try world.fixture.ledger.priority(PriorityQuery(heldBy: "RU"), saveAs: "MEDICAL-1", on: nil) }?.problems
            == [Problem("list MEDICAL-1 already exists (seq \(entry.seq)); a saved list is never replaced")])
        #expect(try dump(world.fixture.path) == before)
    }
}

/// A generated ledger: prisoners on both sides with capture and birth dates drawn from small sets
/// (so that keys tie and later keys decide), one to three findings each, refusals and withdrawn
/// refusals, and a batch that releases some of the assessed. Keeps the facts it generated, so the
/// tests can say what the list must be without asking the database.
struct GeneratedCommission {
    let fixture: Fixture
    var persons: [String: (heldBy: String, category: PersonCategory, captured: Day?, born: PartialDate?, name: String, given: String?)] = [:]
    var findings: [String: [(on: Day, category: MedicalCategory, severity: Int)]] = [:]
    var refusing: Set<String> = []
    /// Prisoners the batch carried home: no longer held.
    var released: Set<String> = []

    init(seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        fixture = try Fixture(populated: false)
        let ledger = fixture.ledger
        _ = try ledger.addParty(code: "UA", name: "Ukraine")
        _ = try ledger.addParty(code: "RU", name: "Russian Federation")
        _ = try ledger.addAgreement(AgreementRequest(
            id: "ALL", title: "all for all", date: Day("2025-01-01")!, parties: ["UA", "RU"],
            each: [QuotaTerm(categories: [.pow, .civilian], amount: .all)], terms: []))
        let captureDays = (0..<12).map { Day(daysSinceEpoch: Day("2022-03-01")!.daysSinceEpoch + $0 * 61) }
        let findingDays = (0..<8).map { Day(daysSinceEpoch: Day("2025-01-06")!.daysSinceEpoch + $0 * 19) }
        var rows: [[PersonField: String]] = []
        for index in 0..<160 {
            // Ids of uneven length and shared prefixes, so that byte order is tested too.
            let id = ["A", "B", "AB", "B1"].randomElement(using: &random)! + "-\(index * 7 % 100)-\(index)"
            let heldBy = random.next() % 5 == 0 ? "UA" : "RU"
            let category: PersonCategory = random.next() % 10 == 0 ? .civilian : .pow
            let captured = random.next() % 5 == 0 ? nil : captureDays.randomElement(using: &random)
            let year = 1970 + Int(random.next() % 4)
            let born: PartialDate? = switch random.next() % 5 {
            case 0: nil
            case 1: .year(year)
            case 2: .month(year: year, month: 1 + Int(random.next() % 3))
            default: .day(Day(year: year, month: 1 + Int(random.next() % 3), day: 1 + Int(random.next() % 2))!)
            }
            let given: String? = random.next() % 3 == 0 ? nil : "Ім'я \(index)"
            persons[id] = (heldBy, category, captured, born, "Прізвище \(index % 9)", given)
            var row: [PersonField: String] = [.id: id, .heldBy: heldBy, .belongsTo: heldBy == "RU" ? "UA" : "RU", .category: category.rawValue,
                                              .familyName: "Прізвище \(index % 9)"]
            row[.givenName] = given
            row[.capturedOn] = captured?.description
            row[.birthDate] = born?.description
            rows.append(row)
        }
        _ = try ledger.importPersons(from: PersonRows(rows), progress: nil)

        var sitting: [[AssessmentField: String]] = []
        for (id, person) in persons.sorted(by: { $0.key < $1.key }) where person.category == .pow && random.next() % 6 != 0 {
            for on in findingDays.shuffled(using: &random).prefix(1 + Int(random.next() % 3)) {
                let finding = (on: on, category: MedicalCategory.allCases.randomElement(using: &random)!, severity: 1 + Int(random.next() % 5))
                findings[id, default: []].append(finding)
                sitting.append([.personID: id, .on: on.description, .category: finding.category.rawValue, .severity: String(finding.severity),
                                .members: "Dr A (neutral), Dr B (neutral), Dr C (detaining)", .vote: "2-1", .findings: "generated"])
            }
        }
        _ = try ledger.importAssessments(from: RecordRows(sitting))

        for id in persons.keys.sorted() where persons[id]!.category == .pow && random.next() % 8 == 0 {
            _ = try ledger.recordConsent(personID: id, on: Day("2025-07-01")!, refuses: true, witness: "ICRC delegate")
            if random.next() % 3 == 0 {
                _ = try ledger.recordConsent(personID: id, on: Day("2025-08-01")!, refuses: false, witness: "ICRC delegate")
            } else {
                refusing.insert(id)
            }
        }

        released = Set(findings.keys.sorted().filter { persons[$0]!.heldBy == "RU" && random.next() % 7 == 0 })
        _ = try ledger.addBatch(BatchRequest(agreementID: "ALL", from: "RU", to: "UA", on: Day("2025-09-01")!,
                                             manifest: released.sorted().map { ManifestEntry(personID: $0) }))
    }

    /// The candidates of `heldBy`, from the generated facts: held prisoners, assessed, not refusing.
    func expectedCandidates(heldBy: String = "RU") -> [PriorityCandidate] {
        findings.compactMap { id, all in
            let person = persons[id]!
            guard person.heldBy == heldBy, person.category == .pow, !refusing.contains(id), !released.contains(id) else { return nil }
            let newestFirst = all.sorted { $0.on > $1.on }
            let inForce = newestFirst[0]
            let run = newestFirst.prefix { $0.category.outcome == .directRepatriation }
            return PriorityCandidate(
                personID: id, familyName: person.name, givenName: person.given, assessedOn: inForce.on, category: inForce.category,
                severity: inForce.severity, capturedOn: person.captured, birthDate: person.born, eligibleSince: run.last?.on)
        }
    }

    func refusingPrisoners(heldBy: String) -> Int {
        refusing.filter { persons[$0]!.heldBy == heldBy && !released.contains($0) }.count
    }

    func unassessedPrisoners(heldBy: String) -> Int {
        persons.filter { id, person in
            person.heldBy == heldBy && person.category == .pow && findings[id] == nil && !refusing.contains(id)
        }.count
    }
}
