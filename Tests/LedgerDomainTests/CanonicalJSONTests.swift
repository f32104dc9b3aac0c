import PropertyBased
import Testing
@testable import LedgerDomain

@Suite("Canonical JSON text (docs/journal.md, RFC 8785)")
struct CanonicalJSONTests {
    @Test("scalars are written in their shortest form")
    func scalars() {
        #expect(sameBytes(JSONValue.null.canonicalText, "null"))
        #expect(sameBytes(JSONValue.bool(true).canonicalText, "true"))
        #expect(sameBytes(JSONValue.bool(false).canonicalText, "false"))
        #expect(sameBytes(JSONValue.int(0).canonicalText, "0"))
        #expect(sameBytes(JSONValue.int(-1).canonicalText, "-1"))
        #expect(sameBytes(JSONValue.int(6057).canonicalText, "6057"))
        #expect(sameBytes(JSONValue.int(.max).canonicalText, "9223372036854775807"))
        #expect(sameBytes(JSONValue.int(.min).canonicalText, "-9223372036854775808"))
        #expect(sameBytes(JSONValue.string("").canonicalText, #""""#))
    }

    // Each alone too: a string with nothing else to escape must not be taken for plain text.
    @Test("quote and backslash are escaped with a backslash", arguments: [
        (#"say "hi" \ bye"#, #""say \"hi\" \\ bye""#), (#"say "hi""#, #""say \"hi\"""#), (#"C:\temp"#, #""C:\\temp""#),
    ])
    func quoteAndBackslash(text: String, canonical: String) {
        #expect(sameBytes(JSONValue.string(text).canonicalText, canonical))
    }

    @Test("control characters with a short escape use it")
    func shortEscapes() {
        #expect(sameBytes(JSONValue.string("\u{08}\u{09}\u{0A}\u{0C}\u{0D}").canonicalText, #""\b\t\n\f\r""#))
    }

    @Test("other control characters are written as lowercase \\u00xx")
    func hexEscapes() {
        #expect(JSONValue.string("\u{00}\u{01}\u{0B}\u{0E}\u{1B}\u{1F}").canonicalText
            == #""\u0000\u0001\u000b\u000e\u001b\u001f""#)
    }

    @Test("slash, DEL, Cyrillic, CJK and emoji are written as they are")
    func unescapedText() {
        let text = "a/b \u{7F} Київ Щербухи 漢字 😀 👨‍👩‍👧 \u{FB01}"
        #expect(sameBytes(JSONValue.string(text).canonicalText, "\"" + text + "\""))
        #expect(Array(JSONValue.string("/").canonicalText.utf8) == [0x22, 0x2F, 0x22])
    }

    @Test("arrays and objects have no whitespace")
    func containers() {
        #expect(sameBytes(JSONValue.array([]).canonicalText, "[]"))
        #expect(sameBytes(JSONValue.object([:]).canonicalText, "{}"))
        let value = JSONValue.object([
            "list": .array([.int(1), .string("a b"), .null, .bool(false), .array([]), .object([:])]),
            "inner": .object(["k": .int(-2)]),
        ])
        #expect(sameBytes(value.canonicalText, #"{"inner":{"k":-2},"list":[1,"a b",null,false,[],{}]}"#))
    }

    @Test("keys are escaped like any other string")
    func escapedKeys() {
        let value = JSONValue.object(["a\"b": .int(1), "tab\there": .int(2)])
        #expect(sameBytes(value.canonicalText, #"{"a\"b":1,"tab\there":2}"#))
    }

    @Test("keys are sorted by UTF-16 code units: empty first, capitals before small letters, prefixes first")
    func asciiKeyOrder() {
        let value = JSONValue.object([
            "b": .int(1), "a": .int(2), "B": .int(3), "": .int(4), "é": .int(5), "z": .int(6), "ab": .int(7),
        ])
        #expect(sameBytes(value.canonicalText, #"{"":4,"B":3,"a":2,"ab":7,"b":1,"z":6,"é":5}"#))
    }

    @Test("a supplementary-plane key sorts by its high surrogate, before U+FB01")
    func surrogateKeyOrder() {
        // Scalar order and UTF-8 order put U+FB01 (ﬁ) before U+1F600 (😀); UTF-16 code units put
        // 😀 (0xD83D 0xDE00) before 0xFB01, and RFC 8785 sorts by UTF-16.
        let value = JSONValue.object(["\u{FB01}": .int(1), "😀": .int(2)])
        #expect(sameBytes(value.canonicalText, "{\"😀\":2,\"\u{FB01}\":1}"))
    }

    @Test(
        "equal values give byte-identical text, even when their strings differ in normalisation")
    func equalValuesGiveEqualText() {
        let composed = JSONValue.string("Jos\u{E9}")
        let decomposed = JSONValue.string("Jose\u{301}")
        // Different bytes, so different values, although Swift's String == calls the strings equal.
        #expect("Jos\u{E9}" == "Jose\u{301}")
        #expect(composed != decomposed)
        #expect(Set([composed, decomposed]).count == 2)
        // Equality follows the canonical bytes exactly, whichever way the values were built.
        let again = JSONValue.object(["name": .string("Jose\u{301}")])
        #expect(again == .object(["name": decomposed]))
        #expect((composed == decomposed) == (Array(composed.canonicalText.utf8) == Array(decomposed.canonicalText.utf8)))
    }
}

@Suite("Strict JSON parser")
struct JSONParserTests {
    private func parseError(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> JSONParseError? {
        do {
            let value = try JSONParser.parse(text)
            Issue.record("'\(text)' parsed as \(value)", sourceLocation: sourceLocation)
            return nil
        } catch {
            return error
        }
    }

    @Test("reads every kind of value, with whitespace between tokens")
    func readsValues() throws {
        let value = try JSONParser.parse(" { \"a\" : [ 1 , -2 , true , false , null ] ,\n\t\"b\" : { } , \"c\":\"x\" }\r\n")
        #expect(value == .object([
            "a": .array([.int(1), .int(-2), .bool(true), .bool(false), .null]),
            "b": .object([:]),
            "c": .string("x"),
        ]))
        #expect(try JSONParser.parse("[]") == .array([]))
        #expect(try JSONParser.parse("0") == .int(0))
        #expect(try JSONParser.parse("-9223372036854775808") == .int(.min))
        #expect(try JSONParser.parse("9223372036854775807") == .int(.max))
    }

    @Test("reads every escape, including \\/ and upper- or lowercase \\u, and surrogate pairs")
    func readsEscapes() throws {
        let value = try JSONParser.parse(#""\" \\ \/ \b \f \n \r \t \u00e9 \u00E9 \u0416 \ud83d\ude00 \u0000""#)
        #expect(value == .string("\" \\ / \u{08} \u{0C} \n \r \t é é Ж 😀 \u{00}"))
    }

    @Test("reads raw UTF-8 text unchanged")
    func readsRawText() throws {
        #expect(try JSONParser.parse("\"Україна / 😀\"") == .string("Україна / 😀"))
    }

    @Test("refuses fractions and exponents", arguments: ["1.0", "1.5", "-1.5", "1e3", "1E3", "1e-3", "[2.0]", "{\"a\":1E2}"])
    func refusesFloats(text: String) {
        #expect(parseError(text)?.reason == "only integers are allowed")
    }

    @Test("refuses leading zeros, at the first digit", arguments: [("01", 0), ("-01", 1), ("00", 0), ("[1,007]", 3)])
    func refusesLeadingZeros(text: String, offset: Int) {
        let error = parseError(text)
        #expect(error?.reason == "leading zero")
        #expect(error?.offset == offset)
    }

    @Test("refuses integers outside Int64")
    func refusesHugeIntegers() {
        #expect(parseError("9223372036854775808")?.reason == "integer out of range")
        #expect(parseError("-9223372036854775809")?.reason == "integer out of range")
    }

    @Test("refuses a duplicate key and points at its second occurrence")
    func refusesDuplicateKeys() {
        let error = parseError(#"{"a":1,"a":2}"#)
        #expect(error?.reason == #"duplicate key "a""#)
        #expect(error?.offset == 7)
        #expect(error?.description == #"invalid JSON at byte 8: duplicate key "a""#)
        // The same key written with an escape is still the same key.
        #expect(parseError(#"{"é":1,"\u00e9":2}"#)?.reason == #"duplicate key "é""#)
        // Nested objects have keys of their own.
        #expect((try? JSONParser.parse(#"{"a":{"a":1}}"#)) == .object(["a": .object(["a": .int(1)])]))
    }

    @Test("refuses text after the value", arguments: [("1 2", 2), ("{} x", 3), ("{}}", 2), ("[1]]", 3), ("null,", 4), ("\"a\"\"b\"", 3)])
    func refusesTrailingText(text: String, offset: Int) {
        let error = parseError(text)
        #expect(error?.reason == "unexpected text after the value")
        #expect(error?.offset == offset)
    }

    @Test("refuses lone surrogates", arguments: [#""\ud800""#, #""\udc00""#, #""\ud800x""#, #""\ud800\u0041""#, #""\ude00\ud83d""#])
    func refusesLoneSurrogates(text: String) {
        #expect(parseError(text)?.reason == "lone surrogate")
    }

    @Test("refuses unescaped control characters inside strings", arguments: ["\u{00}", "\u{01}", "\t", "\n", "\r", "\u{1F}"])
    func refusesRawControlCharacters(control: String) {
        let error = parseError("\"ab" + control + "c\"")
        #expect(error?.reason == "unescaped control character in string")
        #expect(error?.offset == 3)
    }

    @Test("refuses malformed text", arguments: [
        ("", "unexpected end of text"), ("   ", "unexpected end of text"), ("[1,]", "unexpected character"),
        ("{\"a\":1,}", "expected a key"), ("{a:1}", "expected a key"), ("{\"a\" 1}", "expected ':'"),
        ("[1 2]", "expected ',' or ']'"), ("{\"a\":1 \"b\":2}", "expected ',' or '}'"), ("'a'", "unexpected character"),
        ("tru", "expected true"), ("nul", "expected null"), ("NaN", "unexpected character"), ("-", "expected a digit"),
        ("+1", "unexpected character"), ("\"abc", "unterminated string"), (#""\x""#, "unknown escape"),
        (#""\u12""#, "expected 4 hex digits"), (#""\u12G4""#, "expected 4 hex digits"),
    ])
    func refusesMalformedText(text: String, reason: String) {
        #expect(parseError(text)?.reason == reason)
    }

    @Test("accepts 64 levels of nesting and refuses 65")
    func nestingLimit() throws {
        let deep64 = String(repeating: "[", count: 64) + String(repeating: "]", count: 64)
        var expected = JSONValue.array([])
        for _ in 1..<64 { expected = .array([expected]) }
        #expect(try JSONParser.parse(deep64) == expected)
        let deep65 = String(repeating: "[", count: 65) + String(repeating: "]", count: 65)
        #expect(parseError(deep65)?.reason == "nested too deeply")
    }
}

@Suite("Canonical JSON properties")
struct CanonicalJSONPropertyTests {
    /// Characters chosen to hit every branch of the encoder: escapes, control characters, `/`, DEL,
    /// two- three- and four-byte UTF-8, and characters whose UTF-16 order differs from scalar order.
    static let alphabet: [Character] = Array("aAzZ09 _-/\"\\\u{7F}ЖжЇїéß漢\u{FB01}\u{FFFF}😀🇺🇦") + [
        "\u{00}", "\u{01}", "\u{08}", "\u{09}", "\u{0A}", "\u{0B}", "\u{0C}", "\u{0D}", "\u{1F}",
    ]

    static let text = Gen<Character?>.element(of: alphabet).map { $0! }.string(of: 0...8)

    static func randomText(using rng: inout any SeededRandomNumberGenerator) -> String {
        let count = Int.random(in: 0...8, using: &rng)
        return String((0..<count).map { _ in alphabet.randomElement(using: &rng)! })
    }

    static func randomValue(depth: Int, using rng: inout any SeededRandomNumberGenerator) -> JSONValue {
        let choice = Int.random(in: 0...(depth < 4 ? 5 : 3), using: &rng)
        switch choice {
        case 0: return Bool.random(using: &rng) ? .null : .bool(Bool.random(using: &rng))
        case 1: return .int(Int64.random(in: .min ... .max, using: &rng))
        case 2: return .int(Int64.random(in: -1000...1000, using: &rng))
        case 3: return .string(randomText(using: &rng))
        case 4: return .array((0..<Int.random(in: 0...4, using: &rng)).map { _ in randomValue(depth: depth + 1, using: &rng) })
        default:
            var members: [String: JSONValue] = [:]
            for _ in 0..<Int.random(in: 0...5, using: &rng) {
                members[randomText(using: &rng)] = randomValue(depth: depth + 1, using: &rng)
            }
            return .object(members)
        }
    }

    static let value = Generator<JSONValue, Shrink.None<JSONValue>> { rng in randomValue(depth: 0, using: &rng) }

    @Test("the text is the same whatever order the keys were inserted in")
    func keyOrderIndependence() async {
        let members = zip(Self.text, Self.value).array(of: 0...12)
        await propertyCheck(count: 300, input: members, Gen<Int>.int(in: 0...Int.max)) { pairs, seed in
            var unique: [(String, JSONValue)] = []
            for (key, value) in pairs where !unique.contains(where: { $0.0 == key }) { unique.append((key, value)) }
            var forward: [String: JSONValue] = [:]
            for (key, value) in unique { forward[key] = value }
            var backward: [String: JSONValue] = [:]
            backward.reserveCapacity(64)
            for (key, value) in unique.reversed() { backward[key] = value }
            var shuffled: [String: JSONValue] = [:]
            var generator = SplitMix64(seed: UInt64(seed))
            for (key, value) in unique.shuffled(using: &generator) { shuffled[key] = value }

            let text = JSONValue.object(forward).canonicalText
            #expect(sameBytes(JSONValue.object(backward).canonicalText, text))
            #expect(sameBytes(JSONValue.object(shuffled).canonicalText, text))

            // Independently: the members appear in the order of their keys' UTF-16 code units.
            let expectedOrder = unique.map(\.0).sorted { Array($0.utf16).lexicographicallyPrecedes(Array($1.utf16)) }
            let expected = "{" + expectedOrder.map { JSONValue.string($0).canonicalText + ":" + forward[$0]!.canonicalText }
                .joined(separator: ",") + "}"
            #expect(sameBytes(text, expected))
        }
    }

    @Test("parsing the canonical text gives the value back, and the same text again")
    func roundTrip() async throws {
        await propertyCheck(count: 500, input: Self.value) { value in
            let text = value.canonicalText
            let parsed = try JSONParser.parse(text)
            #expect(parsed == value)
            #expect(Array(parsed.canonicalText.utf8) == Array(text.utf8))
        }
    }

    @Test("the canonical text never holds a raw control character, so journal lines stay unambiguous")
    func noRawControlCharacters() async {
        await propertyCheck(count: 500, input: Self.value) { value in
            #expect(value.canonicalText.utf8.allSatisfy { $0 >= 0x20 })
        }
    }
}
