import Foundation
import LedgerTestSupport
import Testing

/// The README must tell the truth: its walkthroughs run as written.
@Suite struct ReadmeTests {
    static let readme = Documentation.file("README.md")

    /// The text between two markers of the README.
    static func section(from start: String, to end: String) -> String {
        Documentation.section(of: readme, from: start, to: end)
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

    /// The `ledger` commands of a README block, each with the comment written after it.
    static func commands(from start: String, to end: String) -> [(command: String, comment: String)] {
        section(from: start, to: end).replacingOccurrences(of: "\\\n", with: " ").split(separator: "\n").compactMap { line in
            let parts = line.components(separatedBy: " # ")
            let command = parts[0].trimmingCharacters(in: .whitespaces)
            guard command.hasPrefix("ledger ") else { return nil }
            return (command, parts.dropFirst().joined(separator: " # ").trimmingCharacters(in: .whitespaces))
        }
    }

    /// The four walkthroughs, one after the other on one ledger, as a reader would type them.
    @Test func theWalkthroughsRunAsWritten() throws {
        let first = Self.commands(from: "## Five minutes with ledger", to: "Try breaking it")
        let second = Self.commands(from: "## Five more minutes: the medical", to: "`priority` ends with a footer")
        let third = Self.commands(from: "## Five more minutes: remains", to: "`remains report` gives")
        let fourth = Self.commands(from: "## Five more minutes: proofs", to: "`ledger check` and `ledger cosign` open")
        #expect(first.count == 17)
        #expect(second.count == 15)
        #expect(third.count == 14)
        #expect(fourth.count == 14)
        let session = try Session()
        try FileManager.default.copyItem(at: Documentation.repository.appendingPathComponent("examples"),
                                         to: session.scratch.directory.appendingPathComponent("examples"))
        var head = ""
        for (index, (command, comment)) in (first + second + third + fourth).enumerated() {
            var arguments = Array(Self.words(command).dropFirst())
            if let index = arguments.firstIndex(of: "--expect-head") { arguments[index + 1] = head }
            // `> FILE`, as a shell does it.
            let redirect = arguments.firstIndex(of: ">").map { arguments[$0 + 1] }
            if redirect != nil { arguments.removeLast(2) }
            let result = try session.bare(arguments, environment: ["LEDGER_ACTOR": "readme"])
            #expect(result.status == 0, "\(command)\n\(result)")
            if let redirect { try session.write(redirect, result.stdout) }
            // Tables pad their columns, but a row whose last cells are empty ends at its last text.
            #expect(!result.stdout.split(separator: "\n").contains { $0.hasSuffix(" ") }, "\(command)\n\(result)")
            if arguments == ["head"] { head = result.stdout.trimmingCharacters(in: .newlines) }
            if ["verify", "check"].contains(arguments.first), comment.hasPrefix("ok:") { #expect(result.stdout.hasPrefix(comment), "README says \(comment)") }
            if index == first.count - 1 { #expect(head.hasPrefix("14:")) }
        }
        // The attempt the text after the proofs walkthrough describes: refused, as it says.
        let rewrite = Self.section(from: "Try to get a rewritten history cosigned: `", to: "` is refused with exit 1")
            .replacingOccurrences(of: "\n", with: " ")
        #expect(rewrite.hasPrefix("ledger cosign "))
        let refused = try session.bare(Array(Self.words(rewrite).dropFirst()), environment: ["LEDGER_ACTOR": "readme"])
        #expect(refused.status == 1 && refused.errorLines.first?.contains("its history was rewritten") == true, "\(refused)")
    }
}
