@testable import ledger
import Testing

/// The table's fast paths against the general rules they stand for.
@Suite struct TableTextTests {
    /// Every Character Swift calls a line break, and text around the bytes that may start one.
    static let texts = [
        "", "plain", "Шевченко Андрій", "one\ntwo", "one\r\ntwo", "a\rb", "a\u{0B}b\u{0C}c", "a\u{85}b", "a\u{2028}b\u{2029}c",
        "it’s", "«Азов»", "\u{A0}non-breaking", "—dash—", "end\n",
    ]

    @Test(arguments: texts)
    func lineBreaksAreShownAsTheGeneralRuleShowsThem(_ text: String) {
        #expect(text.replacingLineBreaks == String(text.map { $0.isNewline ? "⏎" : $0 }))
    }
}
