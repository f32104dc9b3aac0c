/// Rules for the text that goes into the ledger: identifiers, codes and free text.
public enum TextRules {
    /// Why `text` cannot be an identifier (person, agreement or batch id), or nil when it can.
    /// Ids are 1–64 ASCII letters, digits and `. _ : / -`, starting with a letter or digit, so that
    /// they survive every list, spreadsheet and command line they pass through unchanged.
    public static func identifierProblem(_ text: String) -> String? {
        guard let first = text.utf8.first else { return "is empty" }
        guard isAlphanumeric(first) else { return "'\(visible(text))' must start with a letter or digit" }
        guard text.utf8.allSatisfy({ isAlphanumeric($0) || ".:_/-".utf8.contains($0) }) else {
            return "'\(visible(text))' may hold only letters A–Z, digits and . _ : / -"
        }
        // Only ASCII is left, so bytes are characters.
        guard text.utf8.count <= 64 else { return "is longer than 64 characters" }
        return nil
    }

    /// Why `text` cannot be the id of a new record, or nil: what `identifierProblem` finds, then
    /// lower case letters. Ids are written in capitals, so that `ru-0401` and `RU-0401` are never two
    /// records; ids recorded before this rule may hold lower case and still read back and are still
    /// found under the id as recorded, which is why only new records are held to it.
    public static func newIdentifierProblem(_ text: String) -> String? {
        if let problem = identifierProblem(text) { return problem }
        guard hasLowerCase(text) else { return nil }
        return "'\(text)' has lower case letters; ids are written in capitals: \(capitals(text))"
    }

    /// "unknown person ru-0401" for a record looked up by an id that names none, and the one it
    /// probably means: the known record `meant` (the same letters in another case, or a typing
    /// mistake away) when the caller found one, else, for an id with lower case letters, its capitals.
    public static func unknown(_ noun: String, _ id: String, meant: String? = nil) -> String {
        if meant == nil, identifierProblem(id) == nil, hasLowerCase(id) { return "unknown \(noun) \(id); ids are written in capitals: \(capitals(id))" }
        return "unknown \(noun) \(id)\(TypingDistance.hint(meant))"
    }

    /// Whether the id has a letter a–z. Ids are ASCII, so that is every lower case letter they can hold.
    private static func hasLowerCase(_ id: String) -> Bool {
        id.utf8.contains { (0x61...0x7A).contains($0) }
    }

    /// The id in capitals: only a–z change, so nothing else an id holds is touched.
    private static func capitals(_ id: String) -> String {
        String(decoding: id.utf8.map { (0x61...0x7A).contains($0) ? $0 - 0x20 : $0 }, as: UTF8.self)
    }

    /// Why `text` cannot be a party code, or nil: 2–12 capital letters, digits or `-`, starting with a letter.
    public static func partyCodeProblem(_ text: String) -> String? {
        let bytes = Array(text.utf8)
        guard (2...12).contains(bytes.count), (0x41...0x5A).contains(bytes[0]),
              bytes.allSatisfy({ (0x41...0x5A).contains($0) || (0x30...0x39).contains($0) || $0 == UInt8(ascii: "-") })
        else {
            let capitals = text.uppercased()
            let meant = capitals != text && partyCodeProblem(capitals) == nil ? capitals : nil
            return "'\(visible(text))' is not a party code (2–12 capital letters, digits or -, e.g. UA, RU, ICRC)\(TypingDistance.hint(meant))"
        }
        return nil
    }

    /// Why `text` cannot be stored as free text, or nil. Control characters and the invisible marks
    /// that reorder text (right-to-left overrides and isolates) are refused, because they make a
    /// name print differently from what is stored. `multiline` allows line breaks and tabs (notes).
    public static func freeTextProblem(_ text: String, multiline: Bool = false) -> String? {
        recordedTextProblem(text, multiline: multiline) ?? separatorProblem(text)
    }

    /// What `freeTextProblem` finds but the Unicode line and paragraph separators, which the first
    /// version took: the rules that text recorded by any version passed, to be read back by.
    public static func recordedTextProblem(_ text: String, multiline: Bool = false) -> String? {
        guard mayHoldRefusedCharacter(text) else { return nil }
        for scalar in text.unicodeScalars {
            if multiline && (scalar == "\n" || scalar == "\t") { continue }
            if scalar.properties.generalCategory == .control {
                return "contains the control character U+\(hex(scalar))"
            }
            if isDirectionalMark(scalar) {
                return "contains the invisible direction mark U+\(hex(scalar))"
            }
        }
        return nil
    }

    /// Why `text` is refused in a new record for a Unicode line or paragraph separator, or nil.
    /// Shown as a line break, but not one: a name would print on two lines, a note differently
    /// from what every other tool reads.
    public static func separatorProblem(_ text: String) -> String? {
        guard mayHoldRefusedCharacter(text) else { return nil }
        guard let scalar = text.unicodeScalars.first(where: { $0.value == 0x2028 || $0.value == 0x2029 }) else { return nil }
        return "contains the Unicode line or paragraph separator U+\(hex(scalar)); use a line feed in notes"
    }

    /// Every problem of `text` as free text of at most `maximumLength` characters: its length, then
    /// what `freeTextProblem` finds. Empty when there is none.
    public static func freeTextProblems(_ text: String, maximumLength: Int, multiline: Bool = false) -> [String] {
        var problems: [String] = []
        if text.isLonger(than: maximumLength) { problems.append("is longer than \(maximumLength) characters") }
        if let problem = freeTextProblem(text, multiline: multiline) { problems.append(problem) }
        return problems
    }

    /// Whether the text has a control character (forbidden in journal actors and kinds, docs/journal.md).
    public static func hasControlCharacter(_ text: String) -> Bool {
        mayHoldRefusedCharacter(text) && text.unicodeScalars.contains { $0.properties.generalCategory == .control }
    }

    /// The text with control characters shown as `\u{…}`, safe to print in an error message.
    public static func visible(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if scalar.properties.generalCategory == .control || isDirectionalMark(scalar) {
                out += "\\u{\(hex(scalar))}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Whether `text` may hold a control character, a direction mark or a line or paragraph
    /// separator: false when none of its UTF-8 bytes can start one, which spares the look-up of
    /// Unicode properties scalar by scalar for the names and codes that make up nearly every field.
    /// Every such character is a byte below 0x20, 0x7F, or a sequence led by 0xC2 (U+0080–U+009F),
    /// 0xD8 (U+061C) or 0xE2 (U+2000–U+2FFF); when one of those bytes is there, the caller checks
    /// scalar by scalar as before.
    static func mayHoldRefusedCharacter(_ text: String) -> Bool {
        text.containsUTF8Byte { byte in byte < 0x20 || byte == 0x7F || byte == 0xC2 || byte == 0xD8 || byte == 0xE2 }
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }

    private static func isDirectionalMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// A scalar's code point in four or more upper-case hex digits, as `U+` follows it.
    static func hex(_ scalar: Unicode.Scalar) -> String {
        let digits = String(scalar.value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}

extension String {
    /// Whether any of the text's UTF-8 bytes is one `matches` looks for, scanned over the String's
    /// own buffer. Through the UTF-8 view the scan went a byte at a time by index: the check for
    /// bytes to escape in JSON was 2.3% of a verify, and these scans run over every field of every
    /// person imported or replayed.
    func containsUTF8Byte(where matches: (UInt8) -> Bool) -> Bool {
        utf8.withContiguousStorageIfAvailable { $0.contains(where: matches) } ?? utf8.contains(where: matches)
    }
}
