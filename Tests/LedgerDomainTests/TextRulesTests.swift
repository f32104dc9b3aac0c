import Testing
@testable import LedgerDomain

@Suite("TextRules")
struct TextRulesTests {
    @Test("identifiers: ASCII letters, digits and . _ : / -, starting with a letter or digit", arguments: [
        "P-0001", "a", "Z", "7", "ua.pow:2025/05_23-1", String(repeating: "x", count: 64), "0-", "a..b",
    ])
    func validIdentifiers(text: String) {
        #expect(TextRules.identifierProblem(text) == nil)
    }

    @Test("a new id with lower case is refused with the id in capitals; an id recorded so still reads back",
          arguments: [("ru-0401", "RU-0401"), ("Ru-0401", "RU-0401"), ("ist.x:a/b_c", "IST.X:A/B_C"), ("z", "Z")])
    func lowerCaseIdentifiers(text: String, capitals: String) {
        #expect(TextRules.identifierProblem(text) == nil)
        #expect(TextRules.newIdentifierProblem(text) == "'\(text)' has lower case letters; ids are written in capitals: \(capitals)")
        #expect(TextRules.unknown("person", text) == "unknown person \(text); ids are written in capitals: \(capitals)")
    }

    @Test("a new id in capitals passes; a malformed one is told its first problem", arguments: ["RU-0401", "7", "UA.POW:2025/05_23-1"])
    func capitalIdentifiers(text: String) {
        #expect(TextRules.newIdentifierProblem(text) == nil)
        #expect(TextRules.unknown("person", text) == "unknown person \(text)")
        #expect(TextRules.newIdentifierProblem("ru 1") == "'ru 1' may hold only letters A–Z, digits and . _ : / -")
        #expect(TextRules.unknown("person", "ru 1") == "unknown person ru 1")
    }

    @Test("an empty identifier")
    func emptyIdentifier() {
        #expect(TextRules.identifierProblem("") == "is empty")
    }

    @Test("an identifier longer than 64 characters")
    func longIdentifier() {
        #expect(TextRules.identifierProblem(String(repeating: "x", count: 65)) == "is longer than 64 characters")
    }

    @Test("identifiers starting with punctuation", arguments: ["-1", ".a", "_a", ":a", "/a", " a"])
    func leadingPunctuation(text: String) {
        #expect(TextRules.identifierProblem(text) == "'\(text)' must start with a letter or digit")
    }

    @Test("identifiers with spaces or other characters", arguments: [
        "P 1", "P\t1", "a,b", "a;b", "a\"b", "a'b", "a+b", "a=b", "a@b", "a#b", "a\\b", "P1 ",
    ])
    func badCharacters(text: String) {
        let problem = TextRules.identifierProblem(text)
        #expect(problem?.hasSuffix("may hold only letters A–Z, digits and . _ : / -") == true)
    }

    @Test("identifiers with non-ASCII letters", arguments: ["Пётр", "P-Ж1", "é", "a😀", "ＡＢ", "a\u{301}"])
    func nonASCIIIdentifiers(text: String) {
        #expect(TextRules.identifierProblem(text) != nil)
    }

    @Test("a long non-ASCII identifier is told what is wrong with its letters, not its length")
    func longNonASCIIIdentifier() {
        let text = "P" + String(repeating: "Ж", count: 40)
        #expect(TextRules.identifierProblem(text) == "'\(text)' may hold only letters A–Z, digits and . _ : / -")
    }

    @Test("a control character in an identifier is shown escaped in the message")
    func visibleInMessage() {
        #expect(TextRules.identifierProblem("a\u{1B}b") == "'a\\u{001B}b' may hold only letters A–Z, digits and . _ : / -")
    }

    @Test("party codes: 2–12 capital letters, digits or -, starting with a letter", arguments: [
        "UA", "RU", "ICRC", "A1", "UN-OCHA", "ABCDEFGHIJKL", "X-",
    ])
    func validPartyCodes(code: String) {
        #expect(TextRules.partyCodeProblem(code) == nil)
    }

