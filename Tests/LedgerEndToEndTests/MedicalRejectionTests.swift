import Foundation
import LedgerTestSupport
import Testing

/// Every rejected command of the medical commission and the named lists, run against a ledger
/// with a sitting, a refusal, a saved list and a children's list (`Session.withLists`): the right
/// exit code, one line per problem on stderr, nothing on stdout, and the database byte-for-byte
/// as it was.
@Suite struct MedicalRejectionTests {
    typealias Case = RejectionTests.Case

    static let today = Session.today
    static let finding = ["--category", "long-term", "--severity", "4", "--members", Session.commission, "--vote", "2-1", "--findings", "x"]
    static let resolve = ["list", "resolve", "CHILDREN-2025-06-02"]

    static let assessCases: [Case] = [
        Case(arguments: ["assess", "UA-0111", "--on", "2025-06-05", "--category", "long-term", "--severity", "4", "--members", Session.commission,
                         "--vote", "1-2", "--findings", "x"],
             status: 64, stderr: ["error: --vote: vote 1-2 is not a majority for the finding; the commission decides by majority (GC III Annex II) (see --help)"]),
        Case(arguments: ["assess", "UA-0111", "--on", "2099-01-01"] + finding, status: 65,
             stderr: ["error: on: 2099-01-01 is in the future (today is \(today))"]),
        Case(arguments: ["assess", "UA-0112", "--on", "2025-01-10"] + finding, status: 65,
             stderr: ["error: on: 2025-01-10 is before the capture on 2025-01-15"]),
        Case(arguments: ["assess", "UA-0190", "--on", "2025-06-05"] + finding, status: 65,
             stderr: ["error: person_id: person UA-0190 is a civilian, not a prisoner of war (GC III Art. 109–110)"]),
        Case(arguments: ["assess", "UA-0191", "--on", "2025-06-05"] + finding, status: 65,
             stderr: ["error: person_id: person UA-0191 is repatriated (held by UA), no longer a prisoner"]),
        Case(arguments: ["assess", "UA-9999", "--on", "2025-06-05"] + finding, status: 65, stderr: ["error: person_id: unknown person UA-9999"]),
        Case(arguments: ["assess", "UA-0111", "--on", "2025-06-05", "--category", "long-term", "--severity", "0",
                         "--members", "Dr A (neutral), Dr B (detaining), Dr C (detaining)", "--vote", "2-1", "--findings", "x"],
             status: 64, stderr: ["error: --severity must be from 1 (light) to 5 (critical), got 0 (see --help)"]),
        Case(arguments: ["assess", "UA-0111", "--on", "2025-06-05", "--category", "long-term", "--severity", "3",
                         "--members", "Dr A (neutral), Dr B (detaining), Dr C (detaining)", "--vote", "2-1", "--findings", "x"],
             status: 64, stderr: [
                "error: --members: a mixed medical commission has 3 members, two neutral and one named by the detaining party (GC III Annex II); got 3: 1 neutral, 2 detaining (see --help)",
             ]),
        Case(arguments: ["assess", "UA-0101", "--on", "2025-01-20"] + finding, status: 65,
             stderr: ["error: person UA-0101 already has a different assessment of 2025-01-20 (seq 19)"]),
        Case(arguments: ["assess", "UA-0111", "--on", "2025-06-05"], status: 64,
             stderr: ["error: a finding needs --category, --severity, --members, --vote, --findings (or --history to show findings) (see --help)"]),
        Case(arguments: ["assess", "UA-0101", "--history", "--severity", "3", "--findings", "x"], status: 64,
             stderr: ["error: --history shows findings; it takes no --findings, --severity (see --help)"]),
        Case(arguments: ["assess", "UA-9999", "--history"], status: 65, stderr: ["error: unknown person UA-9999"]),
        Case(arguments: ["assess", "import", "absent.csv"], status: 66, stderr: ["error: absent.csv: no such file or directory"]),
        Case(arguments: ["assess", "import", "header.csv"], status: 65,
             stderr: ["error: header.csv:1:16: unknown column 'date' (columns: person_id, on, category, severity, members, vote, findings)",
                      "error: header.csv:1:1: required column on is missing"],
             files: ["header.csv": "person_id,vote,date,category,severity,members,findings\n"]),
    ]

