import Testing
@testable import LedgerCSV

@Suite("CSVReader(bytes:): records and positions")
struct CSVReaderTests {
    @Test("plain fields, with and without a final line end")
    func plainFields() {
        #expect(readAll("a,b,c\n") == [record(["a", "b", "c"], line: 1, at: [(1, 1), (1, 3), (1, 5)])])
        #expect(readAll("id,name\nP-1,Ivan") == [
            record(["id", "name"], line: 1, at: [(1, 1), (1, 4)]),
            record(["P-1", "Ivan"], line: 2, at: [(2, 1), (2, 5)]),
        ])
        #expect(readAll("") == [])
    }

    @Test("quoted fields hold commas, doubled quotes and line breaks")
    func quotedFields() {
        let text = "\"a,b\",\"say \"\"hi\"\"\",\"line1\nline2\",plain\nnext\n"
        #expect(readAll(text) == [
            record(["a,b", "say \"hi\"", "line1\nline2", "plain"], line: 1, at: [(1, 1), (1, 7), (1, 20), (2, 8)]),
            record(["next"], line: 3, at: [(3, 1)]),
        ])
    }

    @Test("a quoted field keeps CR, CRLF and quotes as content")
    func quotedLineEnds() {
        #expect(readAll("\"a\r\nb\",\"c\rd\",\"\"\"\"\r\n").map(\.fields) == [["a\r\nb", "c\rd", "\""]])
    }

    @Test("empty fields, quoted or not")
    func emptyFields() {
        #expect(readAll(",a,,\n") == [record(["", "a", "", ""], line: 1, at: [(1, 1), (1, 2), (1, 4), (1, 5)])])
        #expect(readAll("\"\",x,\"\"") == [record(["", "x", ""], line: 1, at: [(1, 1), (1, 4), (1, 6)])])
        #expect(readAll("a,") == [record(["a", ""], line: 1, at: [(1, 1), (1, 3)])])
    }

    @Test("spaces are part of the field")
    func spacesKept() {
        #expect(readAll(" a , b \n").map(\.fields) == [[" a ", " b "]])
    }

    @Test("CRLF and LF line ends, mixed in one file")
    func lineEnds() {
        #expect(readAll("a,b\r\nc,d\r\n") == [
            record(["a", "b"], line: 1, at: [(1, 1), (1, 3)]),
            record(["c", "d"], line: 2, at: [(2, 1), (2, 3)]),
        ])
        #expect(readAll("a,b\nc,d\n") == readAll("a,b\r\nc,d\r\n"))
        #expect(readAll("\"q\"\r\nx\ny\r\n").map(\.fields) == [["q"], ["x"], ["y"]])
    }

    @Test("a UTF-8 byte-order mark at the start is skipped and takes no column")
    func byteOrderMark() {
        #expect(readAll(bytes: [0xEF, 0xBB, 0xBF] + Array("id,name\nP-1,Іван\n".utf8)) == [
            record(["id", "name"], line: 1, at: [(1, 1), (1, 4)]),
            record(["P-1", "Іван"], line: 2, at: [(2, 1), (2, 5)]),
        ])
        #expect(readAll(bytes: [0xEF, 0xBB, 0xBF]) == [])
        #expect(readAll(bytes: [0xEF, 0xBB, 0xBF] + Array("\"q\"".utf8)).map(\.fields) == [["q"]])
    }

    @Test("a byte-order mark after the start is content")
    func laterByteOrderMark() {
        #expect(sameBytes(readAll("a\n\u{FEFF}b\n").compactMap(\.fields).last ?? [], ["\u{FEFF}b"]))
    }

    @Test("empty lines are skipped, LF or CRLF, and lines still count")
    func emptyLines() {
        #expect(readAll("\n\na\n\n\r\n\nb\n\n") == [
            record(["a"], line: 3, at: [(3, 1)]),
            record(["b"], line: 7, at: [(7, 1)]),
        ])
    }

    @Test("columns count characters: a Cyrillic letter or an emoji is one column")
    func characterColumns() {
        #expect(readAll("Іван,Петренко,😀,x\n") == [record(["Іван", "Петренко", "😀", "x"], line: 1, at: [(1, 1), (1, 6), (1, 15), (1, 17)])])
        // A combining accent is a character of its own in an editor's column count.
        #expect(readAll("e\u{301},x") == [record(["e\u{301}", "x"], line: 1, at: [(1, 1), (1, 4)])])
        #expect(readAll("\"Щ,ї\",\"ж\nЖж\",z") == [record(["Щ,ї", "ж\nЖж", "z"], line: 1, at: [(1, 1), (1, 7), (2, 5)])])
    }

    @Test("the text of fields comes back in NFC, whatever form it was written in")
    func fieldsInNFC() {
        let fields = ["Ї", "I\u{308}", "й", "и\u{306}"]
        #expect(sameBytes(readAll(fields.joined(separator: ",")).first?.fields ?? [], ["Ї", "\u{CF}", "й", "й"]))
    }

    @Test("next() keeps returning nil at the end")
    func endIsSticky() throws {
        let reader = CSVReader(bytes: Array("a\n".utf8))
        #expect(try reader.next()?.fields == ["a"])
        #expect(try reader.next() == nil)
        #expect(try reader.next() == nil)
    }
}

