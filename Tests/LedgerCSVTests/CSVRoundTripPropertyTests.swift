import PropertyBased
import Testing
@testable import LedgerCSV

@Suite("CSV round trip properties")
struct CSVRoundTripPropertyTests {
    /// Pieces of field text: separators, quotes, every line end, Cyrillic, emoji (with a skin tone
    /// and a ZWJ sequence), formula characters and the apostrophe that guards them.
    static let pieces: [String] = [
        "a", "Z", "0", " ", ",", "\"", "\"\"", "\n", "\r\n", "\r", "Ж", "ї", "й", "Щербухи", "😀", "👍🏽", "👨‍👩‍👧",
        "'", "=", "+", "-", "@", "\t", ";", "漢", "é",
    ]

    /// A field of 0–8 pieces, starting with anything.
    static let field = Gen<String?>.element(of: pieces).map { $0! }.array(of: 0...8).map { $0.joined() }

    /// A record of 1–6 fields (one empty field included: it is written quoted, not as an empty line).
    static let record = field.array(of: 1...6)

    @Test("records written with CSVWriter.line read back, unguarded, as the same fields, lines and positions")
    func roundTrip() async {
        await propertyCheck(count: 1000, input: Self.record.array(of: 1...5)) { records in
            let text = records.map { CSVWriter.line($0.map { .text($0) }) }.joined()
            let results = readAll(text)
            #expect(results.count == records.count)
            // Where each field must start, counted independently over the written text.
            var line = 1, column = 1
            for (index, fields) in records.enumerated() where index < results.count {
                guard case .record(let read) = results[index] else {
                    Issue.record("record \(index) of \(text.debugDescription) gave \(results[index])")
                    return
                }
                #expect(sameBytes(read.fields.map(CSVWriter.unguarded), fields))
                #expect(read.line == line)
                for (fieldIndex, field) in fields.enumerated() {
                    #expect(read.positions.indices.contains(fieldIndex) && read.positions[fieldIndex] == (line, column))
                    for scalar in CSVWriter.field(.text(field)).unicodeScalars {
                        if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
                    }
                    column += 1  // the comma, or the CR of the line end
                }
                line += 1
                column = 1
            }
        }
    }

    @Test("text starting with a formula character reads back with one leading apostrophe")
    func formulaGuardRoundTrip() async {
        let guarded = zip(Gen<String?>.element(of: ["=", "+", "-", "@", "\t", "\r"]).map { $0! }, Self.field).map { $0 + $1 }
        await propertyCheck(count: 300, input: guarded) { text in
            let read = readAll(CSVWriter.line([.text(text), .text("end")]))
            #expect(read.count == 1)
            #expect(sameBytes(read.first?.fields ?? [], ["'" + text, "end"]))
            #expect(sameBytes((read.first?.fields ?? []).map(CSVWriter.unguarded), [text, "end"]))
        }
    }

    @Test("numbers read back as their decimal text, never guarded")
    func numbersRoundTrip() async {
        await propertyCheck(count: 300, input: Gen.int(in: Int.min...Int.max).array(of: 1...6)) { numbers in
            let read = readAll(CSVWriter.line(numbers.map { .number($0) }))
            #expect(read.first?.fields == numbers.map { String($0) })
            #expect(read.first?.fields?.compactMap { Int($0) } == numbers)
        }
    }
}
