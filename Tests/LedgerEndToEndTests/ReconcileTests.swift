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
    /// `{{today}}` (and, in the page, its path `{{ledger}}` and head `{{head}}`). With LEDGER_UPDATE_GOLDEN=1 in the environment, writes the file instead.
    @Test(arguments: ["table", "csv", "json", "html"])
    func theDemoReconcilesAsTheGoldenFileSays(format: String) throws {
        let demo = try #require(Self.demo)
        let result = try demo.session.bare(["--db", demo.path, "reconcile", "--format", format])
        #expect(result.status == 0 && result.stderr.isEmpty, "\(result)")
        // The page names the file and the head it was made from, which differ from build to build.
        let head = try demo.session.bare(["--db", demo.path, "head"]).stdout.trimmingCharacters(in: .newlines)
        let output = result.stdout.replacingOccurrences(of: RejectionTests.today, with: "{{today}}")
            .replacingOccurrences(of: head, with: "{{head}}").replacingOccurrences(of: demo.path, with: "{{ledger}}")
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

/// The HTML report as a browser sees it: rendered by headless Chromium, not only read as text.
@Suite struct ReconcileHTMLTests {
    static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) }

    /// Runs headless Chromium on `page` with `arguments` (its profile in the session's folder).
    static func chromium(_ arguments: [String], page: String, in session: Session) throws -> ProcessResult {
        let browser = try #require(chromium, "chromium is not installed; .ci/run installs it")
        return try run(browser, ["--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=\(session.scratch.path("chromium"))"]
                       + arguments + [page])
    }

    @Test func theDemoReportPrintsOnA4WithItsChartAndNeedsNothingFromOutside() throws {
        let demo = try #require(ReconcileTests.demo)
        let result = try demo.session.bare(["--db", demo.path, "reconcile", "--format", "html"])
        #expect(result.status == 0 && result.stdout.hasPrefix("<!DOCTYPE html>"), "\(result)")
        // Nothing that would reach for the network or run: the only address is the SVG namespace.
        #expect(!result.stdout.contains("<script") && !result.stdout.contains("src=") && !result.stdout.contains("href="))
        #expect(result.stdout.components(separatedBy: "http").count == 2)
        let page = try demo.session.write("report.html", result.stdout)

        let dom = try Self.chromium(["--dump-dom"], page: page, in: demo.session)
        #expect(dom.status == 0, "\(dom)")
        #expect(dom.stdout.components(separatedBy: "<h2>").dropFirst().map { $0.components(separatedBy: "</h2>")[0] } == [
            "Agreed against delivered", "Parity of symmetric terms", "Stages", "Batches over quota", "Voided batches", "Named lists",
            "Open list entries", "Remains", "Medical commission",
        ])
        // One bar agreed and one delivered per quota line with a number; delivered only for "all".
        #expect(dom.stdout.components(separatedBy: "<rect").count - 1 == 4 * 2 + 4 + 2, "bars and the two legend swatches")
        #expect(dom.stdout.contains("<title>delivered 6,057</title>"))
        #expect(dom.stdout.contains("<td class=\"n\">5,979</td>"))

        let pdf = demo.session.scratch.path("report.pdf")
        let printed = try Self.chromium(["--print-to-pdf=\(pdf)", "--no-pdf-header-footer"], page: page, in: demo.session)
        #expect(printed.status == 0, "\(printed)")
        let bytes = try String(decoding: Data(contentsOf: URL(fileURLWithPath: pdf)), as: UTF8.self)
        // A4 is 595.28 × 841.89 points; Chromium writes it as 594.96 × 841.92.
        let boxes = Set(bytes.components(separatedBy: "/MediaBox [").dropFirst().map { $0.components(separatedBy: "]")[0] })
        #expect(boxes == ["0 0 594.95996 841.91998"], "\(boxes)")
    }

    /// A name handed over by the other side is shown as text: no element of it reaches the page.
    @Test func markupInANameIsShownAsTextNeverRun() throws {
        let session = try Session.withAgreements()
        let name = #"<script>alert(1)</script><img src=x onerror="alert(2)">"#
        try session.write("list.csv", "entry,family_name\n1,\"\(name.replacingOccurrences(of: "\"", with: "\"\""))\"\n")
        #expect(try session.ledger("list", "import", "L-1", "--from", "UA", "--to", "RU", "--on", "2025-06-02", "--file", "list.csv").status == 0)
        let html = try session.ledger("reconcile", "--format", "html")
        #expect(html.stdout.contains("&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=&quot;alert(2)&quot;&gt;"), "\(html)")
        let dom = try Self.chromium(["--dump-dom"], page: try session.write("report.html", html.stdout), in: session)
        #expect(dom.status == 0, "\(dom)")
        #expect(!dom.stdout.contains("<script") && !dom.stdout.contains("<img"), "\(dom.stdout)")
        #expect(dom.stdout.contains("<td>&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=\"alert(2)\"&gt;</td>"), "\(dom.stdout)")
    }
}

