import ArgumentParser
import LedgerDemo
import LedgerDomain

struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Build a demo ledger from the public figures of 2025 and print its summary.",
        discussion: """
            Records the Istanbul agreement of 16 May 2025 (1,000 for 1,000, delivered in three stages) and the \
            6,000-for-6,000 remains agreement of 2 June 2025 with the transfers reported in June, plus a register \
            of clearly fictional persons (fixed seed) so that named batches have people in them; then a fictional \
            sitting of the mixed medical commission on 5 June 2025, its priority list saved (MEDICAL-1, dated \
            20 June) and half of it released on 27 June, and a list of 339 fictional children handed over on \
            2 June 2025, partly resolved; and a fictional recovery window near Kupiansk (20–22 June 2025), the \
            bodies recovered in it handed over by name, sampled and identified, one found to be the other side's \
            and handed back. \
            Writes ./ledger-demo.sqlite unless --db is given; an existing file is never overwritten.

            Example:
              ledger demo
            """
    )

    @OptionGroup var global: GlobalOptions

    static let defaultPath = "ledger-demo.sqlite"

    func run() throws {
        let path = global.db ?? Self.defaultPath
        let (ledger, built) = try DemoLedger.build(path: path, actor: global.actor ?? "demo")
        if global.format == .table {
            Output.line(built ? "built the demo ledger \(path)" : "\(path) already exists; showing it (delete the file to build it again)")
            Output.line("")
        }
        global.print(progressTable(try ledger.quotaProgress(agreementID: nil)))
        guard global.format == .table else { return }
        Output.line("")
        global.print(listsTable(try ledger.lists()))
        Output.line("")
        global.print(windowsTable(try ledger.windows()))
        Output.write("""

            Try next:
              ledger --db \(path) batches
              ledger --db \(path) agreement list --agreement IST-2025-06-02-REMAINS
              ledger --db \(path) priority --held-by RU --limit 10 --explain
              ledger --db \(path) list show CHILDREN-2025-06-02
              ledger --db \(path) remains report
              ledger --db \(path) remains --status dna-pending
              ledger --db \(path) assess DEMO-UA-0012 --history
              ledger --db \(path) log --kind batch.add
              ledger --db \(path) verify

            """)
    }
}
