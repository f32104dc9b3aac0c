import Foundation
import LedgerDomain
import LedgerImport
import LedgerStore
import LedgerTestSupport
import Testing

/// A small ledger on disk with every kind of entry: parties, an agreement, persons, a count-only
/// batch, a named batch, and a voided one.
struct Fixture {
    let scratch: Scratch
    let path: String
    let ledger: SQLiteLedger

    /// 2026-11-26T12:00:00.000Z: a fixed clock, so that runs are repeatable.
    static let clock: SQLiteLedger.Clock = { (Timestamp(millisecondsSinceEpoch: 1_795_694_400_000), today) }
    static let today = Day("2026-11-26")!

    static let personsHeader = "id,held_by,belongs_to,category,family_name,given_name,family_name_latin,birth_date,captured_on\n"

    init(populated: Bool = true) throws {
        scratch = try Scratch()
        path = scratch.path("ledger.sqlite")
        ledger = try SQLiteLedger.create(path: path, actor: "tester", clock: Self.clock).ledger
        guard populated else { return }
        _ = try ledger.addParty(code: "UA", name: "Ukraine")
        _ = try ledger.addParty(code: "RU", name: "Russian Federation")
        _ = try ledger.addAgreement(AgreementRequest(
            id: "IST-2025-05-16", title: "Istanbul: 1,000 for 1,000", date: Day("2025-05-16")!, parties: ["UA", "RU"],
            each: [QuotaTerm(categories: [.pow, .civilian], amount: .count(1000))], terms: []))
        let csv = try scratch.write("persons.csv", Self.personsHeader + """
            RU-1,UA,RU,pow,Примеров,Иван,Primerov,1990-04,2024-01-02
            RU-2,UA,RU,civilian,"Образцова, мл.",Ольга,Obraztsova,1985,
            RU-3,UA,RU,pow,Тестов,Павел,Testov,,2023-06-30
            UA-1,RU,UA,pow,Прикладенко,Тарас,Prykladenko,1994-03-12,2024-11-02

            """)
        _ = try ledger.importPersons(csvPath: csv)
        _ = try ledger.addBatch(BatchRequest(agreementID: "IST-2025-05-16", from: "RU", to: "UA", on: Day("2025-05-23")!,
                                             stage: 1, counts: [.pow: 270, .civilian: 120]))
        _ = try ledger.addBatch(BatchRequest(agreementID: "IST-2025-05-16", from: "UA", to: "RU", on: Day("2025-05-23")!,
                                             stage: 1, manifest: [ManifestEntry(personID: "RU-1"), ManifestEntry(personID: "RU-2")]))
        let (mistake, _) = try ledger.addBatch(BatchRequest(agreementID: "IST-2025-05-16", from: "UA", to: "RU",
                                                            on: Day("2025-05-24")!, stage: 2, manifest: [ManifestEntry(personID: "RU-3")]))
        _ = try ledger.voidBatch(id: mistake.id, reason: "entered under the wrong stage")
    }

    /// A copy of the ledger file made by the sqlite3 shell's `.backup`, safe while the ledger is open.
    func copy(named name: String) throws -> String {
        let copy = scratch.path(name)
        try sqlite3(path, ".backup '\(copy)'")
        return copy
    }

    /// A copy of the ledger made into an older version's file by `downgrade`, and the dump of the
    /// current file, which the copy must be again once migrated.
    func olderCopy(by downgrade: String, named name: String) throws -> (path: String, current: String) {
        let current = try dump(path)
        let old = try copy(named: name)
        let downgraded = try sqlite3(old, downgrade)
        #expect(downgraded.status == 0, "\(downgraded)")
        #expect(try dump(old) != current)
        return (old, current)
    }

    func count(_ table: String, in database: String? = nil) throws -> Int {
        Int(try sqlite3(database ?? path, "SELECT count(*) FROM \(table)").stdout.trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
    }
}

/// What a call rejected with `LedgerError.rejected` reported, or nil when it did something else.
func rejection(_ body: () throws -> Void) -> (problems: [Problem], omitted: Int)? {
    do {
        try body()
    } catch let error as LedgerError {
        if case .rejected(let problems, let omitted) = error { return (problems, omitted) }
    } catch {}
    return nil
}

extension SQLiteLedger {
    /// Imports a persons CSV file the way `ledger person import` does.
    func importPersons(csvPath: String) throws -> ImportSummary {
        try importPersons(from: try CSVRecordFile<PersonField>(path: csvPath, noun: "persons"), progress: nil)
    }
}