@Suite("CSVReader(bytes:): errors at their line and column")
struct CSVReaderErrorTests {
    @Test("an unterminated quote is placed at the opening quote")
    func unterminatedQuote() {
        #expect(readAll("a,b\nc,\"de\nf,g\n") == [
            record(["a", "b"], line: 1, at: [(1, 1), (1, 3)]),
            error(2, 3, "quoted field is never closed"),
        ])
    }

    @Test("a quote inside an unquoted field")
    func quoteInUnquotedField() {
        #expect(readAll("ab\"c,d\n").first == error(1, 3, "quote inside an unquoted field (quote the whole field and double the quote)"))
        #expect(readAll("ok\nЖж\"").last == error(2, 3, "quote inside an unquoted field (quote the whole field and double the quote)"))
    }

    @Test("text after a closing quote; reading goes on with the next record")
    func textAfterClosingQuote() {
        #expect(readAll("\"a\"b,c\nx\n") == [
            error(1, 4, "text after a closing quote"),
            record(["x"], line: 2, at: [(2, 1)]),
        ])
        #expect(readAll("ok,\"Іван\" ,z\r\nnext\r\n") == [
            error(1, 10, "text after a closing quote"),
            record(["next"], line: 2, at: [(2, 1)]),
        ])
    }

    @Test("a NUL byte; reading goes on with the next record")
    func nulByte() {
        #expect(readAll(bytes: Array("a".utf8) + [0] + Array("b,c\nx\n".utf8)) == [
            error(1, 2, "NUL byte"),
            record(["x"], line: 2, at: [(2, 1)]),
        ])
        #expect(readAll(bytes: Array("ok\n\"a".utf8) + [0] + Array("\"\n".utf8)).dropFirst().first == error(2, 3, "NUL byte"))
    }

    @Test("invalid UTF-8 in an unquoted field is placed at the bad byte; reading goes on")
    func invalidUTF8() {
        #expect(readAll(bytes: Array("ok,a".utf8) + [0xFF] + Array("b\nx\n".utf8)) == [
            error(1, 5, "not UTF-8 (byte 0xFF); save the file as UTF-8 — in a spreadsheet, CSV UTF-8"),
            record(["x"], line: 2, at: [(2, 1)]),
        ])
        // A bad byte in a middle field: the rest of the record is skipped.
        #expect(readAll(bytes: Array("Іван".utf8) + [0xC3, 0x28] + Array(",b\nx\n".utf8)) == [
            error(1, 5, "not UTF-8 (byte 0xC3); save the file as UTF-8 — in a spreadsheet, CSV UTF-8"),
            record(["x"], line: 2, at: [(2, 1)]),
        ])
        // A truncated sequence at the very end of the input.
        #expect(readAll(bytes: Array("a,b".utf8) + [0xD0]) == [error(1, 4, "not UTF-8 (byte 0xD0); save the file as UTF-8 — in a spreadsheet, CSV UTF-8")])
        // A lone continuation byte, and an encoded surrogate.
        #expect(readAll(bytes: [0x80]) == [error(1, 1, "not UTF-8 (byte 0x80); save the file as UTF-8 — in a spreadsheet, CSV UTF-8")])
        #expect(readAll(bytes: Array("x".utf8) + [0xED, 0xA0, 0x80]) == [error(1, 2, "not UTF-8 (byte 0xED); save the file as UTF-8 — in a spreadsheet, CSV UTF-8")])
    }

    @Test("a bare CR ends nothing: it is an error at the CR")
    func bareCR() {
        #expect(readAll("a\rb\nx\n") == [
            error(1, 2, "carriage return not followed by a line feed"),
            record(["x"], line: 2, at: [(2, 1)]),
        ])
        #expect(readAll("ok\n\"q\"\rz\n").last == error(2, 4, "carriage return not followed by a line feed"))
        #expect(readAll("a\r") == [error(1, 2, "carriage return not followed by a line feed")])
    }

    @Test("a field of exactly maximumFieldBytes is accepted")
    func longestField() {
        let longest = String(repeating: "a", count: CSVReader.maximumFieldBytes)
        #expect(readAll(longest + ",b\n" + "\"" + longest + "\"\n").map { $0.fields?.map(\.utf8.count) } == [[65_536, 1], [65_536]])
    }

    @Test("a longer field is refused and reading goes on with the next record")
    func tooLongField() {
        let results = readAll(String(repeating: "a", count: CSVReader.maximumFieldBytes + 1) + ",b\nx\n")
        #expect(results.count == 2)
        if case .error(let error) = results.first {
            #expect(error.line == 1)
            #expect(error.message == "field longer than 65536 bytes")
        } else {
            Issue.record("expected an error, got \(results.first.map(String.init(describing:)) ?? "nothing")")
        }
        #expect(results.last == record(["x"], line: 2, at: [(2, 1)]))
        // Counted in bytes: 32,769 two-byte letters are 65,538 bytes.
        #expect(readAll(String(repeating: "Ж", count: 32_769)).first?.fields == nil)
        #expect(readAll(String(repeating: "Ж", count: 32_768)).first?.fields?.first?.utf8.count == 65_536)
    }

    @Test(
        "a too-long field is placed at its first byte over the limit")
    func tooLongFieldColumn() {
        #expect(readAll(String(repeating: "a", count: CSVReader.maximumFieldBytes + 1)).first
            == error(1, CSVReader.maximumFieldBytes + 1, "field longer than 65536 bytes"))
    }

    @Test("1,000 fields are accepted; more are refused on the record's line, and reading goes on")
    func tooManyFields() {
        let thousand = Array(repeating: "a", count: CSVReader.maximumFields).joined(separator: ",")
        #expect(readAll(thousand + "\n").first?.fields?.count == 1000)
        let results = readAll("ok\n" + thousand + ",a\nx\n")
        #expect(results.count == 3)
        if case .error(let error) = results.dropFirst().first {
            #expect(error.line == 2)
            #expect(error.message == "more than 1000 fields in one record")
        } else {
            Issue.record("expected an error, got \(results)")
        }
        #expect(results.last == record(["x"], line: 3, at: [(3, 1)]))
    }

    @Test(
        "too many fields are placed at the start of the first field over the limit")
    func tooManyFieldsColumn() {
        let thousand = Array(repeating: "a", count: CSVReader.maximumFields).joined(separator: ",")
        #expect(readAll(thousand + ",a\nx\n").first == error(1, 2001, "more than 1000 fields in one record"))
    }

    @Test("every bad record is reported, each at its own line, and good ones between them are read")
    func severalErrors() {
        let text = "id,name\n\"a\"b,c\nP-1,Іван\nx\ry\n\"Щ\"\"\",ok\n"
        #expect(readAll(text) == [
            record(["id", "name"], line: 1, at: [(1, 1), (1, 4)]),
            error(2, 4, "text after a closing quote"),
            record(["P-1", "Іван"], line: 3, at: [(3, 1), (3, 5)]),
            error(4, 2, "carriage return not followed by a line feed"),
            record(["Щ\"", "ok"], line: 5, at: [(5, 1), (5, 7)]),
        ])
    }

    @Test("the error describes itself as line:column: message")
    func errorDescription() {
        #expect(CSVError(line: 3, column: 14, message: "NUL byte").description == "3:14: NUL byte")
    }

    @Test(
        "after a stray quote in an unquoted field, reading goes on with the next record")
    func recoveryAfterStrayQuote() {
        #expect(readAll("ab\"c,d\nx,y\n") == [
            error(1, 3, "quote inside an unquoted field (quote the whole field and double the quote)"),
            record(["x", "y"], line: 2, at: [(2, 1), (2, 3)]),
        ])
    }

    @Test(
        "after an error inside a quoted field, reading goes on with the next record")
    func recoveryInsideQuotes() {
        #expect(readAll(bytes: Array("\"a".utf8) + [0] + Array("b\",c\nx,y\n".utf8)) == [
            error(1, 3, "NUL byte"),
            record(["x", "y"], line: 2, at: [(2, 1), (2, 3)]),
        ])
        #expect(readAll(bytes: Array("\"a".utf8) + [0] + Array("\nb\",c\nx,y\n".utf8)) == [
            error(1, 3, "NUL byte"),
            record(["x", "y"], line: 3, at: [(3, 1), (3, 3)]),
        ])
    }

    @Test(
        "invalid UTF-8 in a quoted field is placed at the bad byte")
    func invalidUTF8InQuotedField() {
        #expect(readAll(bytes: [0x22, 0xFF, 0x22]) == [error(1, 2, "not UTF-8 (byte 0xFF); save the file as UTF-8 — in a spreadsheet, CSV UTF-8")])
        #expect(readAll(bytes: Array("x,\"ab\ncd".utf8) + [0xFF, 0x22]) == [error(2, 3, "not UTF-8 (byte 0xFF); save the file as UTF-8 — in a spreadsheet, CSV UTF-8")])
        #expect(readAll(bytes: Array("\"\"\"".utf8) + [0xFF, 0x22]) == [error(1, 4, "not UTF-8 (byte 0xFF); save the file as UTF-8 — in a spreadsheet, CSV UTF-8")])
    }

    @Test(
        "a bare CR at the start of a line is an error, like any other bare CR")
    func bareCRAtLineStart() {
        #expect(readAll("a\n\rb\n").contains(error(2, 1, "carriage return not followed by a line feed")))
    }
}
