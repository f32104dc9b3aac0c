import ArgumentParser
import LedgerDomain

// The one place where failures become lines on stderr and an exit code (SPEC §8).
do {
    var command = try Ledger.parseAsRoot()
    try command.run()
} catch let error as LedgerError {
    for line in error.lines { Output.error(line) }
    Output.flush()
    Ledger.exit(withError: ExitCode(error.exitCode))
} catch let failure as CheckFailed {
    Output.flush()
    Ledger.exit(withError: ExitCode(failure.exitCode))
} catch {
    // Help and version requests come here too; they print in full. A usage error is one line.
    let code = Ledger.exitCode(for: error)
    if code != .success {
        Output.error("error: \(Ledger.message(for: error)) (see --help)")
        Output.flush()
        Ledger.exit(withError: ExitCode(code.rawValue))
    }
    Output.flush()
    Ledger.exit(withError: error)
}
Output.flush()
