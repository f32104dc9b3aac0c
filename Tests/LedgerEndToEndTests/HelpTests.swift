import Foundation
import LedgerTestSupport
import Testing

/// `--help` as an operator reads it in an 80-column terminal, and pastes its examples from it.
@Suite struct HelpTests {
    /// The help of `command` (a path such as ["person", "add"]) rendered `columns` wide.
    static func help(_ command: [String], columns: Int, in session: Session) throws -> String {
        let result = try session.bare(command + ["--help"], environment: ["COLUMNS": String(columns)])
        #expect(result.status == 0, "\(result)")
        return result.stdout
    }

    /// The names of the subcommands a help lists under SUBCOMMANDS, `help` itself left out.
    static func subcommands(in help: String) -> [String] {
        let lines = help.split(separator: "\n", omittingEmptySubsequences: false)
        guard let start = lines.firstIndex(of: "SUBCOMMANDS:") else { return [] }
        return lines[(start + 1)...].prefix { !$0.isEmpty }.compactMap { line in
            // A name starts two spaces in, a default subcommand's followed by " (default)";
            // a wrapped abstract is indented further.
            guard line.hasPrefix("  "), !line.hasPrefix("   ") else { return nil }
            let name = line.dropFirst(2).prefix { $0 != " " }
            return name == "help" ? nil : String(name)
        }
    }

    /// Every command path of the tree, groups included, found through the help itself.
    static func commandTree(in session: Session) throws -> [[String]] {
        var found: [[String]] = []
        var pending: [[String]] = [[]]
        while let command = pending.popLast() {
            found.append(command)
            let names = subcommands(in: try help(command, columns: 1000, in: session))
            pending.append(contentsOf: names.map { command + [$0] })
        }
        return found
    }

    /// The example lines of a help: those that start with `ledger `, and the lines each continues
    /// onto after a trailing backslash.
    static func exampleLines(in help: String) -> [String] {
        var examples: [String] = []
        var continued = false
        for line in help.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            let text = line.trimmingCharacters(in: .whitespaces)
            if text.hasPrefix("ledger ") || continued { examples.append(line) }
            continued = (text.hasPrefix("ledger ") || continued) && text.hasSuffix("\\")
        }
        return examples
    }

    @Test("at 80 columns every command's examples keep their lines whole")
    func examplesAt80Columns() throws {
        let session = try Session()
        let commands = try Self.commandTree(in: session)
        #expect(commands.count > 40, "\(commands)")
        for command in commands {
            let wide = try Self.help(command, columns: 1000, in: session)
            let narrow = Set(try Self.help(command, columns: 80, in: session).split(separator: "\n").map(String.init))
            let examples = Self.exampleLines(in: wide)
            if !command.isEmpty { #expect(!examples.isEmpty, "ledger \(command.joined(separator: " ")) --help shows no example") }
            for line in examples {
                #expect(narrow.contains(line), "ledger \(command.joined(separator: " ")) --help at 80 columns breaks: \(line)")
            }
        }
    }

    @Test("--version prints the version alone")
    func version() throws {
        let result = try Session().bare(["--version"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stderr.isEmpty, "\(result)")
        #expect(result.stdout.wholeMatch(of: /[0-9]+\.[0-9]+\.[0-9]+\n/) != nil, "\(result)")
    }
}
