import Foundation
import PropertyBased
import Testing
@testable import LedgerCSV

@Suite("Text in Unicode NFC")
struct NFCTests {
    /// Scalars of every kind the quick check sorts: ASCII, Latin with and without diacritics,
    /// Cyrillic (Й and Ї composed and not), combining marks alone, the Cyrillic combining marks,
    /// characters NFC replaces (U+0374, U+037E, U+0387, Å as U+212B), Greek, Hangul jamo, emoji.
    static let pieces: [String] = [
        "a", "Z", " ", "'", "é", "e\u{301}", "ß", "Ä", "A\u{308}", "Й", "И\u{306}", "Ї", "І\u{308}", "ж", "\u{306}", "\u{301}",
        "\u{483}", "\u{489}", "\u{48A}", "\u{374}", "\u{37E}", "\u{387}", "\u{212B}", "Ά", "α\u{301}", "\u{1100}\u{1161}", "😀", "ʼ", "’",
    ]

    static let text = Gen<String?>.element(of: pieces).map { $0! }.array(of: 0...8).map { $0.joined() }

    @Test("the quick look and the full normalisation give the same bytes for any text")
    func sameAsFoundation() async {
        await propertyCheck(count: 2000, input: Self.text) { text in
            let expected = Array(text.precomposedStringWithCanonicalMapping.utf8)
            #expect(Array(NFC.normalise(text).utf8) == expected, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
            #expect(Array(NFC.string(Array(text.utf8)).utf8) == expected)
            if NFC.isNFC(text.utf8) { #expect(Array(text.utf8) == expected, "the quick look passed text NFC changes") }
        }
    }

    @Test("a name typed with a combining breve is stored as the letter Й")
    func decomposedCyrillic() {
        #expect(Array(NFC.normalise("Андріи\u{306}").utf8) == Array("Андрій".utf8))
        #expect(NFC.isNFC("Шевченко Олег, Ševčenko, O'Neil".utf8))
        #expect(!NFC.isNFC("И\u{306}".utf8))
    }

    @Test("fields read from a file are in NFC")
    func csvFields() throws {
        let reader = CSVReader(bytes: Array("id,name\n1,И\u{306}ванов\n".utf8))
        _ = try reader.next()
        let record = try #require(try reader.next())
        #expect(Array(record.fields[1].utf8) == Array("Йванов".utf8))
    }
}
