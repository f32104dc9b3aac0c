import Foundation
import LedgerCSV
import LedgerDomain
import LedgerStore
import LedgerTestSupport
import Testing

@Suite struct ImportTests {
    @Test func reimportingTheSameFileAddsNothingAndSaysSo() throws {
        let fixture = try Fixture()
        let before = try dump(fixture.path)
        let summary = try fixture.ledger.importPersons(csvPath: fixture.scratch.path("persons.csv"))
        #expect(summary == ImportSummary(added: 0, unchanged: 4, seqs: nil))
        #expect(try dump(fixture.path) == before)
    }

    @Test func aFileWithNewAndKnownRowsAddsOnlyTheNewOnes() throws {
        let fixture = try Fixture()
        let csv = try fixture.scratch.write("more.csv", Fixture.personsHeader + """
            RU-1,UA,RU,pow,Примеров,Иван,Primerov,1990-04,2024-01-02
            RU-20,UA,RU,pow,Выдумкин,Николай,Vydumkin,1979,2024-03-03

            """)
        // RU-1 was imported as held and has since been repatriated: the row still matches how it was added.
        #expect(try fixture.ledger.importPersons(csvPath: csv) == ImportSummary(added: 1, unchanged: 1, seqs: 12...12))
    }

    @Test func aKnownIdWithOtherDataIsRejectedAtItsRow() throws {
        let fixture = try Fixture()
        let csv = try fixture.scratch.write("changed.csv", Fixture.personsHeader + "RU-1,UA,RU,pow,Примеров,Иван,Primerov,1991,2024-01-02\n")
        #expect(throws: LedgerError.rejected([Problem("id RU-1 is already in the ledger (seq 4) with different data: birth_date: 1991 here, 1990-04 in the ledger",
                                                      at: SourceLocation(file: csv, line: 2, column: 1))])) {
            try fixture.ledger.importPersons(csvPath: csv)
        }
    }

    @Test func everyBadRowIsListedAtItsLineAndColumnAndNothingIsWritten() throws {
        let fixture = try Fixture()
        let before = try dump(fixture.path)
        let csv = try fixture.scratch.write("bad.csv", Fixture.personsHeader + """
            RU-30,UA,RU,pow,Тестов,Иван,Testov,1990-02-30,
            RU-31,UA,RU,soldier,Тестов,Иван,Тестов,,
            RU 32,UA,RU,pow,Тестов,Иван,,,2099-01-01
            RU-33,UA,RU,pow,"Тестов
            Второй",Иван,,,
            RU-34,UA,PL,pow,Тестов,Иван,,,
            RU-35,UA,RU,pow,Тестов
            RU-36,UA,RU,pow,Тестов,Иван,,,
            RU-36,UA,RU,pow,Тестов,Иван,,,

            """)
        let rejected = try #require(rejection { _ = try fixture.ledger.importPersons(csvPath: csv) })
        #expect(rejected.omitted == 0)
        #expect(rejected.problems.map(\.description) == [
                "\(csv):2:36: birth_date: '1990-02-30' is not a date (1990, 1990-04 or 1990-04-12)",
                "\(csv):3:13: category: 'soldier' is not one of pow, civilian, child",
                "\(csv):3:33: family_name_latin: 'Тестов' is not in Latin letters (found 'Т')",
                "\(csv):4:1: id: 'RU 32' may hold only letters A–Z, digits and . _ : / -",
                "\(csv):4:31: captured_on: 2099-01-01 is in the future (today is 2026-11-26)",
                "\(csv):5:17: family_name: contains the control character U+000A",
                "\(csv):7:10: belongs_to: unknown party PL",
                "\(csv):8:1: expected 9 fields as in the header, found 5",
                "\(csv):10:1: id RU-36 appears twice in this file (first at line 9)",
        ])
        #expect(try dump(fixture.path) == before)
    }

    @Test func anIdTwiceInOneFileIsAnErrorEvenWhenTheLedgerHasItWithTheSameData() throws {
        let fixture = try Fixture()
        let row = "RU-1,UA,RU,pow,Примеров,Иван,Primerov,1990-04,2024-01-02\n"
        let csv = try fixture.scratch.write("twice.csv", Fixture.personsHeader + row + row)
        let rejected = try #require(rejection { _ = try fixture.ledger.importPersons(csvPath: csv) })
        #expect(rejected.problems.map(\.description) == ["\(csv):3:1: id RU-1 appears twice in this file (first at line 2)"])
    }

    @Test func aHeaderWithoutRowsIsRejected() throws {
        let fixture = try Fixture()
        let csv = try fixture.scratch.write("header-only.csv", Fixture.personsHeader)
        #expect(throws: LedgerError.rejected([Problem("the file has a header but no persons", at: SourceLocation(file: csv))])) {
            try fixture.ledger.importPersons(csvPath: csv)
        }
    }

    @Test func aListWrittenByTheLedgerReadsBackAsTheSameData() throws {
        let fixture = try Fixture()
        _ = try fixture.ledger.addPerson(fields: [.id: "RU-50", .heldBy: "UA", .belongsTo: "RU", .category: "pow",
                                                  .familyName: "=Тестов", .givenName: "'+Иван", .notes: "- left arm\n@ field hospital"])
        let written = try fixture.scratch.write("written.csv", Fixture.personsHeader.replacingOccurrences(of: "captured_on", with: "captured_on,notes")
            + CSVWriter.line(["RU-50", "UA", "RU", "pow", "=Тестов", "'+Иван", "", "", "", "- left arm\n@ field hospital"].map { .text($0) }))
        #expect(try String(contentsOfFile: written, encoding: .utf8).contains("'=Тестов,''+Иван"))
        #expect(try fixture.ledger.importPersons(csvPath: written) == ImportSummary(added: 0, unchanged: 1, seqs: nil))
    }

    @Test func aLongListOfProblemsIsCutAtFiftyAndCounted() throws {
        let fixture = try Fixture()
        let rows = (1...120).map { "RU-\($0 + 100),UA,RU,pow,Тестов,Иван,,1990-13,\n" }.joined()
        let csv = try fixture.scratch.write("many.csv", Fixture.personsHeader + rows)
        let rejected = try #require(rejection { _ = try fixture.ledger.importPersons(csvPath: csv) })
        #expect(rejected.problems.count == 50)
        #expect(rejected.omitted == 70)
        #expect(rejected.problems.last?.location?.line == 51)
    }

    @Test(arguments: [
        ("", "the file is empty; the first row must name the columns"),
        ("id,held_by,belongs_to,category\n", "required column family_name is missing"),
        ("id,held_by,belongs_to,category,family_name,nickname\n", "unknown column 'nickname'"),
        ("id,held_by,belongs_to,category,family_name,id\n", "column id appears twice"),
    ])
    func aBadHeaderIsRejected(header: String, message: String) throws {
        let fixture = try Fixture()
        let csv = try fixture.scratch.write("header.csv", header)
        let rejected = try #require(rejection { _ = try fixture.ledger.importPersons(csvPath: csv) })
        #expect(rejected.problems.contains { $0.message.hasPrefix(message) }, "\(rejected.problems)")
    }

    @Test func aMissingFileIsUnavailableInput() throws {
        let fixture = try Fixture(populated: false)
        let missing = fixture.scratch.path("absent.csv")
        #expect(throws: LedgerError.inputUnavailable(path: missing, reason: "no such file or directory")) {
            try fixture.ledger.importPersons(csvPath: missing)
        }
        #expect(throws: LedgerError.inputUnavailable(path: fixture.scratch.directory.path, reason: "is a directory")) {
            try fixture.ledger.importPersons(csvPath: fixture.scratch.directory.path)
        }
    }

    @Test func aSpreadsheetExportWithByteOrderMarkAndCRLFImports() throws {
        let fixture = try Fixture()
        let csv = fixture.scratch.path("excel.csv")
        let text = "\u{FEFF}" + Fixture.personsHeader.replacingOccurrences(of: "\n", with: "\r\n")
            + "RU-40,UA,RU,child,\"Примерова, \"\"Маша\"\"\",Мария,Primerova,2012-05,\r\n"
        let withNotes = text.replacingOccurrences(of: "captured_on\r\n", with: "captured_on,notes\r\n")
            .replacingOccurrences(of: "2012-05,\r\n", with: "2012-05,,\"found with her aunt\r\nin Kherson\"\r\n")
        try Data(withNotes.utf8).write(to: URL(fileURLWithPath: csv))
        #expect(try fixture.ledger.importPersons(csvPath: csv).added == 1)
        let person = try fixture.ledger.person(id: "RU-40").person
        #expect(person.fields[.familyName] == "Примерова, \"Маша\"")
        #expect(person.category == .child)
        // A line break inside a quoted field of a CRLF file is stored as LF.
        #expect(Array(person.fields[.notes]!.utf8) == Array("found with her aunt\nin Kherson".utf8))
    }
}
