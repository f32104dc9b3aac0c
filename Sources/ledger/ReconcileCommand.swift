import ArgumentParser
import LedgerDomain
import LedgerImport

struct ReconcileCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reconcile",
        abstract: "What was promised, what was delivered, and who is still missing.",
        discussion: """
            For every agreement: agreed against delivered per direction and quota \
            (named and unnamed), what each stage delivered, the parity of symmetric \
            terms, batches over quota with their reasons, and voided batches. Then \
            every named list with the entries still open, the remains lines (per \
            agreement and party, and per recovery window), and the medical \
            commission's line for each holding party. It ends with what is unresolved.

            --against FILE --party P matches P's list against the persons our standing \
            batches carried to or from P: matched, matched with conflicting fields, \
            needs review, only in ours, only in theirs, each pair with its score and \
            the rule that made it. The file's columns (* required):
            \(columnsHelp(CounterpartyField.self))

            --format csv: one row per figure (section, subject, from, to, category, \
            measure, value). json: one object, a key per section holding its rows, \
            and unresolved. html: one page to print, with a chart. --check prints \
            only what is unresolved and exits 1 while anything is.

            Examples:
              ledger reconcile
              ledger reconcile --agreement IST-2025-05-16
              ledger reconcile --format html > report.html
              ledger reconcile --check
              ledger reconcile --against ru-released.csv --party RU
            """
    )

    @OptionGroup var global: GlobalOptions
    @Option(help: "Only this agreement (and its remains lines).") var agreement: String?
    @Option(help: "Days after a finding for direct repatriation from which a prisoner still held is overdue.")
    var overdueAfter = PriorityQuery.defaultOverdueDays
    @Flag(help: "Print only what is unresolved; exit 1 when anything is, 0 when all is reconciled.") var check = false
    @Option(help: ArgumentHelp("The other side's list to match against ours (CSV; columns below).", valueName: "file")) var against: String?
    @Option(help: "The party whose list --against is.") var party: String?
    @Option(help: "The score from which a pair is a match.") var threshold = MatchThresholds().match
    @Option(help: "The score from which a pair below --threshold needs a person's review.") var reviewBand = MatchThresholds().review

    func validate() throws {
        if let agreement { try UsageChecks.identifier(agreement, "--agreement") }
        if !(0...36_500).contains(overdueAfter) { throw ValidationError("--overdue-after must be from 0 to 36,500 days, got \(overdueAfter)") }
        if (against == nil) != (party == nil) { throw ValidationError("--against FILE and --party P go together") }
        if let party { try UsageChecks.partyCode(party, "--party") }
        guard 0 < reviewBand, reviewBand <= threshold, threshold <= 1 else {
            throw ValidationError("thresholds must be 0 < --review-band ≤ --threshold ≤ 1, got \(reviewBand) and \(threshold)")
        }
    }

    func run() throws {
        // The other side's file is read before the ledger is opened: a bad file is refused first.
        let theirs = try against.flatMap { file in
            try party.map { try CounterpartyFile.read(path: file, party: $0, thresholds: MatchThresholds(match: threshold, review: reviewBand)) }
        }
        let report = try global.open().reconciliation(agreementID: agreement, overdueAfterDays: overdueAfter, against: theirs)
        let unresolved = report.unresolved
        let summary = unresolved.isEmpty ? "reconciled: nothing is unresolved"
            : "unresolved: " + unresolved.map { $0.description }.joined(separator: "; ")
        if check {
            if global.format == .json {
                Output.line(JSONValue.object(["ok": .bool(unresolved.isEmpty), "unresolved": ReconciliationFigures.unresolvedJSON(report)]).canonicalText)
            } else {
                Output.line(summary)
            }
            if !unresolved.isEmpty { throw CheckFailed() }
            return
        }
        switch global.format {
        case .table:
            for section in ReconciliationFigures.sections(report) where !section.table.rows.isEmpty {
                Output.line(section.title)
                global.print(section.table)
                Output.line("")
            }
            Output.line(summary)
        case .csv: global.print(ReconciliationFigures.figures(report))
        case .json: Output.line(ReconciliationFigures.json(report).canonicalText)
        case .html:
            let chart = HTMLPage.barChart(title: "Agreed against delivered, per agreement and direction", items: report.agreements.flatMap { $0.lines }.map {
                let agreed: Int? = if case .count(let count) = $0.amount { count } else { nil }
                return (label: "\($0.agreementID) \($0.from)→\($0.to) \($0.categoryLabel)", agreed: agreed, delivered: $0.delivered)
            })
            Output.write(HTMLPage.document(
                title: "Reconciliation", intro: ["Ledger \(global.databasePath) as of \(report.asOf), made from journal entry \(report.head ?? "0 (empty)")."], figure: chart,
                sections: ReconciliationFigures.sections(report).filter { !$0.table.rows.isEmpty }.map { ($0.title, $0.table) }, closing: summary))
        }
    }
}