    static let consentCases: [Case] = [
        Case(arguments: ["consent", "UA-0111", "--refuses", "--accepts", "--witness", "x"], status: 64,
             stderr: ["error: give exactly one of --refuses and --accepts (see --help)"]),
        Case(arguments: ["consent", "UA-0111", "--witness", "x"], status: 64, stderr: ["error: give exactly one of --refuses and --accepts (see --help)"]),
        Case(arguments: ["consent", "UA-0110", "--refuses", "--on", "2025-07-01", "--witness", "x"], status: 65,
             stderr: ["error: person UA-0110 already refuses repatriation (since 2025-06-06)"]),
        Case(arguments: ["consent", "UA-0111", "--accepts", "--on", "2025-07-01", "--witness", "x"], status: 65,
             stderr: ["error: person UA-0111 has not refused repatriation; there is no refusal to withdraw"]),
        Case(arguments: ["consent", "UA-0110", "--accepts", "--on", "2025-06-06", "--witness", "x"], status: 65,
             stderr: ["error: person UA-0110 has a decision of 2025-06-06 in force; a new one must be of a later date"]),
        Case(arguments: ["consent", "UA-0190", "--refuses", "--on", "2099-01-01", "--witness", " "], status: 65,
             stderr: ["error: person UA-0190 is a civilian, not a prisoner of war (GC III Art. 109–110)",
                      "error: date 2099-01-01 is in the future (today is \(today))", "error: a decision on repatriation needs a --witness"]),
    ]

    static let priorityCases: [Case] = [
        Case(arguments: ["priority", "--held-by", "PL"], status: 65, stderr: ["error: unknown party PL"]),
        Case(arguments: ["priority", "--held-by", "PL", "--format", "csv"], status: 65, stderr: ["error: unknown party PL"]),
        Case(arguments: ["priority", "--held-by", "PL", "--format", "json"], status: 65, stderr: ["error: unknown party PL"]),
        Case(arguments: ["priority", "--held-by", "RU", "--limit", "0"], status: 64, stderr: ["error: --limit must be 1 or more, got 0 (see --help)"]),
        Case(arguments: ["priority", "--held-by", "RU", "--overdue-after", "36501"], status: 64,
             stderr: ["error: --overdue-after must be from 0 to 36,500 days, got 36501 (see --help)"]),
        Case(arguments: ["priority", "--held-by", "RU", "--save-list", "MEDICAL-2025-06"], status: 65,
             stderr: ["error: list MEDICAL-2025-06 already exists (seq 31); a saved list is never replaced"]),
        Case(arguments: ["priority", "--held-by", "UA", "--save-list", "EMPTY"], status: 65,
             stderr: ["error: the priority list is empty; there is nothing to save as EMPTY"]),
    ]

