#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import LedgerDomain

/// Progress of long work on stderr, rewritten in place, only when stderr is a terminal: a script
/// or a pipe gets nothing but the result.
enum TerminalProgress {
    static let isTerminal = isatty(2) == 1

    static func reporter(_ unit: String) -> ProgressHandler? {
        guard isTerminal else { return nil }
        return { count in Output.status("\(count.grouped) \(unit)…") }
    }

    /// Erases the progress line before the result is printed.
    static func clear() {
        if isTerminal { Output.status("") }
    }
}
