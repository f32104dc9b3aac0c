import Foundation
import LedgerTestSupport
import Testing

/// The medical commission as its secretary lives it: a sitting imported, the priority list read,
/// explained, filtered and saved, a batch releasing half of it, the batch voided, `verify` clean.
@Suite struct MedicalCommissionTests {
    static let category = [
        "incurable": "incurable (incurably wounded or sick, fitness gravely diminished, Art. 110 §1.1) → direct repatriation",
        "long-term": "long-term (not likely to recover within one year, fitness gravely diminished, Art. 110 §1.2) → direct repatriation",
        "permanent": "permanent (recovered, but fitness gravely and permanently diminished, Art. 110 §1.3) → direct repatriation",
        "neutral-threat": "neutral-threat (health seriously threatened by continued captivity, Art. 110 §2.2) → accommodation in a neutral country",
        "neutral-recovery": "neutral-recovery (recovery expected within a year, care in a neutral country would help, Art. 110 §2.1) → accommodation in a neutral country",
        "not-eligible": "not-eligible (none of the Art. 110 categories, Art. 110) → not eligible; stays on the general exchange lists",
    ]

    /// The sitting's list in priority order: person, name, category, severity, capture, birth, eligible since.
    static let ranked: [(id: String, name: String, category: String, severity: Int, captured: String?, born: String?, eligible: String?)] = [
        ("UA-0101", "Коваленко Андрій", "incurable", 5, "2024-03-01", "1985", "2025-01-20"),
        ("UA-0102", "Шевчук Богдан", "long-term", 4, "2023-05-10", "1990-04-12", "2025-06-05"),
        ("UA-0103", "Бондар Василь", "permanent", 4, "2024-01-15", "1970", "2025-06-05"),
        ("UA-0104", "Ткаченко Григорій", "long-term", 4, "2024-01-15", "1980-02", "2025-06-05"),
        ("UA-0105", "Кравчук Денис", "long-term", 4, nil, "1975", "2025-06-05"),
        ("UA-0106", "Олійник Євген", "neutral-threat", 5, "2024-06-01", "1992-07-30", nil),
        ("UA-0107", "Мельник Зиновій", "neutral-recovery", 3, "2024-06-01", nil, nil),
        ("UA-0108", "Лисенко Ігор", "neutral-recovery", 3, "2024-06-01", nil, nil),
        ("UA-0109", "Савченко Костянтин", "not-eligible", 2, "2022-04-01", "1999-01-01", nil),
    ]

    static let footerNotListed = "Not listed: 1 refused repatriation (GC III Art. 109); 2 held but never assessed."

