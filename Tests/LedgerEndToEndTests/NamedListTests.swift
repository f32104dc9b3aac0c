import Foundation
import LedgerTestSupport
import Testing

/// A list handed across the table, followed entry by entry; and what `verify` makes of
/// projections of the medical commission and the lists edited behind the journal.
@Suite struct NamedListTests {
    @Test func aChildrensListIsImportedThenResolvedEntryByEntry() throws {
        let session = try Session.withSitting()
        try session.importFile("children-persons.csv", Session.childrenPersonsCSV, ["person", "import"])
        let importList = ["list", "import", "CHILDREN-2025-06-02", "--from", "UA", "--to", "RU", "--on", "2025-06-02", "--file", "children.csv"]
        try session.write("children.csv", Session.childrenCSV)
        var result = try session.ledger(importList)
        #expect(result.status == 0 && result.stderr.isEmpty, "\(result)")
        #expect(result.stdout == "imported 5 entries of list CHILDREN-2025-06-02 from children.csv (seq 33)\n", "\(result)")
        let imported = try dump(session.db)
        result = try session.ledger(importList)
        #expect(result.status == 0 && result.stderr.isEmpty, "\(result)")
        #expect(result.stdout == "nothing new in children.csv: all 5 entries of list CHILDREN-2025-06-02 are already in the ledger with the same data\n",
                "\(result)")
        #expect(try dump(session.db) == imported)

