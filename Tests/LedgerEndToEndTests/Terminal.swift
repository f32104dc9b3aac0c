import Foundation
import LedgerTestSupport

/// A real terminal, 100 columns by 30 lines, running one command: a tmux server of its own (a
/// socket no other test shares), keys sent to it and its screen read back, as a person types and
/// looks. The server ends with the test.
final class Terminal {
    private let socket = "ledger-test-\(UUID().uuidString)"

    private static let tmux = ["/usr/bin/tmux", "/usr/local/bin/tmux"].first { FileManager.default.isExecutableFile(atPath: $0) } ?? "tmux"

    /// Starts `arguments` (the program first) in `directory`. When the program ends, its exit
    /// status is printed as `[exit N]` and the screen stays, to be read.
    init(_ arguments: [String], in directory: String) throws {
        let command = arguments.map(Self.quoted).joined(separator: " ") + #"; echo "[exit $?]"; sleep 600"#
        // Started by the shell with no pipe at all, and waited for by it: the server tmux forks keeps
        // what it was given open, so a pipe read to its end would never end; and the client it
        // leaves behind was never reaped by Foundation's Process here, which hung the test.
        let invocation = Self.invocation(socket, ["-f", "/dev/null", "new-session", "-d", "-x", "100", "-y", "30", "-c", directory, command])
        let status = system(invocation.map(Self.quoted).joined(separator: " ") + " </dev/null >/dev/null 2>&1")
        guard status == 0 else { throw TmuxFailed(arguments: invocation, status: status) }
    }

    struct TmuxFailed: Error {
        let arguments: [String], status: Int32
    }

    deinit { _ = try? tmux(["kill-server"]) }

    /// Types `text` as it is, key by key.
    func type(_ text: String) throws {
        try tmux(["send-keys", "-l", text])
    }

    /// Presses keys by their tmux names: `Enter`, `Tab`, `BSpace`, `C-c`, `C-d`.
    func press(_ keys: String...) throws {
        try tmux(["send-keys"] + keys)
    }

    /// The screen as it shows now, without the empty lines below the last one written.
    func screen() throws -> String {
        var lines = try tmux(["capture-pane", "-p"]).stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        while lines.last?.trimmingCharacters(in: .whitespaces).isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Waits until the screen shows `text` `times` times (a question asked again shows twice), and
    /// returns it; after `timeout` seconds, fails with what it shows.
    @discardableResult
    func waitFor(_ text: String, times: Int = 1, timeout: Double = 20) throws -> String {
        // tmux drops the spaces at the end of a line, such as the one after a question.
        var text = text
        while text.last == " " { text.removeLast() }
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            let screen = try screen()
            if screen.components(separatedBy: text).count - 1 >= times { return screen }
            guard Date() < deadline else { throw NotShown(text: text, screen: screen) }
            Thread.sleep(forTimeInterval: 0.05)
        }
    }

    struct NotShown: Error, CustomStringConvertible {
        let text: String, screen: String
        var description: String { "the terminal never showed '\(text)'; it shows:\n\(screen)" }
    }

    @discardableResult
    private func tmux(_ arguments: [String]) throws -> ProcessResult {
        let command = Self.invocation(socket, arguments)
        let result = try run(command[0], Array(command.dropFirst()))
        guard result.status == 0 else { throw SetupFailed(result: result) }
        return result
    }

    /// tmux on this socket, without TMUX, so that a test run from inside tmux starts a server of its own.
    private static func invocation(_ socket: String, _ arguments: [String]) -> [String] {
        ["/usr/bin/env", "-u", "TMUX", tmux, "-L", socket] + arguments
    }

    private static func quoted(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "'", with: #"'\''"#) + "'"
    }
}
