import Foundation
import LedgerTestSupport
import Testing

/// `ledger add` with no option, typed at a real terminal (tmux): the questions, their defaults, Tab,
/// Backspace, `<`, a wrong answer asked again, and nothing written before the operator says yes.
@Suite struct GuidedAddTests {
    /// A ledger with a first batch under IST-2025-05-16, whose date, stage and place the next one takes as defaults.
    private static func sessionWithABatch() throws -> Session {
        let session = try Session.withAgreements()
        try session.mustSucceed(["add", "--agreement", "IST-2025-05-16", "--from", "RU", "--to", "UA", "--on", "2025-05-23",
                                 "--stage", "1", "--place", "Istanbul", "--pow", "270", "--civilian", "120"])
        return session
    }

    private static func guidedAdd(_ session: Session) throws -> Terminal {
        try Terminal(["/usr/bin/env", "-u", "LEDGER_DB", "LEDGER_ACTOR=e2e", ledgerBinary, "--db", session.db, "add"],
                     in: session.scratch.directory.path)
    }

    @Test func aBatchTypedAtTheTerminalIsRecordedAsAnswered() throws {
        let session = try Self.sessionWithABatch()
        let terminal = try Self.guidedAdd(session)
        try terminal.waitFor("Agreement [IST-2025-05-16]: ")
        try terminal.press("Enter")
        try terminal.waitFor("From (releasing party): ")
        try terminal.type("U")
        try terminal.press("Tab")
        try terminal.waitFor("From (releasing party): UA")
        try terminal.press("Enter")
        try terminal.waitFor("To (receiving party) [RU]: ")
        try terminal.press("Enter")
        try terminal.waitFor("Date (YYYY-MM-DD) [2025-05-23]: ")
        try terminal.type("2025-05-32")
        try terminal.press("Enter")
        try terminal.waitFor("error: '2025-05-32' is not a date (YYYY-MM-DD)")
        try terminal.waitFor("Date (YYYY-MM-DD) [2025-05-23]: ", times: 2)
        try terminal.type("2025-05-24")
        try terminal.press("Enter")
        try terminal.waitFor("Stage (- for none) [2]: ")
        try terminal.press("Enter")
        try terminal.waitFor("Place (- for none) [Istanbul]: ")
        try terminal.type("<")
        try terminal.press("Enter")
        try terminal.waitFor("Stage (- for none) [2]: ", times: 2)
        try terminal.type("3")
        try terminal.press("Enter")
        try terminal.waitFor("Place (- for none) [Istanbul]: ", times: 2)
        try terminal.press("Enter")
        try terminal.waitFor("Manifest file (Enter to give counts): ")
        try terminal.press("Enter")
        try terminal.waitFor("pow count (Enter for none): ")
        try terminal.type("3077")
        try terminal.press("BSpace", "Enter")
        for category in ["civilian", "child", "remains"] {
            try terminal.waitFor("\(category) count (Enter for none): ")
            try terminal.press("Enter")
        }
        try terminal.waitFor("Note (- for none): ")
        try terminal.type("paper report of the evening")
        try terminal.press("Enter")
        try terminal.waitFor("Record this batch? [y/N] ")
        #expect(try session.ledger("batches", "--format", "csv").stdout.split(separator: "\r\n").count == 2, "written before the answer")
        try terminal.type("y")
        try terminal.press("Enter")
        let screen = try terminal.waitFor("[exit 0]")
        #expect(screen.contains("recorded batch B-6: 307 from UA to RU on 2025-05-24, count only (seq 6)\n"), "\(screen)")

        let batches = try session.ledger("batches", "--format", "csv").stdout.split(separator: "\r\n").map(String.init)
        #expect(batches.dropFirst() == [
            "B-5,IST-2025-05-16,2025-05-23,1,RU,UA,270,120,,,390,no,recorded,,,Istanbul,,5",
            "B-6,IST-2025-05-16,2025-05-24,3,UA,RU,307,,,,307,no,recorded,,,Istanbul,paper report of the evening,6",
        ], "\(batches)")
        #expect(try session.ledger("log", "--kind", "batch.add", "--format", "csv").stdout.contains(",e2e,"))

        // docs/commands.md shows this very screen.
        let documented = Documentation.section(of: Documentation.file("docs/commands.md"), from: "typed from a paper report:\n\n```text\n", to: "```")
        #expect(screen.components(separatedBy: "\n[exit 0]")[0] + "\n" == documented, "\(screen)")
    }

    @Test func aBatchNotConfirmedWritesNothing() throws {
        let session = try Self.sessionWithABatch()
        let before = try dump(session.db)
        let terminal = try Self.guidedAdd(session)
        for (prompt, answer) in [("Agreement [IST-2025-05-16]: ", ""), ("From (releasing party): ", "RU"), ("To (receiving party) [UA]: ", ""),
                                 ("Date (YYYY-MM-DD) [2025-05-23]: ", ""), ("Stage (- for none) [2]: ", ""), ("Place (- for none) [Istanbul]: ", "-"),
                                 ("Manifest file (Enter to give counts): ", ""), ("pow count (Enter for none): ", "900"),
                                 ("civilian count (Enter for none): ", ""), ("child count (Enter for none): ", ""),
                                 ("remains count (Enter for none): ", ""), ("Note (- for none): ", "")] {
            try terminal.waitFor(prompt)
            try terminal.type(answer)
            try terminal.press("Enter")
        }
        // 390 delivered and 900 more go past the 1,000 agreed: the reason is asked for, and required.
        try terminal.waitFor("pow+civilian released by RU would reach 1,290 of 1,000 agreed under IST-2025-05-16\n")
        try terminal.waitFor("Over-quota reason: ")
        try terminal.press("Enter")
        try terminal.waitFor("error: the batch is over quota: say why it is recorded anyway")
        try terminal.type("figure from the other side's list")
        try terminal.press("Enter")
        let summary = try terminal.waitFor("Record this batch? [y/N] ")
        #expect(summary.contains("  over quota  figure from the other side's list\n"), "\(summary)")
        #expect(summary.contains("  place       -\n"), "\(summary)")
        try terminal.type("n")
        try terminal.press("Enter")
        let screen = try terminal.waitFor("[exit 0]")
        #expect(screen.contains("nothing recorded\n"), "\(screen)")
        #expect(try dump(session.db) == before)
    }

    @Test(arguments: ["C-c", "C-d"])
    func ctrlCOrCtrlDCancelsAndWritesNothing(key: String) throws {
        let session = try Self.sessionWithABatch()
        let before = try dump(session.db)
        let terminal = try Self.guidedAdd(session)
        try terminal.waitFor("Agreement [IST-2025-05-16]: ")
        try terminal.press("Enter")
        try terminal.waitFor("From (releasing party): ")
        try terminal.type("RU")
        try terminal.press(key)
        let screen = try terminal.waitFor("[exit 130]")
        #expect(screen.contains("From (releasing party): RU\nerror: cancelled; nothing was written\n"), "\(screen)")
        #expect(try dump(session.db) == before)
    }

    /// With `--output`, the questions would go into the file: at a terminal too, nothing is asked.
    @Test func withOutputNothingIsAsked() throws {
        let session = try Self.sessionWithABatch()
        let terminal = try Terminal(["/usr/bin/env", "-u", "LEDGER_DB", "LEDGER_ACTOR=e2e", ledgerBinary, "--db", session.db, "add", "--output", "out.csv"],
                                    in: session.scratch.directory.path)
        let screen = try terminal.waitFor("[exit 64]")
        #expect(screen.contains("error: Missing expected argument '--agreement <agreement>' (see --help)"), "\(screen)")
        #expect(!FileManager.default.fileExists(atPath: session.scratch.path("out.csv")))
    }

    /// On a pipe, nobody answers: `add` without options is the usage error it always was.
    @Test func onAPipeNothingIsAsked() throws {
        let session = try Self.sessionWithABatch()
        let result = try session.ledger("add")
        #expect(result.status == 64 && result.stdout.isEmpty, "\(result)")
        #expect(result.errorLines == ["error: Missing expected argument '--agreement <agreement>' (see --help)"], "\(result)")
    }
}
