import ArgumentParser
import LedgerDomain

struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "The journal, entry by entry.",
        discussion: """
            csv and json carry every field, prev and hash included, so that the chain can be checked elsewhere.

            Examples:
              ledger log --since 120 --kind batch.add
              ledger log --format json > journal.json
            """
    )

    @OptionGroup var global: GlobalOptions
    @Option(help: "Start at this seq.") var since: Int64?
    @Option(help: "Only entries of this kind (\(LedgerEvent.kinds.joined(separator: ", "))).") var kind: String?

    func validate() throws {
        if let since, since < 1 { throw ValidationError("--since must be 1 or more") }
        if let kind, !LedgerEvent.kinds.contains(kind) {
            throw ValidationError("--kind must be one of \(LedgerEvent.kinds.joined(separator: ", "))")
        }
    }

    func run() throws {
        let ledger = try global.open()
        try global.print(entryColumns) { emit in try ledger.journal(since: since, kind: kind) { emit(entryRow($0)) } }
    }
}
