#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import LedgerCSV
import LedgerDomain
import LedgerStore

/// Builds the demo ledger: the real public figures of the 2025 exchanges (`exchanges-2025.csv`,
/// one line per batch and category, each with its source) over a register of fictional persons.
public enum DemoLedger {
    static let exchanges = String(decoding: PackageResources.exchanges_2025_csv, as: UTF8.self)

    /// Opens the ledger at `path` if there is one; otherwise builds the demo into a temporary file
    /// beside it and moves it into place only when complete, so a failed build leaves nothing.
    public static func build(path: String, actor: String) throws(LedgerError) -> (ledger: any LedgerStore, built: Bool) {
        var status = stat()
        if stat(path, &status) == 0 { return (try SQLiteLedger.open(path: path, actor: actor), false) }
        let building = "\(path).building-\(getpid())"
        do throws(LedgerError) {
            try record(into: building, actor: actor)
            guard rename(building, path) == 0 else {
                throw LedgerError.database("\(path): cannot move the demo into place (\(String(cString: strerror(errno))))")
            }
        } catch {
            for suffix in ["", "-wal", "-shm"] { unlink(building + suffix) }
            throw error
        }
        return (try SQLiteLedger.open(path: path, actor: actor), true)
    }

    private static func record(into path: String, actor: String) throws(LedgerError) {
        let ledger = try SQLiteLedger.create(path: path, actor: actor).ledger
        _ = try ledger.addParty(code: "UA", name: "Ukraine")
        _ = try ledger.addParty(code: "RU", name: "Russian Federation")
        _ = try ledger.addAgreement(AgreementRequest(
            id: "IST-2025-05-16", title: "Istanbul: 1,000 for 1,000", date: Day("2025-05-16")!, parties: ["UA", "RU"],
            each: [QuotaTerm(categories: [.pow, .civilian], amount: .count(1000))], terms: []))
        _ = try ledger.addAgreement(AgreementRequest(
            id: "IST-2025-06-02-REMAINS", title: "Istanbul: 6,000 bodies for 6,000", date: Day("2025-06-02")!,
            parties: ["UA", "RU"], each: [QuotaTerm(categories: [.remains], amount: .count(6000))], terms: []))

        // Russians held by Ukraine: the 1,000 released in May by name, and 140 still held.
        // Ukrainians held by Russia: their releases are recorded by count, as the other side's often are.
        var register = FictionalRegister(seed: 2025_05_16)
        let persons = register.persons(count: 1020, firstNumber: 1, party: "RU", holder: "UA", category: .pow)
            + register.persons(count: 120, firstNumber: 1021, party: "RU", holder: "UA", category: .civilian)
            + register.persons(count: 400, firstNumber: 1, party: "UA", holder: "RU", category: .pow)
            + register.persons(count: 60, firstNumber: 401, party: "UA", holder: "RU", category: .civilian)
        _ = try ledger.importPersons(from: PersonRows(persons), progress: nil)

        var unreleasedPOWs = persons.filter { $0[.belongsTo] == "RU" && $0[.category] == "pow" }.map { $0[.id]! }
        var unreleasedCivilians = persons.filter { $0[.belongsTo] == "RU" && $0[.category] == "civilian" }.map { $0[.id]! }
        for batch in try reportedBatches() {
            var request = batch
            if request.from == "UA" && request.agreementID == "IST-2025-05-16" {
                let pows = unreleasedPOWs.prefix(request.counts[.pow] ?? 0)
                let civilians = unreleasedCivilians.prefix(request.counts[.civilian] ?? 0)
                unreleasedPOWs.removeFirst(pows.count)
                unreleasedCivilians.removeFirst(civilians.count)
                request.manifest = (pows + civilians).map { ManifestEntry(personID: $0) }
            }
            // The published figures go past the terms (6,057 bodies against 6,000): say so, as an office must.
            let line = try ledger.quotaProgress(agreementID: request.agreementID).first {
                $0.from == request.from && request.counts.keys.contains(where: $0.categories.contains)
            }
            let total = (line?.delivered ?? 0) + request.counts.values.reduce(0, +)
            if let line, case .count(let agreed) = line.amount, total > agreed {
                request.overQuotaReason = "reported figures: \(total.grouped) delivered where \(agreed.grouped) were agreed"
            }
            _ = try ledger.addBatch(request)
        }

        // A correction, the way an office makes one: a transfer typed in twice and taken for a
        // second one (--again), then voided.
        let (duplicate, _) = try ledger.addBatch(BatchRequest(
            agreementID: "IST-2025-06-02-REMAINS", from: "UA", to: "RU", on: Day("2025-06-11")!, stage: 1,
            note: "typed in a second time", counts: [.remains: 27], again: true))
        _ = try ledger.voidBatch(id: duplicate.id, reason: "entered twice: the 27 bodies of 11 June are already recorded")

        try DemoCommission.record(into: ledger, register: &register)
        try DemoRemains.record(into: ledger, register: &register)
    }

    /// The batches of `exchanges-2025.csv`: its lines grouped by agreement, date, stage and direction.
    static func reportedBatches() throws(LedgerError) -> [BatchRequest] {
        let reader = CSVReader(bytes: Array(exchanges.utf8))
        var batches: [BatchRequest] = []
        do {
            guard let header = try reader.next() else { return [] }
            let column = Dictionary(uniqueKeysWithValues: header.fields.enumerated().map { ($1, $0) })
            while let record = try reader.next() {
                func field(_ name: String) -> String { record.fields[column[name]!] }
                guard let on = Day(field("date")), let stage = Int(field("stage")), let count = Int(field("count")),
                      let category = TransferCategory(rawValue: field("category")) else {
                    throw LedgerError.rejected([Problem("exchanges-2025.csv line \(record.line) is malformed")])
                }
                let source = [field("note"), "source: \(field("source"))"].filter { !$0.isEmpty }.joined(separator: "; ")
                if let index = batches.firstIndex(where: {
                    $0.agreementID == field("agreement") && $0.on == on && $0.stage == stage && $0.from == field("from") && $0.to == field("to")
                }) {
                    batches[index].counts[category] = count
                    if batches[index].note != source { batches[index].note! += "; " + source }
                } else {
                    batches.append(BatchRequest(agreementID: field("agreement"), from: field("from"), to: field("to"), on: on,
                                                stage: stage, note: source, counts: [category: count]))
                }
            }
        } catch let error as LedgerError {
            throw error
        } catch {
            throw .rejected([Problem("exchanges-2025.csv: \(error)")])
        }
        return batches
    }
}