        let resolve = ["list", "resolve", "CHILDREN-2025-06-02"]
        for (arguments, confirmation) in [
            (["1", "--as", "returned", "--on", "2025-07-10", "--note", "Returned via Belarus,\nconfirmed by the ombudsman"], "entry 1 of CHILDREN-2025-06-02 is now resolved as returned (seq 34)"),
            (["UA-0202", "--as", "disputed", "--on", "2025-07-12", "--note", "RU says she lives with relatives"], "entry UA-0202 of CHILDREN-2025-06-02 is now disputed (seq 35)"),
        ] {
            result = try session.ledger(resolve + arguments)
            #expect(result.status == 0 && result.stderr.isEmpty && result.stdout == confirmation + "\n", "\(result)")
        }
        result = try session.ledger("lists", "--format", "csv")
        #expect(result.stdout == "list,origin,from,to,on,entries,open,resolved,disputed,status,seq\r\nCHILDREN-2025-06-02,handed-over,UA,RU,2025-06-02,5,3,1,1,open,33\r\n",
                "\(result)")

        for arguments in [["3", "--as", "returned", "--on", "2025-08-01", "--note", "Handed over at the Belarus border"],
                          ["2", "--as", "not-found", "--on", "2025-08-01", "--note", "No trace in the registers"],
                          ["4", "--as", "disputed", "--on", "2025-08-02", "--note", "RU says she was never relocated"],
                          ["UA-0201", "--as", "disputed", "--on", "2025-08-03", "--note", "Not seen at the border after all"],
                          ["5", "--as", "adult", "--on", "2025-08-04", "--note", "Turned 16; stays of his own will"]] {
            result = try session.ledger(resolve + arguments)
            #expect(result.status == 0, "\(result)")
        }
        result = try session.ledger("lists")
        #expect(result.stdout == """
            list                 origin       from  to  on          entries  open  resolved  disputed  status    seq
            -------------------  -----------  ----  --  ----------  -------  ----  --------  --------  --------  ---
            CHILDREN-2025-06-02  handed-over  UA    RU  2025-06-02        5     0         3         2  disputed   33

            """, "\(result)")

        result = try session.ledger("list", "show", "CHILDREN-2025-06-02", "--format", "csv")
        #expect(result.stdout == """
            entry,person,family_name,given_name,patronymic,birth_date,status,outcome,resolved_on,batch,note,notes\r
            1,UA-0201,Шевченко,Марія,Іванівна,2012-05,disputed,disputed,2025-08-03,,Not seen at the border after all,"Taken from Kherson region;
            seen in a camp near Anapa"\r
            2,,Коваль,Олександр,,2015,resolved,not-found,2025-08-01,,No trace in the registers,\r
            3,UA-0202,Іваненко,Софія,Петрівна,2010-09-14,resolved,returned,2025-08-01,,Handed over at the Belarus border,\r
            4,,Бойко,Дарина,,2013,disputed,disputed,2025-08-02,,RU says she was never relocated,Relocated with her grandmother\r
            5,,Ткачук,Максим,Сергійович,2009-03,resolved,adult,2025-08-04,,Turned 16; stays of his own will,\r

            """, "\(result)")
        result = try session.ledger("list", "show", "CHILDREN-2025-06-02")
        #expect(Session.lines(result.stdout).prefix(3) == [
            "list CHILDREN-2025-06-02: handed over by UA to RU on 2025-06-02 (seq 33)", "entries: 5; 0 open, 3 resolved, 2 disputed", "",
        ], "\(result)")

        for (person, seqs) in [("UA-0201", ["31 person.add", "33 list.add", "34 list.resolve", "39 list.resolve"]),
                               ("UA-0202", ["32 person.add", "33 list.add", "35 list.resolve", "36 list.resolve"])] {
            #expect(try session.history(of: person) == seqs, "\(person)")
        }
        try session.expectVerified(entries: 40)
    }

    /// A batch settles the entries naming its persons on every list, over a resolution by hand;
    /// voiding it brings back the hand resolution, or reopens the entry.
    @Test func aBatchSettlesEveryListNamingThePersonAndItsVoidUndoesJustThat() throws {
        let session = try Session.withLists()
        try session.write("release.csv", "id\nUA-0201\nUA-0102\n")
        var result = try session.ledger("add", "--agreement", "IST-2025-05-16", "--from", "RU", "--to", "UA", "--on", "2025-07-20",
                                        "--manifest", "release.csv", "--over-quota-reason", "a child returned with the wounded")
        #expect(result.stdout == "recorded batch B-36: 2 from RU to UA on 2025-07-20, 2 named; over quota: a child returned with the wounded (seq 36)\n",
                "\(result)")
        try Self.expectStanding(session, child: "released,2025-07-20,B-36,", medical: "resolved,released,2025-07-20,B-36", counts: ["4,1", "8,1"])

        result = try session.ledger("void", "B-36", "--reason", "entered twice")
        #expect(result.stdout == "voided batch B-36 (seq 37)\n", "\(result)")
        try Self.expectStanding(session, child: "returned,2025-07-10,,\"Returned via Belarus, confirmed by the ombudsman\"",
                                medical: "open,,,", counts: ["4,1", "9,0"])
        #expect(try session.history(of: "UA-0201") == [
            "32 person.add", "34 list.add", "35 list.resolve", "36 batch.add", "37 batch.void",
        ])
        try session.expectVerified(entries: 37)
    }

    /// A batch dated before a list does not settle it, whichever was recorded first, as a
    /// resolution by hand may not be dated before its list; the journal still verifies.
    @Test func aBatchSettlesOnlyTheListsDatedOnOrBeforeItsDay() throws {
        let session = try Session.withLists()
        try session.write("release.csv", "id\nUA-0201\nUA-0102\n")
        var result = try session.ledger("add", "--agreement", "IST-2025-05-16", "--from", "RU", "--to", "UA", "--on", "2025-06-12",
                                        "--manifest", "release.csv", "--over-quota-reason", "a child returned with the wounded")
        #expect(result.status == 0, "\(result)")
        try Self.expectStanding(session, child: "released,2025-06-12,B-36,", medical: "open,,,", counts: ["4,1", "9,0"])
        result = try session.ledger("list", "resolve", "MEDICAL-2025-06", "UA-0102", "--as", "returned", "--on", "2025-06-12", "--note", "x")
        #expect(result.status == 65 && result.errorLines == ["error: date 2025-06-12 is before list MEDICAL-2025-06 of 2025-06-20"], "\(result)")
        try session.expectVerified(entries: 36)
    }

    @Test func aSavedListIsDatedByOnAndNeverInTheFuture() throws {
        let session = try Session.withLists()
        let before = try dump(session.db)
        var result = try session.ledger("priority", "--held-by", "RU", "--save-list", "MEDICAL-2", "--on", "2099-01-01")
        #expect(result.status == 65 && result.stdout.isEmpty, "\(result)")
        #expect(result.errorLines == ["error: date 2099-01-01 is in the future (today is \(Session.today))"], "\(result)")
        #expect(try dump(session.db) == before)
        result = try session.ledger("priority", "--held-by", "RU", "--save-list", "MEDICAL-2", "--on", "2025-06-21")
        #expect(result.status == 0, "\(result)")
        #expect(try session.ledger("lists", "--format", "csv").stdout.contains("MEDICAL-2,priority,,RU,2025-06-21,"))
    }

    /// Entry 1 of the children's list (UA-0201) and entry 2 of the medical list (UA-0102) as
    /// `list show` has them, and "open,resolved" of each list as `lists` counts them.
    static func expectStanding(_ session: Session, child: String, medical: String, counts: [String]) throws {
        let children = try session.ledger("list", "show", "CHILDREN-2025-06-02", "--format", "csv").stdout
        #expect(children.split(separator: "\r\n")[1] == "1,UA-0201,Шевченко,Марія,Іванівна,2012-05,resolved,\(child),\"Taken from Kherson region;\nseen in a camp near Anapa\"",
                "\(children)")
        let medicalList = try session.ledger("list", "show", "MEDICAL-2025-06", "--format", "csv").stdout
        #expect(medicalList.split(separator: "\r\n")[2].hasPrefix("2,UA-0102,Шевчук,Богдан,,1990-04-12,\(medical),,\""), "\(medicalList)")
        let lists = try session.ledger("lists", "--format", "csv").stdout
        #expect(lists == """
            list,origin,from,to,on,entries,open,resolved,disputed,status,seq\r
            CHILDREN-2025-06-02,handed-over,UA,RU,2025-06-02,5,\(counts[0]),0,open,34\r
            MEDICAL-2025-06,priority,,RU,2025-06-20,9,\(counts[1]),0,open,31\r

            """, "\(lists)")
    }

    struct Tampering: CustomTestStringConvertible, Sendable {
        var sql: String
        var stderr: String
        var testDescription: String { sql }
    }

    /// Projections edited, forged or stripped of their index through the sqlite3 shell: `verify`
    /// exits 1 and names the entry the row came from (or the schema object that is missing).
    @Test(arguments: [
        Tampering(sql: "UPDATE medical_status SET severity = 1 WHERE person_id = 'UA-0101'",
                  stderr: "verify failed: seq 19: medical_status row person_id=UA-0101 differs from the journal: severity is 1 in the database but 5 by replay"),
        Tampering(sql: "UPDATE consents SET refuses = 0 WHERE person_id = 'UA-0110'",
                  stderr: "verify failed: seq 30: consents row person_id=UA-0110, on_date=2025-06-06 differs from the journal: refuses is 0 in the database but 1 by replay"),
        Tampering(sql: "DELETE FROM list_resolutions WHERE list_id = 'CHILDREN-2025-06-02' AND entry = '1'",
                  stderr: "verify failed: seq 35: list_resolutions row list_id=CHILDREN-2025-06-02, entry=1, seq=35 made by the journal is missing from the database"),
        Tampering(sql: "UPDATE list_entries SET family_name = 'Інша' WHERE list_id = 'MEDICAL-2025-06' AND entry = '2'",
                  stderr: "verify failed: seq 31: list_entries row list_id=MEDICAL-2025-06, entry=2 differs from the journal: family_name is \"Інша\" in the database but \"Шевчук\" by replay"),
        Tampering(sql: "INSERT INTO consents VALUES ('UA-0111', '2025-07-01', 1, 'forged', 1, 30, 30)",
                  stderr: "verify failed: seq 30: consents row person_id=UA-0111, on_date=2025-07-01 is in the database but no journal entry made it"),
        Tampering(sql: "DROP INDEX medical_priority", stderr: "verify failed: schema: index medical_priority is missing"),
    ])
    func verifyNamesTheSeqOfATamperedRow(_ tampering: Tampering) throws {
        let session = try Session.withLists()
        #expect(try sqlite3(session.db, tampering.sql).status == 0)
        let result = try session.ledger("verify")
        #expect(result.status == 1, "\(result)")
        #expect(result.stdout.isEmpty, "\(result)")
        #expect(result.stderr == tampering.stderr + "\n", "\(result)")
    }
}
