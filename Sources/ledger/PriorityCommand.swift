import ArgumentParser
import LedgerDomain

struct PriorityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "priority",
        abstract: "The medical release list: the severely wounded and sick first.",
        discussion: """
            Orders every assessed prisoner still held by a party, by the finding in force:
              1. outcome: direct repatriation, then a neutral country, then not eligible;
              2. severity, highest first;
              3. longest in captivity first (unknown capture dates last);
              4. oldest first (unknown birth dates last, partial ones from the first day);
              5. person id.
            Prisoners who refused repatriation (GC III Art. 109) are left out and counted below the list, as \
            are prisoners held but never assessed. A prisoner found eligible for direct repatriation and still \
            held more than --overdue-after days later is flagged as overdue. --save-list freezes the list as \
            shown as a named list in the journal (see `ledger list show`), dated --on or today: a batch settles \
            the entries of the lists dated on or before its day only.

            Examples:
              ledger priority --held-by RU --limit 200 --explain
              ledger priority --held-by RU --limit 200 \\
                  --save-list MEDICAL-2025-06 --on 2025-06-20
            """
    )

    @OptionGroup var global: GlobalOptions
    @Option(help: "The detaining party whose prisoners are listed.") var heldBy: String
    @Option(help: "List at most this many.") var limit: Int?
    @Option(help: "Only findings of this category (repeat for several).") var category: [MedicalCategory] = []
    @Flag(help: "Spell out, for each prisoner, the keys that placed them.") var explain = false
    @Option(help: "Days after a finding for direct repatriation from which a prisoner still held is overdue.")
    var overdueAfter = PriorityQuery.defaultOverdueDays
    @Option(help: ArgumentHelp("Save the list as shown as a named list with this id.", valueName: "id")) var saveList: String?
    @Option(help: "With --save-list: the day the list is handed over, YYYY-MM-DD; today when left out.", transform: parseDay)
    var on: Day?

    func validate() throws {
        try UsageChecks.partyCode(heldBy, "--held-by")
        if let limit, limit < 1 { throw ValidationError("--limit must be 1 or more, got \(limit)") }
        if !(0...36_500).contains(overdueAfter) { throw ValidationError("--overdue-after must be from 0 to 36,500 days, got \(overdueAfter)") }
        if let saveList { try UsageChecks.identifier(saveList, "--save-list") }
        if on != nil && saveList == nil { throw ValidationError("--on dates a saved list; give it with --save-list") }
    }

    func run() throws {
        let query = PriorityQuery(heldBy: heldBy, limit: limit, categories: Set(category), overdueAfterDays: overdueAfter)
        let ledger = try global.open()
        // Printed as it is read, the way a whole list (half a million rows) goes out as csv. A list
        // saved, or shown as a table above its footer, is made whole first.
        if saveList == nil && global.format != .table {
            return try global.print(columns) { emit in try ledger.priority(query) { emit(cells($0)) } }
        }
        let (list, saved) = try ledger.priority(query, saveAs: saveList, on: on)
        if global.format == .table && explain {
            printExplained(list)
        } else {
            global.print(columns) { emit in list.rows.forEach { emit(cells($0)) } }
        }
        guard global.format == .table else { return }
        printFooter(list)
        if let saved, let saveList { Output.line("saved as list \(saveList) with the \(list.rows.count.grouped) listed (seq \(saved.seq))") }
    }

    private var columns: [Table.Column] {
        [
            .init(name: "rank", numeric: true), .init(name: "person"), .init(name: "family_name", tableWidth: 24),
            .init(name: "given_name", tableWidth: 20), .init(name: "category"), .init(name: "outcome", tableWidth: 34),
            .init(name: "severity", numeric: true), .init(name: "captured_on"), .init(name: "birth_date"),
            .init(name: "assessed_on"), .init(name: "overdue"),
        ] + (explain ? [.init(name: "reasons")] : [])
    }

    private func cells(_ row: PriorityRow) -> [Table.Cell] {
        let candidate = row.candidate
        var cells: [Table.Cell] = [
            .number(row.rank), .text(candidate.personID), .text(candidate.familyName), candidate.givenName.map { .text($0) } ?? .empty,
            .text(candidate.category.rawValue), .text(candidate.category.outcome.words), .number(candidate.severity),
            candidate.capturedOn.map { .text($0.description) } ?? .empty, candidate.birthDate.map { .text($0.description) } ?? .empty,
            .text(candidate.assessedOn.description), .flag(row.overdue),
        ]
        if explain { cells.append(.text(row.reasons.joined(separator: "; "))) }
        return cells
    }

    /// One block a prisoner: the rank and name, then each key of the order on a line of its own.
    private func printExplained(_ list: PriorityList) {
        for row in list.rows {
            let candidate = row.candidate
            let name = [candidate.familyName, candidate.givenName].compactMap { $0 }.joined(separator: " ")
            Output.line("\(row.rank.grouped). \(candidate.personID)  \(name)\(row.overdue ? "  OVERDUE" : "")")
            for reason in row.reasons { Output.line("     \(reason)") }
        }
    }

    private func printFooter(_ list: PriorityList) {
        Output.line("")
        Output.line("\(list.rows.count.grouped) listed of \(list.ranked.grouped) assessed prisoners held by \(list.query.heldBy)"
                    + "; \(list.overdue.grouped) overdue (eligible for direct repatriation more than \(list.query.overdueAfterDays) days ago).")
        Output.line("Not listed: \(list.refused.grouped) refused repatriation (GC III Art. 109); \(list.neverAssessed.grouped) held but never assessed.")
    }
}
