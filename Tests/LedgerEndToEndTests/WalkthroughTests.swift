import Foundation
import LedgerTestSupport
import Testing

/// The README's five-minute walkthrough, as a user types it, checking what they see.
@Suite struct WalkthroughTests {
    @Test func theWalkthroughWorksAsTheReadmeSays() throws {
        let session = try Session()
        var result = try session.ledger("init")
        #expect(result.status == 0 && result.stdout == "created \(session.db)\n" && result.stderr.isEmpty, "\(result)")
        result = try session.ledger("init")
        #expect(result.status == 0 && result.stdout.contains("already a ledger"), "\(result)")

        result = try session.ledger("party", "add", "UA", "--name", "Ukraine")
        #expect(result.stdout == "added party UA (seq 1)\n")
        try session.ledger("party", "add", "RU", "--name", "Russian Federation")
        result = try session.ledger("agreement", "add", "IST-2025-05-16", "--title", "Istanbul: 1,000 for 1,000", "--date", "2025-05-16",
                                    "--parties", "UA,RU", "--each", "pow+civilian=1000")
        #expect(result.stdout == "added agreement IST-2025-05-16 (seq 3)\n", "\(result)")

        let persons = try session.write("persons.csv", Session.personsCSV)
        result = try session.ledger("person", "import", persons)
        #expect(result.status == 0 && result.stdout == "imported 4 persons from \(persons) (seq 4–7)\n", "\(result)")
        result = try session.ledger("person", "import", persons)
        #expect(result.status == 0 && result.stdout == "nothing new in \(persons): all 4 persons are already in the ledger with the same data\n")

        result = try session.ledger("person", "add", "UA-0002", "--held-by", "RU", "--belongs-to", "UA", "--category", "child",
                                    "--family-name", "Шаблонченко", "--given-name", "Олена", "--birth-date", "2013-02")
        #expect(result.stdout == "added person UA-0002 (seq 8)\n", "\(result)")

        result = try session.ledger("add", "--agreement", "IST-2025-05-16", "--from", "RU", "--to", "UA", "--on", "2025-05-23",
                                    "--stage", "1", "--pow", "270", "--civilian", "120")
        #expect(result.stdout == "recorded batch B-9: 390 from RU to UA on 2025-05-23, count only (seq 9)\n", "\(result)")

        let manifest = try session.write("released.csv", "id\nRU-0001\nRU-0003\n")
        result = try session.ledger("add", "--agreement", "IST-2025-05-16", "--from", "UA", "--to", "RU", "--on", "2025-05-23",
                                    "--stage", "1", "--manifest", manifest)
        #expect(result.stdout == "recorded batch B-10: 2 from UA to RU on 2025-05-23, 2 named (seq 10)\n", "\(result)")

        result = try session.ledger("person", "show", "RU-0001")
        #expect(result.stdout.contains("status             repatriated"), "\(result)")
        #expect(result.stdout.contains("batch.add"))

        try session.ledger("add", "--agreement", "IST-2025-05-16", "--from", "RU", "--to", "UA", "--on", "2025-05-24", "--stage", "2", "--pow", "307")
        result = try session.ledger("void", "B-11", "--reason", "entered twice")
        #expect(result.stdout == "voided batch B-11 (seq 12)\n", "\(result)")

        result = try session.ledger("batches", "--agreement", "IST-2025-05-16", "--format", "csv")
        let lines = result.stdout.split(separator: "\r\n").map(String.init)
        #expect(lines.first == "batch,agreement,on,stage,from,to,pow,civilian,child,remains,total,named,status,over_quota_reason,void_reason,place,note,seq")
        #expect(lines.dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false).prefix(13).joined(separator: ",") } == [
            "B-9,IST-2025-05-16,2025-05-23,1,RU,UA,270,120,,,390,no,recorded",
            "B-10,IST-2025-05-16,2025-05-23,1,UA,RU,1,1,,,2,yes,recorded",
            "B-11,IST-2025-05-16,2025-05-24,2,RU,UA,307,,,,307,no,void",
        ])

        result = try session.ledger("agreement", "list")
        #expect(result.stdout.contains("IST-2025-05-16  RU    UA  pow+civilian   1,000        390      0      390        -610        1           0       1"), "\(result)")

        result = try session.ledger("log", "--kind", "batch.void", "--format", "json")
        let log = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]]
        #expect(log?.count == 1)
        #expect(log?.first?["payload"] as? String == #"{"batch":"B-11","reason":"entered twice"}"#)
        #expect(log?.first?["actor"] as? String == "e2e")

        let head = try session.ledger("head")
        #expect(head.stdout.range(of: #"^12:[0-9a-f]{64}\n$"#, options: .regularExpression) != nil, "\(head)")
        result = try session.ledger("verify")
        #expect(result.status == 0 && result.stdout.hasPrefix("ok: 12 entries, chain intact, projections match the replay"), "\(result)")
        result = try session.ledger("verify", "--expect-head", head.stdout.trimmingCharacters(in: .newlines))
        #expect(result.status == 0 && result.stdout.contains("expected head 12 present and unchanged"), "\(result)")
    }

    @Test func theDemoBuildsTheFiguresOf2025AndVerifies() throws {
        let session = try Session()
        var result = try session.bare(["demo"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.hasPrefix("built the demo ledger ledger-demo.sqlite\n"))
        // Ukraine received 6,057 bodies in five transfers under the 6,000-for-6,000 deal; Russia 78.
        #expect(result.stdout.contains("IST-2025-06-02-REMAINS  RU    UA  remains        6,000      6,057      0    6,057          57        5           1       0"), "\(result)")
        #expect(result.stdout.contains("IST-2025-06-02-REMAINS  UA    RU  remains        6,000         78      0       78      -5,922        2           0       1"))
        #expect(result.stdout.contains("IST-2025-05-16          UA    RU  pow+civilian   1,000      1,000  1,000        0           0        3           0       0"))
        #expect(result.stdout.contains("Try next:"))
        // The list of 339 children handed over on 2 June, partly answered; half the medical list released.
        #expect(result.stdout.contains("CHILDREN-2025-06-02  handed-over  UA    RU  2025-06-02      339   288        41        10  open "), "\(result)")
        #expect(result.stdout.contains("MEDICAL-1            priority           RU  2025-06-20       24    12        12         0  open "), "\(result)")
        // The fictional Kupiansk window: 16 bodies recovered, all handed over by name, six identified (one
        // of them found to be Russian and handed back), two awaiting DNA.
        #expect(result.stdout.contains("KUPIANSK-2025-06-19     RU    UA  remains          all         10     10        0                    1           0       0"), "\(result)")
        #expect(result.stdout.contains("W-2025-06-KUPIANSK  Kupiansk, 12 km segment (fict…  2025-06-20  2025-06-22     3  UA,RU             16           16           6            2             8             1  "), "\(result)")
        let demo = session.scratch.path("ledger-demo.sqlite")
        result = try session.bare(["verify", "--db", demo])
        #expect(result.status == 0, "\(result)")
        let before = try dump(demo)
        result = try session.bare(["demo"])
        #expect(result.status == 0 && result.stdout.hasPrefix("ledger-demo.sqlite already exists; showing it"), "\(result)")
        #expect(try dump(demo) == before)
        result = try session.bare(["--db", demo, "batches", "--agreement", "IST-2025-05-16", "--format", "json"])
        let batches = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]]
        #expect(batches?.compactMap { $0["total"] as? Int } == [390, 390, 307, 307, 303, 303])
        // The commission's sitting: one prisoner refused repatriation, and one finding was revised.
        result = try session.bare(["--db", demo, "priority", "--held-by", "RU"])
        #expect(result.stdout.hasSuffix("Not listed: 1 refused repatriation (GC III Art. 109); 340 held but never assessed.\n"), "\(result)")
        result = try session.bare(["--db", demo, "remains", "report", "--format", "csv"])
        #expect(result.stdout.split(separator: "\r\n") == [
            "scope,id,party,received,handed_over,identified,dna_pending,unidentified,mis_assigned",
            "agreement,IST-2025-06-02-REMAINS,UA,6057,78,0,0,6057,0",
            "agreement,IST-2025-06-02-REMAINS,RU,78,6057,0,0,78,0",
            "agreement,KUPIANSK-2025-06-19,UA,10,7,6,2,2,1",
            "agreement,KUPIANSK-2025-06-19,RU,7,10,1,0,6,0",
            "window,W-2025-06-KUPIANSK,,16,16,6,2,8,1",
        ], "\(result)")
        // The superseded identification gave DEMO-UA-0905 back the status missing.
        result = try session.bare(["--db", demo, "person", "list", "--status", "deceased", "--format", "csv"])
        #expect(result.stdout.split(separator: "\r\n").dropFirst().map { $0.prefix(12) } == ["DEMO-UA-0901", "DEMO-UA-0902", "DEMO-UA-0903", "DEMO-UA-0904", "DEMO-UA-0906"])
        result = try session.bare(["--db", demo, "assess", "DEMO-UA-0012", "--history", "--format", "csv"])
        // CSV lines end in CRLF, one Character in Swift.
        #expect(result.stdout.split(whereSeparator: \.isNewline).map { $0.split(separator: ",").prefix(2).joined(separator: ",") }
            == ["on,category", "2025-06-20,long-term", "2025-06-05,not-eligible"], "\(result)")
    }
}