    @Test func aSittingIsRankedExplainedSavedAndFollowedThroughABatchAndItsVoid() throws {
        let session = try Session.withSitting()

        var result = try session.ledger("assess", "UA-0105", "--history", "--format", "csv")
        #expect(result.status == 0 && result.stderr.isEmpty, "\(result)")
        #expect(result.stdout == #"""
            on,category,outcome,severity,vote,in_force,members,findings,seq\#r
            2025-06-05,long-term,direct repatriation,4,2-1,yes,"\#(Session.commission)","Infected fracture; ""no recovery within a year""",24\#r
            2025-02-10,not-eligible,not eligible; stays on the general exchange lists,2,3-0,no,"\#(Session.commission)",Healing fracture of the tibia,23\#r

            """#, "\(result)")

        result = try session.ledger("priority", "--held-by", "RU")
        #expect(result.status == 0 && result.stderr.isEmpty, "\(result)")
        #expect(result.stdout == """
            rank  person   family_name  given_name  category          outcome                             severity  captured_on  birth_date  assessed_on  overdue
            ----  -------  -----------  ----------  ----------------  ----------------------------------  --------  -----------  ----------  -----------  -------
               1  UA-0101  Коваленко    Андрій      incurable         direct repatriation                        5  2024-03-01   1985        2025-01-20   yes
               2  UA-0102  Шевчук       Богдан      long-term         direct repatriation                        4  2023-05-10   1990-04-12  2025-06-05   yes
               3  UA-0103  Бондар       Василь      permanent         direct repatriation                        4  2024-01-15   1970        2025-06-05   yes
               4  UA-0104  Ткаченко     Григорій    long-term         direct repatriation                        4  2024-01-15   1980-02     2025-06-05   yes
               5  UA-0105  Кравчук      Денис       long-term         direct repatriation                        4               1975        2025-06-05   yes
               6  UA-0106  Олійник      Євген       neutral-threat    accommodation in a neutral country         5  2024-06-01   1992-07-30  2025-06-05   no
               7  UA-0107  Мельник      Зиновій     neutral-recovery  accommodation in a neutral country         3  2024-06-01               2025-06-05   no
               8  UA-0108  Лисенко      Ігор        neutral-recovery  accommodation in a neutral country         3  2024-06-01               2025-06-05   no
               9  UA-0109  Савченко     Костянтин   not-eligible      not eligible; stays on the genera…         2  2022-04-01   1999-01-01  2025-06-05   no

            9 listed of 9 assessed prisoners held by RU; 5 overdue (eligible for direct repatriation more than 90 days ago).
            Not listed: 1 refused repatriation (GC III Art. 109); 2 held but never assessed.

            """, "\(result)")

        // Only UA-0101 was found eligible before 2025-03-01; UA-0105's wait starts at the finding
        // that made them eligible, not at the earlier one that did not.
        let overdueAfter = Session.days(since: "2025-03-01")
        result = try session.ledger("priority", "--held-by", "RU", "--explain", "--overdue-after", String(overdueAfter))
        #expect(result.status == 0 && result.stderr.isEmpty, "\(result)")
        #expect(Session.lines(result.stdout) == Self.ranked.enumerated().flatMap { index, row in
            Self.explained(rank: index + 1, row, overdueAfter: overdueAfter)
        } + ["", "9 listed of 9 assessed prisoners held by RU; 1 overdue (eligible for direct repatriation more than \(Session.grouped(overdueAfter)) days ago).",
             Self.footerNotListed])
        // For programs, the same reasons in one cell, and no footer.
        result = try session.ledger("priority", "--held-by", "RU", "--explain", "--limit", "1", "--format", "csv")
        let reasons = Self.explained(rank: 1, Self.ranked[0], overdueAfter: 90).dropFirst().map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(result.stdout == "rank,person,family_name,given_name,category,outcome,severity,captured_on,birth_date,assessed_on,overdue,reasons\r\n"
                + "1,UA-0101,Коваленко,Андрій,incurable,direct repatriation,5,2024-03-01,1985,2025-01-20,yes,\"\(reasons.joined(separator: "; "))\"\r\n",
                "\(result)")

        result = try session.ledger("priority", "--held-by", "RU", "--limit", "3", "--format", "csv")
        #expect(result.status == 0 && result.stderr.isEmpty, "\(result)")
        #expect(result.stdout == """
            rank,person,family_name,given_name,category,outcome,severity,captured_on,birth_date,assessed_on,overdue\r
            1,UA-0101,Коваленко,Андрій,incurable,direct repatriation,5,2024-03-01,1985,2025-01-20,yes\r
            2,UA-0102,Шевчук,Богдан,long-term,direct repatriation,4,2023-05-10,1990-04-12,2025-06-05,yes\r
            3,UA-0103,Бондар,Василь,permanent,direct repatriation,4,2024-01-15,1970,2025-06-05,yes\r

            """, "\(result)")

        result = try session.ledger("priority", "--held-by", "RU", "--category", "permanent", "--category", "long-term", "--limit", "3")
        #expect(result.status == 0 && result.stderr.isEmpty, "\(result)")
        #expect(Self.rankAndPerson(result.stdout) == ["1 UA-0102", "2 UA-0103", "3 UA-0104"], "\(result)")
        #expect(Session.lines(result.stdout).suffix(2) == [
            "3 listed of 4 assessed prisoners held by RU; 4 overdue (eligible for direct repatriation more than 90 days ago).",
            Self.footerNotListed,
        ], "\(result)")

        result = try session.ledger("priority", "--held-by", "RU", "--format", "json")
        #expect(result.status == 0 && result.stderr.isEmpty, "\(result)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(rows.map { $0["person"] as? String } == Self.ranked.map(\.id))
        #expect(rows.map { $0["rank"] as? Int } == Array(1...9))
        #expect(rows.map { $0["overdue"] as? Bool } == [true, true, true, true, true, false, false, false, false])
        #expect(result.stdout.contains(#""overdue":true"#))
        #expect(Set(rows[4].keys) == ["rank", "person", "family_name", "given_name", "category", "outcome", "severity", "captured_on",
                                      "birth_date", "assessed_on", "overdue"])
        #expect(rows[4]["captured_on"] is NSNull)
        #expect(rows[4]["severity"] as? Int == 4)
        #expect(rows[4]["assessed_on"] as? String == "2025-06-05")
        #expect(rows[5]["outcome"] as? String == "accommodation in a neutral country")
        #expect(rows[6]["birth_date"] is NSNull)

        result = try session.ledger("priority", "--held-by", "RU", "--save-list", "MEDICAL-2025-06", "--on", "2025-06-20")
        #expect(result.status == 0 && result.stderr.isEmpty, "\(result)")
        #expect(Session.lines(result.stdout).last == "saved as list MEDICAL-2025-06 with the 9 listed (seq 31)", "\(result)")

        try session.write("release.csv", "id\nUA-0101\nUA-0103\nUA-0105\nUA-0107\n")
        result = try session.ledger("add", "--agreement", "IST-2025-05-16", "--from", "RU", "--to", "UA", "--on", "2025-06-20",
                                    "--manifest", "release.csv")
        #expect(result.stdout == "recorded batch B-32: 4 from RU to UA on 2025-06-20, 4 named (seq 32)\n", "\(result)")
        try Self.expectList(session, released: "B-32")
        result = try session.ledger("priority", "--held-by", "RU")
        #expect(Self.rankAndPerson(result.stdout) == ["1 UA-0102", "2 UA-0104", "3 UA-0106", "4 UA-0108", "5 UA-0109"], "\(result)")

        result = try session.ledger("void", "B-32", "--reason", "entered under the wrong agreement")
        #expect(result.stdout == "voided batch B-32 (seq 33)\n", "\(result)")
        try Self.expectList(session, released: nil)
        result = try session.ledger("priority", "--held-by", "RU")
        #expect(Self.rankAndPerson(result.stdout) == Self.ranked.enumerated().map { "\($0.offset + 1) \($0.element.id)" }, "\(result)")

        try session.expectVerified(entries: 33)
    }

    @Test func aBadSittingImportsNothingAndNamesEveryBadRow() throws {
        let session = try Session.withSitting()
        let members = "\"\(Session.commission)\""
        try session.write("bad-sitting.csv", """
            person_id,on,category,severity,members,vote,findings
            UA-0102,2025-07-01,long-term,4,\(members),3-0,"Open femur fracture,
            not healing"
            UA-9999,2025-07-01,incurable,5,\(members),3-0,x
            UA-0103,2025-07-01,permanent,4,\(members),2-2,x
            UA-0104,2025-07-01,long-term,4,\(members),1-2,x
            UA-0106,2099-01-01,neutral-threat,5,\(members),3-0,x
            UA-0107,2025-07-01,neutral-recovery,7,\(members),3-0,x
            UA-0102,2025-07-01,long-term,4,\(members),3-0,again
            UA-0108,2025-07-01,neutral-recovery
            UA-0112,2025-01-10,long-term,3,\(members),3-0,x
            UA-0190,2025-07-01,long-term,3,\(members),3-0,x
            UA-0101,2025-01-20,incurable,4,\(members),3-0,"Spinal cord injury, paraplegia"

            """)
        let before = try dump(session.db)
        var result = try session.ledger("assess", "import", "bad-sitting.csv")
        #expect(result.status == 65, "\(result)")
        #expect(result.stdout.isEmpty, "\(result)")
        #expect(result.errorLines == [
            "error: bad-sitting.csv:4:1: person_id: unknown person UA-9999",
            "error: bad-sitting.csv:5:112: vote: vote 2-2 counts 4 votes; all 3 members vote",
            "error: bad-sitting.csv:6:112: vote: vote 1-2 is not a majority for the finding; the commission decides by majority (GC III Annex II)",
            "error: bad-sitting.csv:7:9: on: 2099-01-01 is in the future (today is \(Session.today))",
            "error: bad-sitting.csv:8:37: severity: '7' is not a severity from 1 (light) to 5 (critical)",
            "error: bad-sitting.csv:9:1: person UA-0102 is assessed twice on 2025-07-01 in this file (first at line 2)",
            "error: bad-sitting.csv:10:1: expected 7 fields as in the header, found 3",
            "error: bad-sitting.csv:11:9: on: 2025-01-10 is before the capture on 2025-01-15",
            "error: bad-sitting.csv:12:1: person_id: person UA-0190 is a civilian, not a prisoner of war (GC III Art. 109–110)",
            "error: bad-sitting.csv:13:9: person UA-0101 already has a different assessment of 2025-01-20 (seq 19)",
        ], "\(result)")
        #expect(try dump(session.db) == before)

        try session.write("sitting.csv", Session.sittingCSV)
        result = try session.ledger("assess", "import", "sitting.csv")
        #expect(result.status == 0 && result.stderr.isEmpty, "\(result)")
        #expect(result.stdout == "nothing new in sitting.csv: all 11 assessments are already in the ledger with the same data\n", "\(result)")
        #expect(try dump(session.db) == before)

        try session.write("sitting-and-one.csv", Session.sittingCSV + "UA-0111,2025-06-06,permanent,2,\(members),2-1,Blind in one eye\n")
        let mixed = session.scratch.path("mixed.sqlite")
        try sqlite3(session.db, ".backup '\(mixed)'")
        result = try session.ledger("assess", "import", "sitting-and-one.csv", "--format", "csv")
        #expect(result.stdout == "added,unchanged,first_seq,last_seq\r\n1,11,31,31\r\n", "\(result)")
        // The same import as a person reads it: one record, in the singular.
        result = try session.bare(["--db", mixed, "assess", "import", "sitting-and-one.csv"], environment: ["LEDGER_ACTOR": "e2e"])
        #expect(result.stdout == "imported 1 assessment from sitting-and-one.csv (seq 31); 11 assessments already in the ledger with the same data, skipped\n",
                "\(result)")
        result = try session.ledger("assess", "UA-0111", "--on", "2025-06-06", "--category", "permanent", "--severity", "2",
                                    "--members", Session.commission, "--vote", "2-1", "--findings", "Blind in one eye")
        #expect(result.status == 65 && result.errorLines == ["error: this assessment is already recorded, with the same data"], "\(result)")
        result = try session.ledger("assess", "UA-0111", "--on", "2025-07-06", "--category", "incurable", "--severity", "5",
                                    "--members", Session.commission, "--vote", "3-0", "--findings", "Sepsis")
        #expect(result.status == 0 && result.stdout == "recorded assessment of UA-0111 on 2025-07-06: incurable → direct repatriation, severity 5 (seq 32)\n",
                "\(result)")
        result = try session.ledger("priority", "--held-by", "RU", "--limit", "2")
        #expect(Self.rankAndPerson(result.stdout) == ["1 UA-0101", "2 UA-0111"], "\(result)")
        #expect(Session.lines(result.stdout).suffix(2) == [
            "2 listed of 10 assessed prisoners held by RU; 6 overdue (eligible for direct repatriation more than 90 days ago).",
            "Not listed: 1 refused repatriation (GC III Art. 109); 1 held but never assessed.",
        ], "\(result)")
    }

    /// Art. 109: a refusal keeps a prisoner off the list, assessed or not, until it is withdrawn.
    @Test func aRefusalKeepsAPrisonerOffTheListUntilWithdrawn() throws {
        let session = try Session.withSitting()
        var result = try session.ledger("consent", "UA-0110", "--accepts", "--on", "2025-07-01", "--witness", "Dr Anna Berger (neutral)")
        #expect(result.status == 0 && result.stdout == "recorded that UA-0110 accepts repatriation (seq 31)\n", "\(result)")
        result = try session.ledger("consent", "UA-0111", "--refuses", "--on", "2025-07-02", "--witness", "ICRC delegate M. Keller")
        #expect(result.status == 0 && result.stdout == "recorded that UA-0111 refuses repatriation (seq 32)\n", "\(result)")
        result = try session.ledger("priority", "--held-by", "RU")
        #expect(Self.rankAndPerson(result.stdout) == ["1 UA-0101", "2 UA-0102", "3 UA-0103", "4 UA-0104", "5 UA-0105", "6 UA-0110",
                                                     "7 UA-0106", "8 UA-0107", "9 UA-0108", "10 UA-0109"], "\(result)")
        #expect(Session.lines(result.stdout).suffix(2) == [
            "10 listed of 10 assessed prisoners held by RU; 6 overdue (eligible for direct repatriation more than 90 days ago).",
            "Not listed: 1 refused repatriation (GC III Art. 109); 1 held but never assessed.",
        ], "\(result)")
        #expect(try session.history(of: "UA-0110") == [
            "14 person.add", "29 assessment.add", "30 consent.record", "31 consent.record",
        ])
        try session.expectVerified(entries: 32)
    }

    /// A list for programs is printed as it is read, a saved one is made whole first: the same
    /// lines either way, and a header alone for a party holding nobody assessed.
    @Test(arguments: [["--format", "csv"], ["--format", "csv", "--explain"], ["--format", "json"], ["--format", "html"]])
    func aListPrintedAsItIsReadIsTheListSaved(_ format: [String]) throws {
        let session = try Session.withSitting()
        let read = try session.ledger(["priority", "--held-by", "RU"] + format)
        let saved = try session.ledger(["priority", "--held-by", "RU", "--save-list", "MEDICAL-1"] + format)
        #expect(read.status == 0 && read.stderr.isEmpty && saved.status == 0, "\(read)\n\(saved)")
        #expect(read.stdout == saved.stdout)
        #expect(read.stdout.contains("UA-0109") && !read.stdout.contains("UA-0110"), "\(read)")
        if format[1] == "csv" {
            #expect(Session.lines(read.stdout).count == 1 + Self.ranked.count, "\(read)")
            let empty = try session.ledger(["priority", "--held-by", "UA"] + format)
            #expect(empty.status == 0 && empty.stdout == Session.lines(read.stdout)[0] + "\r\n", "\(empty)")
        }
    }

    /// The demo shows the commission's work too.
    @Test func theDemoHasASittingASavedMedicalListAndTheChildrensList() throws {
        let session = try Session()
        #expect(try session.bare(["demo"]).status == 0)
        let demo = ["--db", session.scratch.path("ledger-demo.sqlite")]
        let lists = try session.bare(demo + ["lists", "--format", "json"])
        let rows = try JSONSerialization.jsonObject(with: Data(lists.stdout.utf8)) as? [[String: Any]] ?? []
        let assessed = Session.lines(try session.bare(demo + ["priority", "--held-by", "RU", "--format", "csv"]).stdout).count - 1
        // 47 ranked: 60 assessed, 12 released by the demo's batch, one refusing.
        #expect(assessed == 47)
        #expect(rows.map { "\($0["list"] ?? "") \($0["origin"] ?? "") \($0["entries"] ?? "") \($0["resolved"] ?? "")" }
            == ["CHILDREN-2025-06-02 handed-over 339 41", "MEDICAL-1 priority 24 12"], "\(lists)")
    }

    /// `list show` and `lists` for MEDICAL-2025-06, with the four released by `batch` resolved, or all open.
    static func expectList(_ session: Session, released batch: String?) throws {
        let releasedIDs: Set = ["UA-0101", "UA-0103", "UA-0105", "UA-0107"]
        let open = batch == nil ? 9 : 5
        var result = try session.ledger("list", "show", "MEDICAL-2025-06", "--format", "csv")
        #expect(result.status == 0 && result.stderr.isEmpty, "\(result)")
        let shown = result.stdout.split(separator: "\r\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).prefix(11).joined(separator: ",") }
        #expect(shown == ["entry,person,family_name,given_name,patronymic,birth_date,status,outcome,resolved_on,batch,note"]
            + ranked.enumerated().map { index, row in
                let names = row.name.split(separator: " ")
                let standing = if let batch, releasedIDs.contains(row.id) { "resolved,released,2025-06-20,\(batch)" } else { "open,,," }
                return "\(index + 1),\(row.id),\(names[0]),\(names[1]),,\(row.born ?? ""),\(standing),"
            }, "\(result)")
        result = try session.ledger("list", "show", "MEDICAL-2025-06")
        #expect(Session.lines(result.stdout).prefix(2) == [
            "list MEDICAL-2025-06: saved from priority (held by RU; overdue after 90 days) for RU on 2025-06-20 (seq 31)",
            "entries: 9; \(open) open, \(9 - open) resolved, 0 disputed",
        ], "\(result)")
        result = try session.ledger("lists", "--format", "csv")
        #expect(result.stdout == """
            list,origin,from,to,on,entries,open,resolved,disputed,status,seq\r
            MEDICAL-2025-06,priority,,RU,2025-06-20,9,\(open),\(9 - open),0,open,31\r

            """, "\(result)")
    }

    /// What `--explain` prints for one prisoner: the rank and name, then each key on a line.
    static func explained(rank: Int, _ row: (id: String, name: String, category: String, severity: Int, captured: String?, born: String?,
                                            eligible: String?), overdueAfter: Int) -> [String] {
        let overdue = row.eligible.map { Session.days(since: $0) > overdueAfter } ?? false
        var lines = ["\(rank). \(row.id)  \(row.name)\(overdue ? "  OVERDUE" : "")", category[row.category]!, "severity \(row.severity) of 5",
                     row.captured.map { "\(Session.grouped(Session.days(since: $0))) days in captivity (captured \($0))" }
                         ?? "capture date unknown: after those whose capture is known",
                     row.born.map { "age \(Session.age($0)) (born \($0))" } ?? "birth date unknown: after those whose age is known"]
        if overdue, let since = row.eligible {
            lines.append("OVERDUE: eligible for direct repatriation since \(since), still held \(Session.grouped(Session.days(since: since))) days later (limit \(overdueAfter))")
        }
        return [lines[0]] + lines.dropFirst().map { "     " + $0 }
    }

    /// "rank person" of each row of a priority table.
    static func rankAndPerson(_ table: String) -> [String] {
        Session.lines(table).dropFirst(2).prefix { !$0.isEmpty }.map { $0.split(separator: " ").prefix(2).joined(separator: " ") }
    }
}
