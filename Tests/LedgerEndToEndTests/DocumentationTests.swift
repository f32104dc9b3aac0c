import Foundation
import LedgerTestSupport
import Testing

/// docs/ must tell the truth: the chain-checking script of docs/journal.md agrees with
/// `ledger verify`, and every link between README.md and docs/ leads somewhere.
@Suite struct DocumentationTests {
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/python3")))
    func theChainCheckingScriptOfTheJournalDocumentAgreesWithVerify() throws {
        let script = Documentation.section(of: Documentation.file("docs/journal.md"), from: "```python\n", to: "```")
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

    /// Every relative link of README.md and docs/ names a file that exists and, after `#`, a
    /// heading of that file.
    @Test func everyLinkBetweenTheDocumentsLeadsToAFileAndAHeading() throws {
        let files = Documentation.markdownFiles()
        #expect(files.contains("docs/journal.md") && files.contains("docs/contract.md"), "\(files)")
        let link = #/\]\(([^)\s]+)\)/#
        var checked = 0
        for file in files {
            for match in Documentation.file(file).matches(of: link) {
                let target = String(match.1)
                if target.contains("://") || target.hasPrefix("mailto:") { continue }
                let parts = target.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
                let path = parts[0].isEmpty ? file : Documentation.path(parts[0], from: file)
                let text = Documentation.file(path)
                #expect(!text.isEmpty, "\(file): \(target) leads to no file")
                if parts.count == 2 {
                    #expect(Documentation.anchors(text).contains(parts[1]), "\(file): \(target) names no heading of \(path)")
                }
                checked += 1
            }
        }
        #expect(checked >= 20, "only \(checked) links found")
    }
}
