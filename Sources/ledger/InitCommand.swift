import ArgumentParser
import LedgerDomain

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create an empty ledger file (mode 0600); harmless when it exists.",
        discussion: """
            Example:
              ledger init --db office.sqlite
            """
    )

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let path = global.databasePath
        let (ledger, created) = try global.create()
        if created {
            global.confirm("created \(path)", entries: [])
        } else {
            let head = try ledger.head()
            global.confirm("\(path) is already a ledger (\(head.map { "\($0.seq.grouped) entries" } ?? "empty")); nothing changed",
                           entries: head.map { [$0] } ?? [])
        }
    }
}
