import Foundation
import LedgerTestSupport
import Testing

/// Record files as spreadsheets save them: semicolons, trailing empty columns, cleared rows, and
/// encodings other than UTF-8. Each is read by one rule for every kind of record file.
@Suite struct SpreadsheetFileTests {
    static let header = "id,held_by,belongs_to,category,family_name"

    @Test("a file saved with semicolons is said once, for a persons file as for a manifest",
          arguments: [["person", "import", "semi.csv"],
                      ["add", "--agreement", "IST-2025-05-16", "--from", "UA", "--to", "RU", "--on", "2025-05-23", "--manifest", "semi.csv"]])
    func semicolons(arguments: [String]) throws {
        let session = try Session.withAgreements()
        try session.write("semi.csv", "id;held_by;belongs_to;category;family_name\nRU-0100;UA;RU;pow;Тестов\nRU-0101;UA;RU;pow;Пробов\n")
        let before = try dump(session.db)
        let result = try session.ledger(arguments)
        #expect(result.status == 65, "\(result)")
        #expect(result.errorLines == ["error: semi.csv:1: the columns are separated by ';'; save the file as CSV with commas"], "\(result)")
        #expect(try dump(session.db) == before)
    }

    @Test("a trailing empty column and rows of commas are read as a spreadsheet meant them")
    func trailingColumnAndClearedRows() throws {
        let session = try Session.withAgreements()
        try session.write("sheet.csv", "\(Self.header),,\nRU-0100,UA,RU,pow,Тестов,,\n,,,,,,\n , ,,,,,\nRU-0101,UA,RU,pow,Пробов,,\n")
        let imported = try session.ledger("person", "import", "sheet.csv")
        #expect(imported.status == 0, "\(imported)")
        #expect(try session.value("SELECT count(*) FROM persons") == "2")

        try session.write("manifest.csv", "id,\nRU-0100,\n,\nRU-0101,\n")
        let added = try session.ledger("add", "--agreement", "IST-2025-05-16", "--from", "UA", "--to", "RU", "--on", "2025-05-23",
                                       "--manifest", "manifest.csv")
        #expect(added.status == 0, "\(added)")
        #expect(added.stdout.contains("2 named"), "\(added)")
    }

    @Test("a value under an unnamed column is still refused")
    func valueUnderUnnamedColumn() throws {
        let session = try Session.withAgreements()
        try session.write("sheet.csv", "\(Self.header),\nRU-0100,UA,RU,pow,Тестов,stray\n")
        let result = try session.ledger("person", "import", "sheet.csv")
        #expect(result.status == 65, "\(result)")
        #expect(result.errorLines == ["error: sheet.csv:2:1: expected 5 fields as in the header, found 6"], "\(result)")
    }

    @Test("a file in Windows-1251 is said once, with how to save it as UTF-8")
    func notUTF8() throws {
        let session = try Session.withAgreements()
        // "Петров" and "Сидоров" in Windows-1251: П is 0xCF, С is 0xD1.
        let rows: [[UInt8]] = [
            Array("\(Self.header)\nRU-0100,UA,RU,pow,".utf8), [0xCF, 0xE5, 0xF2, 0xF0, 0xEE, 0xE2],
            Array("\nRU-0101,UA,RU,pow,".utf8), [0xD1, 0xE8, 0xE4, 0xEE, 0xF0, 0xEE, 0xE2], Array("\n".utf8),
        ]
        try Data(rows.joined()).write(to: URL(fileURLWithPath: session.scratch.path("cp1251.csv")))
        let before = try dump(session.db)
        let result = try session.ledger("person", "import", "cp1251.csv")
        #expect(result.status == 65, "\(result)")
        #expect(result.errorLines == ["error: cp1251.csv:2:19: not UTF-8 (byte 0xCF); save the file as UTF-8 — in a spreadsheet, CSV UTF-8"],
                "\(result)")
        #expect(try dump(session.db) == before)
    }
}
