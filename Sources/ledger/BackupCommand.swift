import ArgumentParser
import LedgerDomain

struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Write a checked copy of the ledger to a new file, safe while others keep writing.",
        discussion: """
            The copy holds every entry committed before it began, is readable by you only, and never replaces \
            a file. It is checked with the full `verify` before it gets its name; its head is printed, to write \
            down with the copy. To check a copy later, or before restoring it:
              ledger verify --db COPY --expect-head SEQ:HASH

            Example:
              ledger backup /media/usb/ledger-2025-06-02.sqlite
            """
    )

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp("The copy to create.", valueName: "file")) var file: String

    func run() throws {
        let report = try global.open().backup(to: file, progress: TerminalProgress.reporter("entries checked"))
        TerminalProgress.clear()
        if let failure = report.failure {
            Output.error("backup failed: the copy does not verify, so none was kept: \(failure)")
            throw CheckFailed()
        }
        let head = report.head.map { "\($0.seq):\($0.hash)" } ?? "0:\(JournalEntry.genesisHash)"
        Output.line("backed up \(report.entries.grouped) entries to \(file), verified; head \(head)")
        Output.line("check it later with: ledger verify --db \(file) --expect-head \(head)")
    }
}
