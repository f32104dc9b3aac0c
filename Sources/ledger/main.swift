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
    Output.flush()
    Ledger.exit(withError: error)
}
Output.flush()
