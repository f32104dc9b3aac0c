import LedgerDomain

extension LedgerError: CustomStringConvertible {
    /// SPEC §8.
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

extension String {
    func replacingPrefix(_ prefix: String) -> String {
        hasPrefix(prefix) ? String(dropFirst(prefix.count)) : self
    }
}
