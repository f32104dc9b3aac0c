#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import LedgerCSV
import LedgerDomain

/// Ends the process: the output written out (a file of `--output` named, or dropped when the
/// command failed), and a failed write to it reported as an I/O error.
func finish(_ code: Int32) -> Never {
    do {
        try Output.close(succeeded: code == 0)
    } catch {
        for line in error.lines { Output.error(line) }
        Ledger.exit(withError: ExitCode(error.exitCode))
    }
    if let failure = Output.writeFailure, code == 0 {
        Output.error("error: \(failure)")
        Ledger.exit(withError: ExitCode(74))
    }
    Ledger.exit(withError: code == 0 ? nil : ExitCode(code))
}

// The one place where failures become lines on stderr and an exit code (docs/exit-codes.md).
do {
    // Text typed on the command line enters the ledger in NFC, as text read from files does. A
    // name of a file that is there is taken as it is: a file system keeps names as bytes.
    var command = try Ledger.parseAsRoot(CommandLine.arguments.dropFirst().map { access($0, F_OK) == 0 ? $0 : NFC.normalise($0) })
    if let global = GlobalOptions.of(command), let output = global.output { try Output.redirect(to: output, replacing: global.force) }
    try command.run()
    finish(0)
} catch let error as LedgerError {
    for line in error.lines { Output.error(line) }
    finish(error.exitCode)
} catch let cancelled as Cancelled {
    Output.error(cancelled.line)
    finish(cancelled.exitCode)
} catch let failure as CheckFailed {
    finish(failure.exitCode)
} catch {
    // Help and version requests come here too; they print in full. A usage error is one line.
    let code = Ledger.exitCode(for: error)
    guard code == .success else {
        let message = Ledger.message(for: error)
        Output.error("error: \(usageLine(message))\(TypingDistance.hint(meantCommand(message, CommandLine.arguments.dropFirst()))) (see --help)")
        finish(code.rawValue)
    }
    Output.flush()
    Ledger.exit(withError: error)
}
