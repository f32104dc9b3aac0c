import ArgumentParser
import LedgerDomain

struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Prove the ledger was not altered: hash chain, full replay, projections.",
        discussion: """
            Recomputes every hash; replays the journal into a fresh in-memory database and compares every
            table with the stored one; checks the schema against schema.sql. Exits 0 with one summary line,
            or 1 naming the first bad seq and what is wrong.

            Examples:
              ledger verify
              ledger verify --expect-head 1042:3f5a…  (the full 64-digit hash that `ledger head` printed)
            """
    )

    @OptionGroup var global: GlobalOptions
    @Option(help: ArgumentHelp("An entry written down earlier with `ledger head`; it must still be there, unchanged.", valueName: "seq:hash"),
            transform: { try ExpectedHead(parsing: $0) })
    var expectHead: ExpectedHead?

    func run() throws {
        let report = try global.open().verify(expectedHead: expectHead, progress: TerminalProgress.reporter("entries checked"))
        TerminalProgress.clear()
        if let failure = report.failure {
            Output.error("verify failed: \(failure)")
            throw CheckFailed()
        }
        let head = report.head.map { "; head \($0.seq):\($0.hash)" } ?? ""
        let expected = expectHead.map { "; expected head \($0.seq) present and unchanged" } ?? ""
        Output.line("ok: \(report.entries.grouped) entries, chain intact, projections match the replay\(expected)\(head)")
    }
}
