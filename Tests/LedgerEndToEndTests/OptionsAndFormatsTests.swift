import Foundation
import LedgerTestSupport
import Testing

@Suite struct OptionsAndFormatsTests {
    @Test func theDatabaseComesFromTheOptionThenTheEnvironmentThenTheCurrentFolder() throws {
        let session = try Session()
        #expect(try session.bare(["init"]).status == 0)
        #expect(FileManager.default.fileExists(atPath: session.scratch.path("ledger.sqlite")))
        let fromEnvironment = session.scratch.path("env.sqlite")
        #expect(try session.bare(["init"], environment: ["LEDGER_DB": fromEnvironment]).status == 0)
        #expect(FileManager.default.fileExists(atPath: fromEnvironment))
        let fromOption = session.scratch.path("option.sqlite")
        #expect(try session.bare(["init", "--db", fromOption], environment: ["LEDGER_DB": fromEnvironment]).status == 0)
        #expect(FileManager.default.fileExists(atPath: fromOption))
    }

    @Test func theActorComesFromTheOptionThenTheEnvironment() throws {
        let session = try Session()
        #expect(try session.bare(["--db", session.db, "init"]).status == 0)
        #expect(try session.bare(["--db", session.db, "--actor", "Officer Koval", "party", "add", "UA", "--name", "Ukraine"],
                                 environment: ["LEDGER_ACTOR": "ignored"]).status == 0)
        #expect(try session.bare(["party", "add", "RU", "--name", "Russian Federation", "--db", session.db],
                                 environment: ["LEDGER_ACTOR": "Officer Petrenko"]).status == 0)
        let log = try session.ledger("log", "--format", "csv").stdout.split(separator: "\r\n").dropFirst()
        #expect(log.map { $0.split(separator: ",")[2] } == ["Officer Koval", "Officer Petrenko"])
    }

    @Test func csvOutputGuardsFormulasAndJsonOutputParses() throws {
        let session = try Session.withAgreements()
        #expect(try session.ledger("person", "add", "RU-0300", "--held-by", "UA", "--belongs-to", "RU", "--category", "pow",
                                   "--family-name", "=HYPERLINK(\"http://x\")", "--given-name=-1+1", "--notes", "@SUM(A1)").status == 0)
        let csv = try session.ledger("person", "list", "--format", "csv").stdout
        #expect(csv.contains(#"RU-0300,UA,RU,pow,"'=HYPERLINK(""http://x"")",'-1+1,"#), "\(csv)")
        #expect(csv.hasSuffix(",held,'@SUM(A1)\r\n"))
        let json = try session.ledger("person", "show", "RU-0300", "--format", "json").stdout
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let person = object?["person"] as? [String: Any]
        #expect(person?["family_name"] as? String == "=HYPERLINK(\"http://x\")")
        #expect(person?["patronymic"] is NSNull)
        #expect((object?["history"] as? [Any])?.count == 1)
    }

    /// A table keeps a row on one line: a line break is shown as ⏎, and text longer than its
    /// column is cut with … after as many Characters as fit, whatever their bytes.
    @Test func tablesShowLineBreaksAndCutLongTextByCharacters() throws {
        let session = try Session.withAgreements()
        let person = ["--held-by", "UA", "--belongs-to", "RU", "--category", "pow"]
        // 30 Characters fit a column of `person list`; "й" written as и + U+0306 is one Character of two scalars.
        let long = String(repeating: "Ж", count: 29) + "и\u{0306}ь", fits = String(repeating: "Ж", count: 29) + "и\u{0306}"
        #expect(try session.ledger(["person", "add", "RU-0301", "--family-name", long, "--notes", "it’s\nhis second line"] + person).status == 0)
        #expect(try session.ledger(["person", "add", "RU-0302", "--family-name", fits, "--given-name", "Юрій"] + person).status == 0)
        let list = Session.lines(try session.ledger("person", "list").stdout)
        #expect(list.count == 4, "\(list)")
        #expect(list[2].contains(String(repeating: "Ж", count: 29) + "…  "), "\(list)")
        #expect(list[3].contains(fits + "  Юрій"), "\(list)")
        let shown = try session.ledger("person", "show", "RU-0301").stdout
        #expect(shown.contains("it’s⏎his second line\n"), "\(shown)")
    }

    @Test func tablesAlignAndGroupThousands() throws {
        let session = try Session.withAgreements()
        #expect(try session.ledger("add", "--agreement", "IST-2025-06-02-REMAINS", "--from", "RU", "--to", "UA", "--on", "2025-06-11",
                                   "--stage", "1", "--remains", "1212").status == 0)
        let table = try session.ledger("agreement", "list", "--agreement", "IST-2025-06-02-REMAINS").stdout
        #expect(table == """
            agreement               from  to  categories  agreed  delivered  named  unnamed  difference  batches  over_quota  voided
            ----------------------  ----  --  ----------  ------  ---------  -----  -------  ----------  -------  ----------  ------
            IST-2025-06-02-REMAINS  UA    RU  remains      6,000          0      0        0      -6,000        0           0       0
            IST-2025-06-02-REMAINS  RU    UA  remains      6,000      1,212      0    1,212      -4,788        1           0       0

            """)
        let csv = try session.ledger("agreement", "list", "--agreement", "IST-2025-06-02-REMAINS", "--format", "csv").stdout
        #expect(csv.contains("IST-2025-06-02-REMAINS,RU,UA,remains,6000,1212,0,1212,-4788,1,0,0\r\n"))
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/full")))
    func anOutputThatCannotBeWrittenIsAnIOErrorNotASuccess() throws {
        let session = try Session.withAgreements()
        let result = try run("/bin/sh", ["-c", "'\(ledgerBinary)' --db '\(session.db)' log --format csv > /dev/full"])
        #expect(result.status == 74, "\(result)")
        #expect(result.stderr == "error: cannot write the output: no space left on device\n")
    }

    @Test func anEmptyLedgerHasTheStartOfTheChainAsItsHead() throws {
        let session = try Session()
        #expect(try session.ledger("init").status == 0)
        let zeros = String(repeating: "0", count: 64)
        let head = try session.ledger("head")
        #expect(head.status == 0 && head.stdout == "0:\(zeros)\n" && head.stderr.isEmpty, "\(head)")
        #expect(try session.ledger("verify", "--expect-head", "0:\(zeros)").status == 0)
        try session.ledger("party", "add", "UA", "--name", "Ukraine")
        // Still there after the first entry: the chain starts from it.
        #expect(try session.ledger("verify", "--expect-head", "0:\(zeros)").status == 0)
        #expect(try session.ledger("verify", "--expect-head", "0:\(String(repeating: "1", count: 64))").status == 64)
    }

    /// A group's help names its subcommands and shows how the commands read when typed.
    @Test(arguments: [["party"], ["agreement"], ["person"], ["assess"], ["list"], ["window"], ["remains"]])
    func everyGroupHasHelpWithAnExample(_ group: [String]) throws {
        let result = try Session().bare(group + ["--help"])
        #expect(result.status == 0 && result.stdout.contains("SUBCOMMANDS:"), "\(group)")
        #expect(result.stdout.contains("Example"), "\(group) --help has no example")
    }

    @Test func everyCommandHasHelpWithAnExample() throws {
        let session = try Session()
        for command in [["init"], ["migrate"], ["demo"], ["party", "add"], ["party", "list"], ["agreement", "add"], ["agreement", "list"],
                        ["person", "add"], ["person", "import"], ["person", "show"], ["person", "list"], ["add"], ["void"],
                        ["batches"], ["log"], ["head"], ["verify"], ["assess", "record"], ["assess", "import"], ["consent"],
                        ["priority"], ["list", "show"], ["list", "import"], ["list", "resolve"], ["lists"],
                        ["window", "add"], ["windows"], ["remains", "list"], ["remains", "show"], ["remains", "add"], ["remains", "import"],
                        ["remains", "sample"], ["remains", "identify"], ["remains", "report"]] {
            let result = try session.bare(command + ["--help"])
            #expect(result.status == 0, "\(command)")
            #expect(result.stdout.contains("Example"), "\(command) --help has no example")
            #expect(result.stdout.contains("--db"), "\(command) --help does not show --db")
        }
    }
}
