import ArgumentParser
import LedgerDomain
import LedgerImport

/// `ledger add` at a terminal: asks for each field of a batch in turn, the way hledger's `add`
/// does, for batches typed from paper reports at the end of a long day. Each answer is checked at
/// once by the rules the options go through, and the question asked again; `<` goes back a field.
/// Nothing is written here: `ask` returns the request once the operator has confirmed it.
struct GuidedAdd {
    private enum Field: CaseIterable {
        case agreement, from, to, on, stage, place, manifest, pow, civilian, child, remains, note, overQuotaReason
    }

    private let ledger: any LedgerStore
    private var agreementID: String?
    private var facts: BatchFacts?
    private var from: String?
    private var to: String?
    private var on: Day?
    private var stage: Int?
    private var place: String?
    private var manifestPath: String?
    private var manifest: [ManifestEntry] = []
    private var counts: [TransferCategory: Int] = [:]
    private var note: String?
    private var overQuotaReason: String?
    /// Which fields have an answer, typed or taken from the default: going back shows it as the default.
    private var answered: Set<Field> = []

    init(ledger: any LedgerStore) {
        self.ledger = ledger
    }

    /// Asks for the batch and returns it once confirmed; nil when the operator answers no.
    /// Throws `Cancelled` on Ctrl-C or Ctrl-D.
    mutating func ask() throws -> BatchRequest? {
        let editor = LineEditor()
        defer { editor.restore() }
        Output.line("A new batch. Enter takes the [default], Tab completes, < goes back a field, Ctrl-C cancels.")
        let fields = Field.allCases
        var index = 0
        var asked: [Int] = []
        while index < fields.count {
            let field = fields[index]
            guard isAsked(field) else {
                index += 1
                continue
            }
            if field == .overQuotaReason { for line in quotaExcess { Output.line(line) } }
            let answer = try editor.readLine(try prompt(field), completions: try completions(field))
            if answer == "<" {
                if let previous = asked.popLast() { index = previous }
                continue
            }
            do {
                try take(answer.trimmingWhitespace, for: field)
                answered.insert(field)
                asked.append(index)
                index += 1
            } catch let error as LedgerError {
                for line in error.lines { Output.error(line) }
            } catch let error as ValidationError {
                Output.error("error: \(error.message)")
            }
        }
        Output.write(summary)
        let answer = try editor.readLine("Record this batch? [y/N] ")
        return ["y", "yes"].contains(answer.trimmingWhitespace.lowercased()) ? request : nil
    }

    private var request: BatchRequest {
        BatchRequest(agreementID: agreementID!, from: from!, to: to!, on: on!, stage: stage, place: place, note: note,
                     counts: manifest.isEmpty ? counts : [:], manifest: manifest, overQuotaReason: quotaExcess.isEmpty ? nil : overQuotaReason)
    }

    // MARK: Questions

    /// Counts are asked when there is no manifest, the over-quota reason when they go past a quota.
    /// With a manifest, the counts and any excess are known only to the write, which checks them.
    private func isAsked(_ field: Field) -> Bool {
        switch field {
        case .pow, .civilian, .child, .remains: manifest.isEmpty
        case .overQuotaReason: !quotaExcess.isEmpty
        default: true
        }
    }

    private var quotaExcess: [String] {
        guard manifest.isEmpty, let agreement = facts?.agreement, let from else { return [] }
        return Batch.quotaExcess(counts: counts.filter { $0.value > 0 }, from: from, agreement: agreement, batches: facts!.batches)
    }

    private func prompt(_ field: Field) throws -> String {
        let label = switch field {
        case .agreement: "Agreement"
        case .from: "From (releasing party)"
        case .to: "To (receiving party)"
        case .on: "Date (YYYY-MM-DD)"
        case .stage: "Stage (- for none)"
        case .place: "Place (- for none)"
        case .manifest: "Manifest file (Enter to give counts)"
        case .pow, .civilian, .child, .remains: "\(category(field)!.rawValue) count (Enter for none)"
        case .note: "Note (- for none)"
        case .overQuotaReason: "Over-quota reason"
        }
        return label + (try defaultAnswer(field).map { " [\($0)]" } ?? "") + ": "
    }

    /// What an empty answer stands for: the answer given before, when the operator came back to
    /// the field, else what the last batch of the agreement suggests.
    private func defaultAnswer(_ field: Field) throws -> String? {
        let suggested = !answered.contains(field)
        return switch field {
        case .agreement: try agreementID ?? defaultAgreement()
        case .from: from
        case .to: to.flatMap { $0 == from ? nil : $0 } ?? otherParty
        case .on: (on ?? lastBatch?.on)?.description
        case .stage: (suggested ? lastBatch?.stage.map { $0 + 1 } : stage)?.description
        case .place: suggested ? lastBatch?.place : place
        case .manifest: manifestPath
        case .pow, .civilian, .child, .remains: counts[category(field)!]?.description
        case .note: note
        case .overQuotaReason: overQuotaReason
        }
    }

