import ArgumentParser
import LedgerDomain

/// The root command: what `ledger --help` shows.
struct Ledger: ParsableCommand {
    /// What `ledger --version` prints; raised with every release.
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "ledger",
        abstract: "A tamper-evident record of prisoner, civilian and remains exchanges between two parties.",
        discussion: """
            Every change is an entry in a hash-chained journal; `ledger verify` proves nothing was altered. \
            Start with `ledger demo`, or `ledger init` for an empty ledger.

            Exit codes: 0 success, 1 a check found a discrepancy, 64 usage error, 65 input data rejected, \
            66 input file missing or unreadable, 74 database or I/O error.
            """,
        version: version,
        subcommands: [
            InitCommand.self, MigrateCommand.self, DemoCommand.self, PartyCommand.self, AgreementCommand.self, PersonCommand.self,
            AddCommand.self, VoidCommand.self, BatchesCommand.self, AssessCommand.self, ConsentCommand.self,
            PriorityCommand.self, ListCommand.self, ListsCommand.self, ReconcileCommand.self, WindowCommand.self, WindowsCommand.self, RemainsCommand.self,
            LogCommand.self, HeadCommand.self, VerifyCommand.self, BackupCommand.self,
            OriginCommand.self, KeyCommand.self, CheckpointCommand.self, ProveCommand.self, ReceiptCommand.self, CheckCommand.self, CosignCommand.self,
        ]
    )

    // Declared here as well as in each command, so the options may come before the command's name.
    @OptionGroup var global: GlobalOptions
}
