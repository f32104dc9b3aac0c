/// Where in an input file a problem was found. Lines and columns count from 1; a column counts
/// characters (Unicode scalars), not bytes, so it matches what an editor shows for Cyrillic text.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var column: Int?

    public init(file: String, line: Int? = nil, column: Int? = nil) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String {
        [file, line.map(String.init), column.map(String.init)].compactMap { $0 }.joined(separator: ":")
    }
}

/// One reason an input was rejected, with where it was found when it came from a file.
public struct Problem: Sendable, Hashable, CustomStringConvertible {
    public var location: SourceLocation?
    public var message: String

    public init(_ message: String, at location: SourceLocation? = nil) {
        self.message = message
        self.location = location
    }

    public var description: String {
        location.map { "\($0): \(message)" } ?? message
    }
}

/// Every failure the ledger reports. The command-line tool turns each case into lines on stderr
/// and one exit code (docs/exit-codes.md), in one place.
public enum LedgerError: Error, Sendable, Equatable {
    /// The command line itself is wrong (exit 64).
    case usage(String)
    /// Input data were rejected and nothing was written (exit 65). `omitted` counts the problems
    /// found beyond those listed, so a file with a million bad rows still gives a short report.
    case rejected([Problem], omitted: Int = 0)
    /// An input file is missing or unreadable (exit 66).
    case inputUnavailable(path: String, reason: String)
    /// The database could not be opened, read or written (exit 74).
    case database(String)

    public static func rejected(_ message: String) -> LedgerError { .rejected([Problem(message)]) }
}

/// Collects the problems of one command and keeps the first `limit` of them, counting the rest.
public struct ProblemList: Sendable {
    public private(set) var listed: [Problem] = []
    public private(set) var omitted = 0
    public let limit: Int

    public init(limit: Int = 50) { self.limit = limit }

    public var isEmpty: Bool { listed.isEmpty }

    public mutating func add(_ problem: Problem) {
        if listed.count < limit { listed.append(problem) } else { omitted += 1 }
    }

    public mutating func add<S: Sequence<Problem>>(contentsOf problems: S) {
        for problem in problems { add(problem) }
    }

    /// Adds another list's problems, those it left out counted as left out here too.
    public mutating func add(_ other: ProblemList) {
        add(contentsOf: other.listed)
        omitted += other.omitted
    }

    /// Throws `LedgerError.rejected` when anything was collected.
    public func throwIfAny() throws(LedgerError) {
        if !listed.isEmpty { throw .rejected(listed, omitted: omitted) }
    }
}
