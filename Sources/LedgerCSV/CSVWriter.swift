/// Writes CSV that spreadsheets open safely: RFC 4180 quoting, and text cells that a spreadsheet
/// would run as a formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage return) are
/// prefixed with `'`, so `=HYPERLINK(…)` in a name is shown, never executed.
public enum CSVWriter {
    /// One cell of output: text is guarded against formulas, numbers are written raw.
    public enum Cell: Sendable, Hashable {
        case text(String)
        case number(Int)
        case empty
    }

    public static func line(_ cells: [Cell]) -> String {
        cells.map(field).joined(separator: ",") + "\r\n"
    }

    public static func field(_ cell: Cell) -> String {
        switch cell {
        case .empty: return ""
        case .number(let number): return String(number)
        case .text(let text):
            var text = text
            if let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) { text = "'" + text }
            guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return text }
            return "\"" + text.replacingAll("\"", with: "\"\"") + "\""
        }
    }
}

extension String {
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        for character in self {
            if character == target { out += replacement } else { out.append(character) }
        }
        return out
    }
}