    private func completions(_ field: Field) throws -> [String] {
        switch field {
        case .agreement: try ledger.agreementIDs()
        case .from, .to: try ledger.parties().map(\.code)
        default: []
        }
    }

    /// The agreement of the batch recorded last, as the next one is most often under it too.
    private func defaultAgreement() throws -> String? {
        if let agreementID { return agreementID }
        return try ledger.batches(agreementID: nil).max { $0.addedSeq < $1.addedSeq }?.agreementID
    }

    /// The last batch of the agreement that stands, for the defaults of date, stage and place.
    private var lastBatch: RecordedBatch? {
        facts?.batches.filter { !$0.isVoid }.max { $0.addedSeq < $1.addedSeq }
    }

    /// An agreement has two parties: once one releases, the other receives.
    private var otherParty: String? {
        guard let parties = facts?.agreement?.parties, let from, parties.contains(from) else { return nil }
        return parties.first { $0 != from }
    }

    private func category(_ field: Field) -> TransferCategory? {
        switch field {
        case .pow: .pow
        case .civilian: .civilian
        case .child: .child
        case .remains: .remains
        default: nil
        }
    }

    // MARK: Answers

    /// Checks an answer (or the default, for an empty one) and keeps it; throws what the option
    /// with the same value would be refused for. `-` leaves an optional field out.
    private mutating func take(_ answer: String, for field: Field) throws {
        let given = answer.isEmpty ? try defaultAnswer(field) ?? "" : answer
        let text = given == "-" || given.isEmpty ? nil : given
        switch field {
        case .agreement:
            try UsageChecks.identifier(given, "--agreement")
            let facts = try ledger.batchFacts(agreementID: given)
            try Self.throwIfAny(Batch.routeProblems(agreementID: given, from: nil, to: nil, on: nil, facts: facts))
            (agreementID, self.facts) = (given, facts)
        case .from:
            try UsageChecks.partyCode(given, "--from")
            try checkRoute(from: given, to: nil, on: nil)
            from = given
        case .to:
            try UsageChecks.partyCode(given, "--to")
            try checkRoute(from: from, to: given, on: nil)
            to = given
        case .on:
            let day = try parseDay(given)
            try checkRoute(from: from, to: to, on: day)
            on = day
        case .stage:
            stage = try text.map { text in
                let stage = try parseCount(text)
                try AddCommand.checkStage(stage)
                return stage
            }
        case .place:
            place = text
        case .manifest:
            (manifestPath, manifest) = (text, try text.map { path throws(LedgerError) in try ManifestFile.read(path: path) } ?? [])
        case .pow, .civilian, .child, .remains:
            let category = category(field)!
            counts[category] = try text.map { text in
                let count = try parseCount(text)
                try AddCommand.checkCount(count, category)
                return count
            }
            if field == .remains, let problem = Batch.nobodyProblem(counts: counts) {
                throw LedgerError.rejected([problem])
            }
        case .note:
            note = text
        case .overQuotaReason:
            guard let text else { throw LedgerError.rejected("the batch is over quota: say why it is recorded anyway") }
            overQuotaReason = text
        }
    }

    /// The rules of the batch's route as far as it is known, after the agreement was checked.
    private func checkRoute(from: String?, to: String?, on: Day?) throws {
        try Self.throwIfAny(Batch.routeProblems(agreementID: agreementID!, from: from, to: to, on: on, facts: facts!))
    }

    private static func throwIfAny(_ problems: [Problem]) throws {
        if !problems.isEmpty { throw LedgerError.rejected(problems) }
    }

    // MARK: Summary

    private var summary: String {
        var lines: [(String, String)] = [
            ("agreement", agreementID!), ("from", from!), ("to", to!), ("date", on!.description),
            ("stage", stage?.description ?? "-"), ("place", place ?? "-"),
        ]
        if let manifestPath, !manifest.isEmpty {
            lines.append(("manifest", "\(manifestPath) (\(manifest.count.grouped) named)"))
        } else {
            lines += TransferCategory.allCases.compactMap { category in counts[category].map { (category.rawValue, $0.grouped) } }
        }
        lines.append(("note", note ?? "-"))
        if let overQuotaReason = request.overQuotaReason { lines.append(("over quota", overQuotaReason)) }
        let width = lines.map(\.0.count).max()!
        return "\n" + lines.map { label, value in "  " + label + String(repeating: " ", count: width - label.count) + "  " + value + "\n" }.joined() + "\n"
    }
}