    static let listCases: [Case] = [
        Case(arguments: ["list", "import", "L-1", "--from", "UA", "--to", "PL", "--on", "2025-06-02", "--file", "one.csv"], status: 65,
             stderr: ["error: unknown party PL"], files: ["one.csv": "entry,family_name\n1,Коваль\n"]),
        Case(arguments: ["list", "import", "L-1", "--from", "UA", "--to", "UA", "--on", "2025-06-02", "--file", "one.csv"], status: 65,
             stderr: ["error: a list is handed from one party to another, not from UA to itself"], files: ["one.csv": "entry,family_name\n1,Коваль\n"]),
        Case(arguments: ["list", "import", "L-1", "--from", "UA", "--to", "RU", "--on", "2025-06-02", "--file", "bad-list.csv"], status: 65,
             stderr: [
                "error: bad-list.csv:2:3: person_id: unknown person UA-9999",
                "error: bad-list.csv:3:4: family_name: is required",
                "error: bad-list.csv:3:11: birth_date: '2012-13' is not a date (1990, 1990-04 or 1990-04-12)",
                "error: bad-list.csv:4:17: birth_date: 2099 is in the future (today is \(today))",
                "error: bad-list.csv:4:1: entry: entry 1 appears twice on the list (first at line 2)",
                "error: bad-list.csv:5:1: expected 5 fields as in the header, found 3",
             ],
             files: ["bad-list.csv": "entry,person_id,family_name,given_name,birth_date\n1,UA-9999,Коваль,Олександр,2015\n2,,,Марія,2012-13\n1,,Бойко,Дарина,2099\n3,UA-0201,Шевченко\n"]),
        Case(arguments: ["list", "import", "CHILDREN-2025-06-02", "--from", "UA", "--to", "RU", "--on", "2025-06-02", "--file", "one.csv"], status: 65,
             stderr: ["error: list CHILDREN-2025-06-02 already exists (seq 34) with other data"], files: ["one.csv": "entry,family_name\n1,Коваль\n"]),
        Case(arguments: ["list", "import", "L-1", "--from", "UA", "--to", "RU", "--file", "absent.csv"], status: 66,
             stderr: ["error: absent.csv: no such file or directory"]),
        Case(arguments: resolve + ["2", "--as", "released", "--note", "x"], status: 64,
             stderr: ["error: released is recorded by the batch that carries the person; choose returned, not-found, adult or disputed (see --help)"]),
        Case(arguments: ["list", "resolve", "NOPE", "1", "--as", "returned", "--note", "x"], status: 65, stderr: ["error: unknown list NOPE"]),
        Case(arguments: resolve + ["99", "--as", "returned", "--note", "x"], status: 65, stderr: ["error: list CHILDREN-2025-06-02 has no entry 99"]),
        Case(arguments: resolve + ["1", "--as", "returned", "--note", "again"], status: 65,
             stderr: ["error: entry 1 of CHILDREN-2025-06-02 is already resolved as returned"]),
        Case(arguments: resolve + ["UA-0201", "--as", "returned", "--note", "again"], status: 65,
             stderr: ["error: entry 1 of CHILDREN-2025-06-02 is already resolved as returned"]),
        Case(arguments: resolve + ["2", "--as", "returned"], status: 64, stderr: ["error: Missing expected argument '--note <note>' (see --help)"]),
        Case(arguments: resolve + ["2", "--as", "returned", "--note", " ", "--on", "2025-06-01"], status: 65,
             stderr: ["error: a resolution needs a --note saying how it is known", "error: date 2025-06-01 is before list CHILDREN-2025-06-02 of 2025-06-02"]),
        Case(arguments: ["list", "show", "NOPE"], status: 65, stderr: ["error: unknown list NOPE"]),
    ]

    @Test(arguments: assessCases + consentCases + priorityCases + listCases)
    func aRejectedCommandChangesNothing(_ testCase: Case) throws {
        let result = try Self.rejected(testCase.arguments, files: testCase.files)
        #expect(result.status == testCase.status, "\(result)")
        #expect(result.errorLines == testCase.stderr, "\(result)")
    }

    /// docs/exit-codes.md: errors go to stderr one line each, even where ArgumentParser lists the values of
    /// an option with many choices one a line.
    @Test(arguments: [["assess", "UA-0111", "--on", "2025-06-05", "--category", "bad"] + finding.dropFirst(2),
                      ["priority", "--held-by", "RU", "--category", "bad"]])
    func anUnknownCategoryIsRefusedInOneLine(_ arguments: [String]) throws {
        let result = try Self.rejected(arguments)
        #expect(result.status == 64, "\(result)")
        #expect(result.errorLines == [
            "error: The value 'bad' is invalid for '--category <category>'. Please provide one of 'incurable', 'long-term', 'permanent', 'neutral-recovery', 'neutral-threat' or 'not-eligible'. (see --help)",
        ], "\(result)")
    }

    /// Runs `arguments` on a ledger with lists, after writing `files`, and checks what every
    /// rejection must do: print nothing on stdout and leave the database as it was.
    static func rejected(_ arguments: [String], files: [String: String] = [:]) throws -> ProcessResult {
        let session = try Session.withLists()
        for (name, text) in files { try session.write(name, text) }
        let before = try dump(session.db)
        let result = try session.ledger(arguments)
        #expect(result.stdout.isEmpty, "\(result)")
        #expect(try dump(session.db) == before)
        return result
    }
}