/// `reconcile --against`: the other side's list matched against the persons of our batches with it.
@Suite struct CounterpartyMatchTests {
    /// RU-0001 and RU-0003 were released to RU by name; RU-0002 stays held and is no one's concern here.
    static func sessionWithARelease() throws -> Session {
        let session = try Session.withAgreements()
        try session.write("persons.csv", Session.personsCSV)
        try session.write("released.csv", "id\nRU-0001\nRU-0003\n")
        for arguments in [["person", "import", "persons.csv"],
                          ["add", "--agreement", "IST-2025-05-16", "--from", "UA", "--to", "RU", "--on", "2025-05-23", "--manifest", "released.csv"]] {
            let result = try session.ledger(arguments)
            guard result.status == 0 else { throw SetupFailed(result: result) }
        }
        return session
    }

    @Test func theirListIsMatchedByIdByNameAcrossScriptsAndWhatIsLeftIsNamed() throws {
        let session = try Self.sessionWithARelease()
        // RU-0001 in Latin letters as a Russian passport writes it (ICAO), birth year only; RU-0003
        // by our id; and one person we never released.
        try session.write("ru.csv", """
            their_id,our_id,family_name,given_name,birth_date
            R-17,,Primerov,Ivan,1990
            R-18,RU-0003,Вымыслова,Юлия,1979-11-30
            R-19,,Незнакомов,Пётр,1980-01-01

            """)
        let result = try session.ledger("reconcile", "--against", "ru.csv", "--party", "RU", "--format", "csv")
        #expect(result.status == 0 && result.stderr.isEmpty, "\(result)")
        let rows = result.stdout.split(whereSeparator: \.isNewline).map(String.init)
        #expect(rows.filter { $0.hasPrefix("matched,") || $0.hasPrefix("only_in_") || $0.hasPrefix("needs_review,") }.filter {
            $0.contains(",score,") || $0.contains(",rule,") || $0.contains(",name,")
        } == [
            "matched,RU-0001,,,R-17,score,0.98",
            "matched,RU-0001,,,R-17,rule,name exact + dob compatible",
            "matched,RU-0003,,,R-18,score,1.00",
            "matched,RU-0003,,,R-18,rule,id",
            "only_in_theirs,R-19,,,,name,Незнакомов Пётр",
        ], "\(result)")
        #expect(rows.last == "unresolved,,,,,persons only in RU's list,1")
    }

    @Test(arguments: [
        (["reconcile", "--against", "ru.csv"], 64, ["error: --against FILE and --party P go together (see --help)"]),
        (["reconcile", "--against", "ru.csv", "--party", "RU", "--threshold", "0.7"], 64,
         ["error: thresholds must be 0 < --review-band ≤ --threshold ≤ 1, got 0.75 and 0.7 (see --help)"]),
        (["reconcile", "--against", "missing.csv", "--party", "RU"], 66, ["error: missing.csv: no such file or directory"]),
        (["reconcile", "--against", "bad.csv", "--party", "RU"], 65, [
            "error: bad.csv:3:1: their_id: their id R-1 appears twice in the list (first at line 2)",
            "error: bad.csv:4:6: family_name: is required",
            "error: bad.csv:4:7: birth_date: '1990-13' is not a date (1990, 1990-04 or 1990-04-12)",
        ]),
        (["reconcile", "--against", "ru.csv", "--party", "PL"], 65, ["error: unknown party PL"]),
    ] as [([String], Int32, [String])])
    func aBadListOrOptionIsRefusedWithEveryProblem(arguments: [String], status: Int32, stderr: [String]) throws {
        let session = try Self.sessionWithARelease()
        try session.write("ru.csv", "their_id,family_name\nR-1,Primerov\n")
        try session.write("bad.csv", "their_id,our_id,family_name,birth_date\nR-1,,Primerov,1990\nR-1,,Primerov,1990\nR-2,,,1990-13\n")
        let result = try session.ledger(arguments)
        #expect(result.status == status && result.stdout.isEmpty, "\(result)")
        #expect(result.errorLines == stderr, "\(result)")
    }
}
