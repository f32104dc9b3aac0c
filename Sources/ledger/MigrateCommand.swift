import ArgumentParser
import LedgerDomain

struct MigrateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: "Bring a ledger made by an older version of ledger up to this version's schema.",
        discussion: """
            Runs the migrations after the ledger's version (migrations/v2.sql, v3.sql …) in one transaction. The \
            journal is not changed, so `ledger head` and `verify --expect-head` give what they gave before. Every \
            other command refuses a ledger of an older version until it is migrated; migrating a current one \
            changes nothing and says so.

            Example:
              ledger migrate --db office.sqlite
            """
    )

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let (from, to) = try global.migrate()
        let path = global.databasePath
        Output.line(from == to ? "\(path) is at schema version \(to) already; nothing changed" : "migrated \(path) from schema version \(from) to \(to)")
    }
}
