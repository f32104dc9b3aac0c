import Foundation
import LedgerTestSupport
import Testing

/// What `scripts/install` puts beside the binary: shell completions, and a man page made from
/// the tool's own help.
@Suite struct InstallTests {
    /// What bash offers after typing `words`, the last one unfinished, with the completion script
    /// of `scripts/install` loaded.
    static func bashCompletes(_ words: [String]) throws -> [String] {
        let session = try Session()
        let script = try session.write("ledger.bash", try session.bare(["--generate-completion-script", "bash"]).stdout)
        let quoted = words.map { "'\($0)'" }.joined(separator: " ")
        let result = try run("/bin/bash", ["-c", """
            source '\(script)'
            COMP_WORDS=(\(quoted)); COMP_CWORD=\(words.count - 1)
            _ledger ledger '\(words.last!)' '\(words[words.count - 2])'
            printf '%s\\n' "${COMPREPLY[@]}"
            """])
        #expect(result.status == 0 && result.stderr.isEmpty, "\(result)")
        return result.stdout.split(separator: "\n").map(String.init).sorted()
    }

    @Test func bashCompletesCommandsAndTheValuesOfOptions() throws {
        #expect(try Self.bashCompletes(["ledger", "che"]) == ["check", "checkpoint"])
        #expect(try Self.bashCompletes(["ledger", "key", "add", "office.pub", "--role", ""]) == ["log", "witness"])
        #expect(try Self.bashCompletes(["ledger", "priority", "--category", "ne"]) == ["neutral-recovery", "neutral-threat"])
    }

    @Test func zshAndFishCompletionsNameEveryCommand() throws {
        let session = try Session()
        for shell in ["zsh", "fish"] {
            let script = try session.bare(["--generate-completion-script", shell])
            #expect(script.status == 0, "\(shell): \(script)")
            for command in ["checkpoint", "cosign", "backup", "reconcile", "priority"] {
                #expect(script.stdout.contains(command), "\(shell) completion lacks \(command)")
            }
        }
    }

    /// The man page is written from this dump of the help: every command in it has an abstract, and
    /// every command that does something shows an example of it.
    @Test func theHelpTheManPageIsMadeFromHasAnExampleForEveryCommand() throws {
        let dump = try Session().bare(["--experimental-dump-help"])
        #expect(dump.status == 0)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(dump.stdout.utf8)) as? [String: Any])
        var missing: [String] = []
        var count = 0
        func walk(_ command: [String: Any], path: String) {
            let name = command["commandName"] as? String ?? "?"
            let full = path.isEmpty ? name : "\(path) \(name)"
            guard name != "help" else { return }
            count += 1
            if (command["abstract"] as? String ?? "").isEmpty { missing.append("\(full): no abstract") }
            let subcommands = command["subcommands"] as? [[String: Any]] ?? []
            if !(command["discussion"] as? String ?? "").contains("ledger ") { missing.append("\(full): no example") }
            for subcommand in subcommands { walk(subcommand, path: full) }
        }
        walk(try #require(root["command"] as? [String: Any]), path: "")
        #expect(count > 45)
        #expect(missing.isEmpty, "\(missing)")
    }
}
