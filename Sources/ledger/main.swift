import ArgumentParser
import LedgerDomain

/// Ends the process: the output written out, and a failed write to it reported as an I/O error.
func finish(_ code: Int32) -> Never {
    Output.flush()
    if let failure = Output.writeFailure, code == 0 {
        Output.error("error: \(failure)")
        Ledger.exit(withError: ExitCode(74))
    }
    Ledger.exit(withError: code == 0 ? nil : ExitCode(code))
}

// The one place where failures become lines on stderr and an exit code (docs/exit-codes.md).
do {
    var command = try Ledger.parseAsRoot()
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
        Output.error("error: \(usageLine(Ledger.message(for: error))) (see --help)")
        finish(code.rawValue)
    }
    Output.flush()
    Ledger.exit(withError: error)
}
