/// Writes CSV that spreadsheets open safely: RFC 4180 quoting, and text cells that a spreadsheet
/// would run as a formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage return) are
/// prefixed with `'`, so `=HYPERLINK(…)` in a name is shown, never executed.
public enum CSVWriter {
    /// One cell of output: text is guarded against formulas, numbers are written raw, a flag is
    /// `yes` or `no` (JSON output writes it as a boolean).
    public enum Cell: Sendable, Hashable {
        case text(String)
        case number(Int)
        case flag(Bool)
        case empty
    }

    public static func line(_ cells: [Cell]) -> String {
        var line = ""
        append(cells, to: &line)
        return line
    }

    /// Writes the line of `cells` at the end of `text`: a whole file of lines is one String grown
    /// in place, not a String a line joined at the end.
    public static func append(_ cells: [Cell], to text: inout String) {
        // A record of one empty field would be an empty line, which readers skip: quote it.
        if cells.count == 1 && field(cells[0]).isEmpty {
            text += "\"\"\r\n"
            return
        }
        for (index, cell) in cells.enumerated() {
            if index > 0 { text += "," }
            text += field(cell)
        }
        text += "\r\n"
    }

    public static func field(_ cell: Cell) -> String {
        switch cell {
        case .empty: return ""
        case .number(let number): return String(number)
        case .flag(let flag): return flag ? "yes" : "no"
        case .text(let text):
            let text = needsGuard(text) ? "'" + text : text
            // Bytes, not characters: a comma or quote followed by a combining mark is one Character
            // to Swift, but still a separator or a quote to every reader. Scanned in place where the
            // bytes are contiguous, as a native String's are: the view's own iterator was not
            // specialised here and went through protocol witnesses for every byte of every cell.
            let special = { (byte: UInt8) in byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") || byte == 0x0A || byte == 0x0D }
            guard text.utf8.withContiguousStorageIfAvailable({ $0.contains(where: special) }) ?? text.utf8.contains(where: special) else {
                return text
            }
            var quoted: [UInt8] = [UInt8(ascii: "\"")]
            for byte in text.utf8 {
                quoted.append(byte)
                if byte == UInt8(ascii: "\"") { quoted.append(byte) }
            }
            quoted.append(UInt8(ascii: "\""))
            return String(decoding: quoted, as: UTF8.self)
        }
    }

    /// The characters with which a cell would start a formula.
    private static let formulaStarts = "=+-@\t\r".unicodeScalars

    /// Whether the writer prefixes `'`: text that starts a formula once any leading apostrophes
    /// are set aside, so that `unguarded` can tell its own prefix from the data's and give back
    /// exactly what was written.
    private static func needsGuard(_ text: String) -> Bool {
        text.unicodeScalars.first { $0 != "'" }.map(formulaStarts.contains) ?? false
    }

    /// The text as it was before `field(_:)` guarded it, for reading back a file the ledger wrote.
    public static func unguarded(_ text: String) -> String {
        // The first byte first: nearly no cell starts with an apostrophe.
        guard text.utf8.first == UInt8(ascii: "'"), text.hasPrefix("'"), needsGuard(String(text.unicodeScalars.dropFirst())) else { return text }
        return String(text.unicodeScalars.dropFirst())
    }
}
