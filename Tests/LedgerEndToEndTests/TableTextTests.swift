@testable import ledger
import Testing

/// The table's fast paths against the general rules they stand for.
@Suite struct TableTextTests {
    /// Every Character Swift calls a line break, and text around the bytes that may start one.
    static let texts = [
        "", "plain", "Шевченко Андрій", "one\ntwo", "one\r\ntwo", "a\rb", "a\u{0B}b\u{0C}c", "a\u{85}b", "a\u{2028}b\u{2029}c",
        "it’s", "«Азов»", "\u{A0}non-breaking", "—dash—", "end\n", "a\n\u{0301}b", "\u{2028}\u{0301}", "\u{85}\u{85}",
    ]

    @Test(arguments: texts)
    func lineBreaksAreShownAsTheGeneralRuleShowsThem(_ text: String) {
        #expect(text.replacingLineBreaks == String(text.map { $0.isNewline ? "⏎" : $0 }))
    }

    /// Every scalar, between two letters: the byte scan finds a line break exactly where a
    /// Character is one (a line break never joins another scalar into one Character, but CR LF).
    @Test func theByteScanFindsALineBreakExactlyWhereTheGeneralRuleDoes() {
        var disagreements: [UInt32] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "a\(scalar)b"
            if text.hasLineBreakBytes != text.contains(where: \.isNewline) { disagreements.append(value) }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(10).map { String($0, radix: 16) })")
    }
}
