import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A program started in the background, its output collected while it runs, so that a test can
/// do other things meanwhile — feed it input, kill it at a moment of its choosing — and then wait.
public final class RunningProcess: @unchecked Sendable {
    private let process = Process()
    private let stdout = Box(), stderr = Box()
    private let readers = DispatchGroup()

    /// Starts `executable`; LEDGER_DB and LEDGER_ACTOR of the test's own environment are left out.
    /// `input` is the program's standard input (nothing by default).
    public init(
        _ executable: String, _ arguments: [String], environment: [String: String] = [:], in directory: String? = nil,
        input: FileHandle = .nullDevice
    ) throws {
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        var merged = ProcessInfo.processInfo.environment
        for key in ["LEDGER_DB", "LEDGER_ACTOR"] { merged.removeValue(forKey: key) }
        merged.merge(environment) { _, new in new }
        process.environment = merged
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        for (pipe, box) in [(out, stdout), (err, stderr)] {
            readers.enter()
            DispatchQueue.global().async { [readers] in
                box.data = pipe.fileHandleForReading.readDataToEndOfFile()
                readers.leave()
            }
        }
    }

    public var isRunning: Bool { process.isRunning }

    /// Ends the program at once, the way a power cut or the OOM killer would: no handler runs.
    public func kill() {
        sendSignal(process.processIdentifier, SIGKILL)
    }

    /// Waits for the end of the program and of its output. A killed program's status is its
    /// signal number (`terminationReason` tells the two apart).
    public func wait() -> ProcessResult {
        readers.wait()
        process.waitUntilExit()
        return ProcessResult(status: process.terminationStatus, stdout: String(decoding: stdout.data, as: UTF8.self),
                             stderr: String(decoding: stderr.data, as: UTF8.self), killed: process.terminationReason == .uncaughtSignal)
    }
}

private func sendSignal(_ pid: pid_t, _ signal: Int32) {
    #if canImport(Glibc)
    _ = Glibc.kill(pid, signal)
    #else
    _ = Darwin.kill(pid, signal)
    #endif
}

/// Holds what a reading thread collected; the group's wait orders its write before the read.
private final class Box: @unchecked Sendable {
    var data = Data()
}
