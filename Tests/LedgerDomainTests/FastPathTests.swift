import PropertyBased
import Testing
@testable import LedgerDomain

/// The shortcuts taken for every row of an import and every entry of a verify, each checked
/// against the general rule it stands in for.
@Suite("Fast paths agree with the general rules")
struct FastPathTests {
    /// Characters near every boundary the shortcuts draw: ASCII controls, DEL, C1 controls (led by
    /// 0xC2), U+061C (led by 0xD8), marks and separators led by 0xE2, Cyrillic, spaces of all kinds,
    /// combining marks, digits and the date dash.
    static let alphabet: [Character] = Array("aZ09 -'.Жжїé\u{301}😀漢\u{A0}\u{85}\u{2000}\u{3000}\u{2028}\u{2029}\u{200E}\u{202E}\u{2066}\u{2019}\u{20AC}\u{61C}\u{600}")
        + ["\u{00}", "\u{09}", "\u{0A}", "\u{0D}", "\u{1F}", "\u{7F}", "\u{80}", "\u{9F}", "\r\n"]

    static let text = Gen<Character?>.element(of: alphabet).map { $0! }.string(of: 0...12)

    @Test("no scalar that the text rules refuse is missed by the byte scan")
    func refusedCharactersAreAllSeen() {
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let refused = scalar.properties.generalCategory == .control
                || TextRules.freeTextProblem(String(scalar)) != nil || TextRules.freeTextProblem(String(scalar), multiline: true) != nil
            if refused && !TextRules.mayHoldRefusedCharacter(String(scalar)) {
                Issue.record("U+\(String(value, radix: 16)) is refused but not seen by the byte scan")
            }
        }
    }

    @Test("text checks give the same answer as scalar by scalar")
    func textChecks() async {
        await propertyCheck(count: 1000, input: Self.text) { text in
            #expect(TextRules.recordedTextProblem(text) == Self.recordedTextProblem(text, multiline: false))
            #expect(TextRules.recordedTextProblem(text, multiline: true) == Self.recordedTextProblem(text, multiline: true))
            #expect((TextRules.separatorProblem(text) != nil) == text.unicodeScalars.contains { $0.value == 0x2028 || $0.value == 0x2029 })
            #expect(TextRules.hasControlCharacter(text) == text.unicodeScalars.contains { $0.properties.generalCategory == .control })
        }
    }

    @Test("White_Space without the property look-up is the property, for every scalar")
    func whitespace() {
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if scalar.isUnicodeWhitespace != scalar.properties.isWhitespace {
                Issue.record("U+\(String(value, radix: 16)) differs")
            }
        }
    }

    @Test("trimming gives the same bytes as cutting White_Space at both ends")
    func trimming() async {
        await propertyCheck(count: 1000, input: Self.text) { text in
            let scalars = Array(text.unicodeScalars)
            let start = scalars.firstIndex { !$0.properties.isWhitespace }
            let end = scalars.lastIndex { !$0.properties.isWhitespace }
            var expected = String.UnicodeScalarView()
            if let start, let end { expected.append(contentsOf: scalars[start...end]) }
            #expect(Array(text.trimmingWhitespace.utf8) == Array(String(expected).utf8))
        }
    }

    @Test("a length limit counts characters")
    func length() async {
        await propertyCheck(count: 1000, input: Self.text, Gen<Int>.int(in: 0...14)) { text, limit in
            #expect(text.isLonger(than: limit) == (text.count > limit))
        }
    }

    static let dateText = Gen<Character?>.element(of: Array("0123456789-x٣ 0")).map { $0! }.string(of: 0...11)

    @Test("dates read byte by byte as they read split at dashes")
    func dates() async {
        await propertyCheck(count: 3000, input: Self.dateText) { text in
            #expect(Day(text) == Self.splitDay(text))
            #expect(PartialDate(text) == Self.splitPartialDate(text))
        }
        for text in ["2024-02-29", "2023-02-29", "0000-01-01", "1990", "1990-13", "1990-00", "9999-12-31", "2025-1-01"] {
            #expect(Day(text) == Self.splitDay(text))
            #expect(PartialDate(text) == Self.splitPartialDate(text))
        }
    }

    static let personText = Gen<Character?>.element(of: Array("Aa1 -'\"\\/Жї漢😀\u{7F}") + ["\u{01}", "\n", "\t"]).map { $0! }.string(of: 0...6)

    @Test("a person's payload written directly is the canonical text of its JSON value, and reads back")
    func personPayload() async {
        await propertyCheck(count: 500, input: Self.personText.array(of: PersonField.allCases.count...PersonField.allCases.count)) { texts in
            var fields = completePerson
            for (field, text) in zip(PersonField.allCases, texts) where !field.isCoded {
                fields[field] = text.isEmpty ? nil : text
            }
            guard let person = try? Person(fields: fields) else { return }
            let text = person.payload.canonicalText
            #expect(Array(LedgerEvent.personAdded(person).canonicalPayload.utf8) == Array(text.utf8))
            #expect(Self.read(text) == .success(.personAdded(person)))
        }
    }

    @Test("a person's payload in any other form reads as the general parser reads it", arguments: [
        #"{"id":"UA-1","held_by":"RU","belongs_to":"UA","category":"pow","family_name":"Ж"}"#,
        #" { "id" : "UA-1" , "held_by":"RU","belongs_to":"UA","category":"pow","family_name":"\u0416\n" } "#,
        #"{"id":"UA-1","id":"UA-2","held_by":"RU","belongs_to":"UA","category":"pow","family_name":"Ж"}"#,
        #"{"id":"UA-1","held_by":"RU","belongs_to":"UA","category":"pow","family_name":"Ж","age":"3"}"#,
        #"{"id":"UA-1","held_by":"RU","belongs_to":"UA","category":"pow","family_name":1}"#,
        #"{"id":"UA-1","held_by":"RU","belongs_to":"UA","category":"pow","family_name":"Ж"} x"#,
        #"{"id":"UA-1","held_by":"RU","belongs_to":"UA","category":"pow","family_name":"Ж""#,
        #"{"id":"UA-1","held_by":"RU","belongs_to":"UA","category":"cat","family_name":"Ж"}"#,
        #"{"id":"UA-1","held_by":"RU","belongs_to":"UA","category":"pow","family_name":"a\#tb"}"#,
        #"{"id":"UA-1"}"#, "{}", "[]", #""id""#, "",
    ])
    func personPayloadForms(text: String) {
        #expect(Self.read(text) == Self.readByTheGeneralParser(text))
    }

    static func read(_ text: String) -> Result<LedgerEvent, PayloadError> {
        do { return .success(try LedgerEvent(kind: "person.add", payload: text)) } catch { return .failure(error) }
    }

    static func readByTheGeneralParser(_ text: String) -> Result<LedgerEvent, PayloadError> {
        let value: JSONValue
        do { value = try JSONParser.parse(text) } catch { return .failure(PayloadError(error.description)) }
        do { return .success(.personAdded(try Person(payload: value))) } catch { return .failure(error) }
    }

    // MARK: The general rules, as they were written before the shortcuts

    static func recordedTextProblem(_ text: String, multiline: Bool) -> String? {
        for scalar in text.unicodeScalars {
            if multiline && (scalar == "\n" || scalar == "\t") { continue }
            if scalar.properties.generalCategory == .control {
                return "contains the control character U+\(hex(scalar))"
            }
            switch scalar.value {
            case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069:
                return "contains the invisible direction mark U+\(hex(scalar))"
            default: continue
            }
        }
        return nil
    }

    static func hex(_ scalar: Unicode.Scalar) -> String {
        let digits = String(scalar.value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    static func digits(_ text: Substring) -> Int? {
        guard !text.isEmpty, text.utf8.allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
        return Int(text)
    }

    static func splitDay(_ text: String) -> Day? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = digits(parts[0]), let month = digits(parts[1]), let day = digits(parts[2])
        else { return nil }
        return Day(year: year, month: month, day: day)
    }

    static func splitPartialDate(_ text: String) -> PartialDate? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        switch parts.count {
        case 1:
            guard parts[0].count == 4, let year = digits(parts[0]), Day(year: year, month: 1, day: 1) != nil else { return nil }
            return .year(year)
        case 2:
            guard parts[0].count == 4, parts[1].count == 2, let year = digits(parts[0]), let month = digits(parts[1]),
                  Day(year: year, month: month, day: 1) != nil else { return nil }
            return .month(year: year, month: month)
        default:
            return splitDay(text).map { .day($0) }
        }
    }
}
