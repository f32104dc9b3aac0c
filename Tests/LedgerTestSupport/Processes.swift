import Foundation

/// What a finished process printed and how it exited.
public struct ProcessResult: Sendable, CustomStringConvertible {
    public var status: Int32
    public var stdout: String
    public var stderr: String
    /// Whether a signal ended the program; `status` is then the signal's number.
    public var killed = false

    public var description: String { "\(killed ? "killed by signal" : "exit") \(status)\n--- stdout\n\(stdout)--- stderr\n\(stderr)" }

    /// stderr split into lines, without the empty last one.
    public var errorLines: [String] { stderr.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).filter { !$0.isEmpty } }
}

/// Runs a program to its end and collects its output. Output is read while the program runs,
/// so a large output cannot block it.
public func run(
    _ executable: String, _ arguments: [String], environment: [String: String] = [:], in directory: String? = nil
) throws -> ProcessResult {
    try RunningProcess(executable, arguments, environment: environment, in: directory).wait()
}

/// The real `sqlite3` shell, as CI installs it.
public let sqlite3Path = ["/usr/bin/sqlite3", "/usr/local/bin/sqlite3"].first { FileManager.default.isExecutableFile(atPath: $0) } ?? "sqlite3"

/// Runs SQL through the `sqlite3` shell on `database`.
@discardableResult
public func sqlite3(_ database: String, _ sql: String) throws -> ProcessResult {
    try run(sqlite3Path, [database, sql])
}

/// The whole database as SQL text (`sqlite3 .dump`), to prove a rejected command changed nothing.
public func dump(_ database: String) throws -> String {
    try run(sqlite3Path, [database, ".dump"]).stdout
}

/// The `ledger` binary built alongside the tests (`swift test` builds it in the same folder).
public let ledgerBinary: String = {
    let testExecutable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    var folder = URL(fileURLWithPath: testExecutable).deletingLastPathComponent()
    // On Linux the test runner is `<build>/ledgerPackageTests.xctest`; elsewhere it may sit deeper in a bundle.
    for _ in 0..<4 {
        let candidate = folder.appendingPathComponent("ledger").path
        if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        folder.deleteLastPathComponent()
    }
    return "ledger"
}()

/// Changes `database` through the sqlite3 shell the way someone covering their tracks would: the
/// journal's triggers dropped for the change and put back after it, CHECK constraints ignored.
@discardableResult
public func tamper(_ database: String, _ sql: String) throws -> ProcessResult {
    let triggers = try sqlite3(database, "SELECT sql || ';' FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'journal'").stdout
    return try sqlite3(database, """
        PRAGMA ignore_check_constraints = ON;
        DROP TRIGGER journal_rejects_update; DROP TRIGGER journal_rejects_delete; DROP TRIGGER journal_appends_in_order;
        \(sql);
        \(triggers)
        """)
}