    @Test("refuses other party codes", arguments: [
        "", "U", "u", "1A", "-UA", "ABCDEFGHIJKLM", "U A", "UA ", "U_A", "UА", "ÜA", "U.A",
    ])
    func invalidPartyCodes(code: String) {
        #expect(TextRules.partyCodeProblem(code)
            == "'\(code)' is not a party code (2–12 capital letters, digits or -, e.g. UA, RU, ICRC)")
    }

    @Test("a party code in small letters is answered with the code in capitals", arguments: ["ua", "Ua", "uA"])
    func partyCodeInSmallLetters(code: String) {
        #expect(TextRules.partyCodeProblem(code)
            == "'\(code)' is not a party code (2–12 capital letters, digits or -, e.g. UA, RU, ICRC); did you mean UA?")
    }

    @Test("the one meant: the same letters in another case, else one typing mistake away, never a guess between two")
    func meant() {
        #expect(TypingDistance.meant("ist-2025-05-16", among: ["IST-2025-05-16", "X-1"]) == "IST-2025-05-16")
        #expect(TypingDistance.meant("bathces", among: ["batches", "backup"]) == "batches")
        #expect(TypingDistance.meant("X-2", among: ["X-1"]) == nil)
        #expect(TypingDistance.meant("list", among: ["lists", "lint"]) == nil)
        #expect(TypingDistance.meant("lists", among: ["lists"]) == nil)
        #expect(TypingDistance.hint("RU") == "; did you mean RU?")
        #expect(TypingDistance.hint(nil) == "")
    }

    @Test("free text may hold any script, punctuation and emoji")
    func validFreeText() {
        #expect(TextRules.freeTextProblem("Іван Петренко-Щербак, «Азов» / 漢字 😀 'quoted' \"x\"") == nil)
        #expect(TextRules.freeTextProblem("") == nil)
        #expect(TextRules.freeTextProblem("عربي") == nil)
    }

    @Test("refuses control characters in free text", arguments: [
        ("a\u{00}b", "0000"), ("a\nb", "000A"), ("a\tb", "0009"), ("a\rb", "000D"), ("\u{1B}[31m", "001B"),
        ("a\u{7F}", "007F"), ("a\u{85}b", "0085"), ("a\u{9F}", "009F"),
    ])
    func controlCharacters(text: String, hex: String) {
        #expect(TextRules.freeTextProblem(text) == "contains the control character U+\(hex)")
    }

    @Test("refuses the invisible marks that reorder text", arguments: [
        ("evil\u{202E}gpj.exe", "202E"), ("a\u{200F}b", "200F"), ("a\u{2066}b\u{2069}", "2066"), ("a\u{200E}", "200E"),
        ("\u{202A}x", "202A"), ("\u{202D}x", "202D"), ("\u{2067}x", "2067"), ("\u{2068}x", "2068"), ("x\u{061C}", "061C"),
    ])
    func directionalMarks(text: String, hex: String) {
        #expect(TextRules.freeTextProblem(text) == "contains the invisible direction mark U+\(hex)")
        #expect(TextRules.freeTextProblem(text, multiline: true) == "contains the invisible direction mark U+\(hex)")
    }

    @Test("refuses the Unicode line and paragraph separators, which print as line breaks", arguments: ["2028", "2029"])
    func unicodeLineSeparators(hex: String) {
        let text = "Прикладенко" + String(Unicode.Scalar(UInt32(hex, radix: 16)!)!) + "Юрій"
        let problem = "contains the Unicode line or paragraph separator U+\(hex); use a line feed in notes"
        #expect(TextRules.freeTextProblem(text) == problem)
        #expect(TextRules.freeTextProblem(text, multiline: true) == problem)
    }

    @Test("multiline text allows line feeds and tabs, and nothing else that is a control character")
    func multiline() {
        #expect(TextRules.freeTextProblem("line one\nline two\twith a tab", multiline: true) == nil)
        #expect(TextRules.freeTextProblem("line one\nline two", multiline: false) == "contains the control character U+000A")
        #expect(TextRules.freeTextProblem("windows\r\nline", multiline: true) == "contains the control character U+000D")
        #expect(TextRules.freeTextProblem("bell\u{07}", multiline: true) == "contains the control character U+0007")
    }

    @Test("hasControlCharacter")
    func hasControlCharacter() {
        #expect(TextRules.hasControlCharacter("operator\n"))
        #expect(TextRules.hasControlCharacter("\u{00}"))
        #expect(!TextRules.hasControlCharacter("Олена Ковальчук"))
        #expect(!TextRules.hasControlCharacter(""))
    }

    @Test("visible shows control characters and direction marks as escapes, and leaves the rest")
    func visible() {
        #expect(TextRules.visible("a\nb\u{202E}c\u{1}Ж") == "a\\u{000A}b\\u{202E}c\\u{0001}Ж")
        #expect(TextRules.visible("plain Київ") == "plain Київ")
    }
}
