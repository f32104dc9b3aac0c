/// The decimal numbers of the formats: ASCII digits, no sign, no leading zero (except `0` itself).
enum Decimal {
    static func parse(_ text: some StringProtocol, what: String) throws(FormatDefect) -> Int {
        let digits = Array(text.utf8)
        guard !digits.isEmpty, digits.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) else {
            throw .notDecimal(what: what, found: String(text))
        }
        guard digits.count == 1 || digits[0] != UInt8(ascii: "0") else { throw .leadingZero(what: what, found: String(text)) }
        var value = 0
        for digit in digits {
            let (times10, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = times10.addingReportingOverflow(Int(digit - UInt8(ascii: "0")))
            guard !overflow1, !overflow2 else { throw .tooLarge(what: what, found: String(text)) }
            value = sum
        }
        return value
    }
}
