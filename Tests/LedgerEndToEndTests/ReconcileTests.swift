import Foundation
import LedgerTestSupport
import Testing

/// `ledger reconcile` on the demo, in every format, against golden files; `--check`; one agreement;
/// and text that a spreadsheet would run.
@Suite struct ReconcileTests {
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../Golden").standardized

    /// The demo, built once: its medical list and one batch are dated the day it is built.
    static let demo: (session: Session, path: String)? = {
        guard let session = try? Session(), (try? session.bare(["demo"]))?.status == 0 else { return nil }
        return (session, session.scratch.path("ledger-demo.sqlite"))
    }()

    /// Compares with `Tests/Golden/reconcile-demo.<format>`, where the day the demo was built reads
    /// `{{today}}`. With LEDGER_UPDATE_GOLDEN=1 in the environment, writes the file instead.
    @Test(arguments: ["table", "csv", "json"])
    func theDemoReconcilesAsTheGoldenFileSays(format: String) throws {
        let demo = try #require(Self.demo)
        let result = try demo.session.bare(["--db", demo.path, "reconcile", "--format", format])
        #expect(result.status == 0 && result.stderr.isEmpty, "\(result)")
        let output = result.stdout.replacingOccurrences(of: RejectionTests.today, with: "{{today}}")
        let file = Self.golden.appendingPathComponent("reconcile-demo.\(format == "table" ? "txt" : format)")
        if ProcessInfo.processInfo.environment["LEDGER_UPDATE_GOLDEN"] == "1" {
            try output.write(to: file, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: file, encoding: .utf8)
        #expect(output == expected, "the output differs from \(file.path); run with LEDGER_UPDATE_GOLDEN=1 to see how")
    }

    @Test func checkExitsOneWithOneLineWhileAnythingIsUnresolved() throws {
        let demo = try #require(Self.demo)
        let result = try demo.session.bare(["--db", demo.path, "reconcile", "--check"])
        #expect(result.status == 1 && result.stderr.isEmpty, "\(result)")
        #expect(result.stdout == "unresolved: 1 quota line short of what was agreed; 300 open list entries; 10 disputed list entries; "
            + "6,145 bodies received and not yet identified; 21 prisoners overdue for repatriation\n")
    }

    @Test func checkExitsZeroWhenEverythingIsReconciled() throws {
        let session = try Session.withAgreements()
        for (from, to) in [("RU", "UA"), ("UA", "RU")] {
            #expect(try session.ledger("add", "--agreement", "IST-2025-05-16", "--from", from, "--to", to, "--on", "2025-05-23", "--pow", "1000").status == 0)
            #expect(try session.ledger("add", "--agreement", "IST-2025-06-02-REMAINS", "--from", from, "--to", to, "--on", "2025-06-11",
                                       "--remains", "6000").status == 0)
        }
        var result = try session.ledger("reconcile", "--check")
        // Received by count only, the bodies are not identified: that is what remains to be done.
        #expect(result.status == 1 && result.stdout == "unresolved: 12,000 bodies received and not yet identified\n", "\(result)")
        result = try session.ledger("reconcile", "--check", "--agreement", "IST-2025-05-16")
        #expect(result.status == 0 && result.stdout == "reconciled: nothing is unresolved\n", "\(result)")
    }

    @Test func oneAgreementComesWithItsRemainsLinesAndNothingElse() throws {
        let demo = try #require(Self.demo)
        let result = try demo.session.bare(["--db", demo.path, "reconcile", "--agreement", "IST-2025-06-02-REMAINS", "--format", "csv"])
        let rows = result.stdout.split(whereSeparator: \.isNewline).dropFirst()
        #expect(Set(rows.map { $0.split(separator: ",")[0] }) == ["quota_lines", "parity", "stages", "over_quota", "voided", "remains", "unresolved"])
        #expect(rows.allSatisfy { $0.split(separator: ",")[0] == "unresolved" || $0.contains("IST-2025-06-02-REMAINS") || $0.hasPrefix("over_quota,B-")
                                  || $0.hasPrefix("voided,B-") }, "\(result)")
        #expect(rows.contains("parity,IST-2025-06-02-REMAINS,UA,RU,remains,imbalance,5979"))
        let unknown = try demo.session.bare(["--db", demo.path, "reconcile", "--agreement", "NOPE"])
        #expect(unknown.status == 65 && unknown.stdout.isEmpty && unknown.errorLines == ["error: unknown agreement NOPE"], "\(unknown)")
    }

    /// A name handed over by the other side is data, never a formula or markup.
    @Test func aNameThatASpreadsheetWouldRunIsEscapedInCsvAndKeptInJson() throws {
        let session = try Session.withAgreements()
        let name = #"=HYPERLINK("http://example.invalid","open")"#
        let csv = "entry,family_name\n1,\"\(name.replacingOccurrences(of: "\"", with: "\"\""))\"\n"
        try session.write("list.csv", csv)
        #expect(try session.ledger("list", "import", "L-1", "--from", "UA", "--to", "RU", "--on", "2025-06-02", "--file", "list.csv").status == 0)
        let figures = try session.ledger("reconcile", "--format", "csv")
        #expect(figures.stdout.contains("open_entries,L-1,,,1,family_name,\"'=HYPERLINK(\"\"http://example.invalid\"\",\"\"open\"\")\"\r\n"),
                "\(figures)")
        let json = try session.ledger("reconcile", "--format", "json")
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let entries = object?["open_entries"] as? [[String: Any]]
        #expect(entries?.first?["family_name"] as? String == name)
    }
}
