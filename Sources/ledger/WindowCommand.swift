import ArgumentParser
import LedgerDomain

struct WindowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "window",
        abstract: "Recovery windows: local ceasefires on a section of the front to recover the dead.",
        discussion: """
            Example:
              ledger window add W-2025-06-KUPIANSK --sector "Kupiansk, 12 km segment" \\
                  --from 2025-06-20 \\
                  --to 2025-06-22 --agreed-by UA,RU
            """,
        subcommands: [Add.self]
    )

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record a recovery window.",
            discussion: """
                A window lasts 1 to 7 calendar days, --from and --to included, and is agreed by at least two \
                parties. Remains recovered during it name it (`ledger remains add … --window ID`).

                Example:
                  ledger window add W-2025-06-KUPIANSK --sector "Kupiansk, 12 km segment" \\
                      --from 2025-06-20 \\
                      --to 2025-06-22 --agreed-by UA,RU
                """
        )

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The window's id.") var id: String
        @Option(help: "The section of the front.") var sector: String
        @Option(help: "The first day, YYYY-MM-DD.", transform: parseDay) var from: Day
        @Option(help: "The last day, YYYY-MM-DD.", transform: parseDay) var to: Day
        @Option(help: "The parties that agreed to it, comma-separated: UA,RU.") var agreedBy: String

        func validate() throws {
            try UsageChecks.identifier(id, "window id")
            for party in UsageChecks.partyCodes(agreedBy) { try UsageChecks.partyCode(party, "--agreed-by") }
        }

        func run() throws {
            let entry = try global.open().addWindow(id: id, sector: sector, from: from, to: to, agreedBy: UsageChecks.partyCodes(agreedBy))
            global.confirm("added window \(id) (seq \(entry.seq))", entries: [entry])
        }
    }
}

struct WindowsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "windows",
        abstract: "Every recovery window: its dates, parties, and the remains recovered in it.",
        discussion: """
            For each window: the remains recovered in it, how many a batch has carried (handed_over), and how \
            many are identified, DNA pending and unidentified; mis_assigned counts those identified as of another \
            party than presumed at recovery.

            Example:
              ledger windows
            """
    )

    @OptionGroup var global: GlobalOptions

    func run() throws {
        global.print(windowsTable(try global.open().windows()))
    }
}

/// Every window on one line: its dates, parties, and how far its remains have come.
func windowsTable(_ windows: [WindowRecord]) -> Table {
    var table = Table([
        .init(name: "window"), .init(name: "sector", tableWidth: 30), .init(name: "from"), .init(name: "to"),
        .init(name: "days", numeric: true), .init(name: "agreed_by"), .init(name: "recovered", numeric: true),
    ] + RemainsReportColumns.progress + [.init(name: "seq", numeric: true, grouped: false)])
    for record in windows {
        let window = record.window
        table.append([
            .text(window.id), .text(window.sector), .text(window.from.description), .text(window.to.description), .number(window.days),
            .text(window.agreedBy.joined(separator: ",")), .number(record.line.received),
        ] + RemainsReportColumns.progress(record.line) + [.number(Int(record.seq))])
    }
    return table
}

/// The columns every remains report line shares after what it received: handed over, identified,
/// DNA pending, unidentified, mis-assigned.
enum RemainsReportColumns {
    static let progress: [Table.Column] = ["handed_over", "identified", "dna_pending", "unidentified", "mis_assigned"].map {
        .init(name: $0, numeric: true)
    }

    static func progress(_ line: RemainsReportLine) -> [Table.Cell] {
        [line.handedOver, line.identified, line.dnaPending, line.unidentified, line.misAssigned].map { .number($0) }
    }
}
