import ArgumentParser
import LedgerDomain

extension LedgerError: CustomStringConvertible {
    /// docs/exit-codes.md.
    var exitCode: Int32 {
        switch self {
        case .usage: 64
        case .rejected: 65
        case .inputUnavailable: 66
        case .database: 74
        }
    }

    /// One line per problem, as printed on stderr.
    var lines: [String] {
        switch self {
        case .usage(let message): ["error: \(message)"]
        case .rejected(let problems, let omitted):
            problems.map { "error: \($0)" } + (omitted > 0 ? ["error: … and \(omitted.grouped) more problems; nothing was written"] : [])
        case .inputUnavailable(let path, let reason): ["error: \(path): \(reason)"]
        case .database(let message): ["error: \(message)"]
        }
    }

    public var description: String { lines.joined(separator: "\n").replacingPrefix("error: ") }
}

/// A check (`verify`, later `reconcile --check`) found a discrepancy; its report is already printed.
struct CheckFailed: Error {
    let exitCode: Int32 = 1
}

/// The operator ended a dialogue at a terminal with Ctrl-C or Ctrl-D; nothing was written. The
/// exit code is the one a shell gives a program ended by Ctrl-C (128 + SIGINT).
struct Cancelled: Error {
    let exitCode: Int32 = 130
    let line = "error: cancelled; nothing was written"
}

/// A usage message on one line (docs/exit-codes.md). ArgumentParser lists the values of an option with many
/// choices one a line, under "Please provide one of the following:"; they become one sentence, as it
/// writes them for an option with few; any other line break becomes a space.
func usageLine(_ message: String) -> String {
    let lines = message.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    let listIntro = "Please provide one of the following:"
    guard let first = lines.first, first.hasSuffix(listIntro), lines.count > 2,
          lines.dropFirst().allSatisfy({ $0.hasPrefix("- ") }) else { return lines.joined(separator: " ") }
    let values = lines.dropFirst().map { "'\($0.dropFirst(2))'" }
    return first.dropLast(listIntro.count) + "Please provide one of " + values.dropLast().joined(separator: ", ") + " or \(values.last!)."
}

/// For a usage error about a word where a command was expected (`ledger bathces`), the command
/// of that level probably meant (`batches`); nil for any other error.
func meantCommand(_ message: String, _ arguments: ArraySlice<String>) -> String? {
    guard let word = message.firstMatch(of: /Unexpected argument '([^']*)'/)?.1, let position = arguments.firstIndex(of: String(word))
    else { return nil }
    var command: any ParsableCommand.Type = Ledger.self
    for argument in arguments[..<position] {
        if let sub = command.configuration.subcommands.first(where: { $0._commandName == argument }) { command = sub }
    }
    return TypingDistance.meant(String(word), among: command.configuration.subcommands.map { $0._commandName })
}

extension String {
    func replacingPrefix(_ prefix: String) -> String {
        hasPrefix(prefix) ? String(dropFirst(prefix.count)) : self
    }
}
