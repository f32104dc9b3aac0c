import Foundation
import LedgerTestSupport
import Testing

/// The README must tell the truth: its walkthrough runs as written, and its chain-checking script
/// agrees with `ledger verify`.
@Suite struct ReadmeTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").standardized
    static let readme = (try? String(contentsOf: repository.appendingPathComponent("README.md"), encoding: .utf8)) ?? ""

    /// The text between two markers of the README.
    static func section(from start: String, to end: String) -> String {
        guard let from = readme.range(of: start), let to = readme.range(of: end, range: from.upperBound..<readme.endIndex) else { return "" }
        return String(readme[from.upperBound..<to.lowerBound])
    }

    /// Splits a command line the way a shell does for the simple quoting the README uses.
    static func words(_ line: String) -> [String] {
        var words: [String] = [], current = "", quoted = false, started = false
        for character in line {
            if character == "\"" { quoted.toggle(); started = true } else if character == " " && !quoted {
                if started { words.append(current) }
                current = ""
                started = false
            } else {
                current.append(character)
                started = true
            }
        }
        if started { words.append(current) }
        return words
    }

    @Test func theWalkthroughRunsAsWritten() throws {
        let block = Self.section(from: "## Five minutes with ledger", to: "Try breaking it")
        let commands = block.replacingOccurrences(of: "\\\n", with: " ").split(separator: "\n")
            .map { $0.components(separatedBy: " # ")[0].trimmingCharacters(in: .whitespaces) }
            .filter { $0.hasPrefix("ledger ") }
        #expect(commands.count == 17)
        let session = try Session()
        try FileManager.default.copyItem(at: Self.repository.appendingPathComponent("examples"),
                                         to: session.scratch.directory.appendingPathComponent("examples"))
        var head = ""
        for command in commands {
            var arguments = Array(Self.words(command).dropFirst())
            if let index = arguments.firstIndex(of: "--expect-head") { arguments[index + 1] = head }
            let result = try session.bare(arguments, environment: ["LEDGER_ACTOR": "readme"])
            #expect(result.status == 0, "\(command)\n\(result)")
            if arguments == ["head"] { head = result.stdout.trimmingCharacters(in: .newlines) }
            if arguments == ["verify"] {
                let claimed = block.components(separatedBy: "ledger verify                                 # ")[1].components(separatedBy: "\n")[0]
                #expect(result.stdout.hasPrefix(claimed), "README says \(claimed)")
            }
        }
        #expect(head.hasPrefix("14:"))
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/python3")))
    func theChainCheckingScriptAgreesWithVerify() throws {
        let script = Self.section(from: "```python\n", to: "```")
        #expect(script.contains("hashlib.sha256"))
        let session = try Session.withAgreements()
        let path = try session.write("check.py", script)
        let head = try session.ledger("head").stdout.trimmingCharacters(in: .newlines)
        var result = try run("/usr/bin/python3", [path, session.db])
        #expect(result.status == 0 && result.stdout == "chain intact: 4 entries, head \(head)\n", "\(result)")
        try sqlite3(session.db, "DROP TRIGGER journal_rejects_update; UPDATE journal SET actor = 'mallory' WHERE seq = 2")
        result = try run("/usr/bin/python3", [path, session.db])
        #expect(result.status == 1 && result.stderr == "first bad entry: seq 2\n", "\(result)")
        #expect(try session.ledger("verify").stderr.hasPrefix("verify failed: seq 2: hash mismatch"))
    }
}
