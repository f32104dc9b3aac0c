import Testing
@testable import LedgerCSV

@Suite("CSVWriter")
struct CSVWriterTests {
    @Test("plain text is written as it is", arguments: ["Іван", "P-1", "a b", "😀", "x'y", "1990-04-12", "", "a\tb", "trailing=", "x-1"])
    func plain(text: String) {
        #expect(CSVWriter.field(.text(text)) == text)
    }

    @Test("text with a comma, quote or line break is quoted, quotes doubled", arguments: [
        ("a,b", "\"a,b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""), ("\"", "\"\"\"\""), ("line1\nline2", "\"line1\nline2\""),
        ("a\r\nb", "\"a\r\nb\""), ("a\rb", "\"a\rb\""), ("Петренко, Іван", "\"Петренко, Іван\""),
    ])
    func quoting(text: String, expected: String) {
        #expect(CSVWriter.field(.text(text)) == expected)
    }

    @Test("text a spreadsheet would run as a formula gets a leading apostrophe", arguments: [
        ("=SUM(A1:A9)", "'=SUM(A1:A9)"), ("+380501234567", "'+380501234567"), ("-5", "'-5"), ("@cmd", "'@cmd"),
        ("\tx", "'\tx"), ("=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""),
        ("\rx", "\"'\rx\""), ("=a,b", "\"'=a,b\""), ("-", "'-"),
    ])
    func formulaGuard(text: String, expected: String) {
        #expect(CSVWriter.field(.text(text)) == expected)
    }

    @Test("numbers are written raw, negative ones too", arguments: [(0, "0"), (6057, "6057"), (-5, "-5"), (Int.min, "-9223372036854775808")])
    func numbers(value: Int, expected: String) {
        #expect(CSVWriter.field(.number(value)) == expected)
    }

    @Test("an empty cell is empty")
    func empty() {
        #expect(CSVWriter.field(.empty) == "")
    }

    @Test("a line joins its cells with commas and ends with CRLF")
    func line() {
        #expect(CSVWriter.line([.text("UA"), .number(-78), .empty, .text("a,b"), .text("=1+1")]) == "UA,-78,,\"a,b\",'=1+1\r\n")
        #expect(CSVWriter.line([]) == "\r\n")
    }

    @Test(
        "a record of one empty field reads back as one empty field")
    func singleEmptyField() throws {
        let reader = CSVReader(bytes: Array((CSVWriter.line([.text("")]) + CSVWriter.line([.text("x")])).utf8))
        #expect(try reader.next()?.fields == [""])
        #expect(try reader.next()?.fields == ["x"])
    }

    @Test(
        "a comma or quote followed by a combining mark is still quoted")
    func combiningMarks() {
        #expect(sameBytes([CSVWriter.field(.text("a,\u{301}b"))], ["\"a,\u{301}b\""]))
        let text = CSVWriter.line([.text("a,\u{301}b"), .text("x\"\u{301}"), .text("c")])
        #expect(readAll(text).map { $0.fields.map { sameBytes($0, ["a,\u{301}b", "x\"\u{301}", "c"]) } } == [true])
    }
}
