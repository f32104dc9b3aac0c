import LedgerCSV
import LedgerDomain

/// Rows to print, in any of the output formats. One type serves every listing, so the same data
/// comes out the same way everywhere: numbers right-aligned with thousands separators in `table`,
/// raw in `csv` and `json`; formula-like text guarded in `csv`; keys in a stable order in `json`.
struct Table {
    typealias Cell = CSVWriter.Cell

    struct Column {
        var name: String
        var numeric = false
        /// Thousands separators in `table` format: for counts, not for identifiers such as seq.
        var grouped = true
        /// Longer text is cut in `table` format only, where a line must stay readable.
        var tableWidth: Int?
        /// Whether the column is shown in `table` format; `csv` and `json` show every column.
        var inTable = true
    }

    var columns: [Column]
    var rows: [[Cell]] = []

    init(_ columns: [Column]) { self.columns = columns }

    mutating func append(_ row: [Cell]) {
        precondition(row.count == columns.count, "a row has one cell per column")
        rows.append(row)
    }

    func render(_ format: OutputFormat) -> String {
        switch format {
        case .table: renderTable()
        case .csv: renderCSV()
        case .json: "[\n" + rows.map { "  " + Self.jsonObject(columns: columns, row: $0).canonicalText }.joined(separator: ",\n") + (rows.isEmpty ? "]\n" : "\n]\n")
        case .html: HTMLPage.document(title: "ledger", sections: [(nil, self)])
        }
    }

    static func jsonObject(columns: [Column], row: [Cell]) -> JSONValue {
        .object(Dictionary(uniqueKeysWithValues: zip(columns, row).map { column, cell in
            let value: JSONValue = switch cell {
            case .text(let text): .string(text)
            case .number(let number): .int(Int64(number))
            case .flag(let flag): .bool(flag)
            case .empty: .null
            }
            return (column.name, value)
        }))
    }

    private func renderCSV() -> String {
        var text = Self.csvHeader(columns)
        for row in rows { CSVWriter.append(row, to: &text) }
        return text
    }

    static func csvHeader(_ columns: [Column]) -> String {
        CSVWriter.line(columns.map { .text($0.name) })
    }

    private func renderTable() -> String {
        let shown = columns.indices.filter { columns[$0].inTable }
        let texts = rows.map { row in shown.map { Self.shownText(row[$0], in: columns[$0]) } }
        let headers = shown.map { ShownText(columns[$0].name) }
        var widths = headers.map(\.width)
        for row in texts { for (position, text) in row.enumerated() { widths[position] = max(widths[position], text.width) } }
        func line(_ cells: [ShownText]) -> String {
            let padded = cells.enumerated().map { position, cell in
                let padding = String(repeating: " ", count: widths[position] - cell.width)
                return columns[shown[position]].numeric ? padding + cell.text : cell.text + padding
            }.joined(separator: "  ")
            // Empty cells at the end of a row leave no trailing blanks. Found on the bytes: a
            // blank is one byte, and going through Characters made this most of a 500-row table's cost.
            let end = padded.utf8.lastIndex { $0 != UInt8(ascii: " ") }.map { padded.utf8.index(after: $0) } ?? padded.startIndex
            return String(padded[..<end])
        }
        var out = line(headers) + "\n" + widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n"
        for row in texts { out += line(row) + "\n" }
        return out
    }

    /// A cell's text as a table shows it, with its width in Characters, counted once: counting
    /// Characters walks the text, and each cell's width is needed twice.
    private struct ShownText {
        var text: String
        var width: Int
        init(_ text: String) {
            self.text = text
            width = text.count
        }
    }

    private static func shownText(_ cell: Cell, in column: Column) -> ShownText {
        switch cell {
        case .text(let text): ShownText(cut(text.replacingLineBreaks, to: column.tableWidth))
        case .number(let number): ShownText(column.grouped ? number.grouped : String(number))
        case .flag: ShownText(CSVWriter.field(cell))
        case .empty: ShownText("")
        }
    }

    private static func cut(_ text: String, to width: Int?) -> String {
        // No more bytes than the width is no more Characters, without counting them.
        guard let width, text.utf8.count > width, text.count > width else { return text }
        return String(text.prefix(width - 1)) + "…"
    }
}

extension String {
    /// Line breaks shown as `⏎`, so a multi-line note keeps a table row on one line.
    var replacingLineBreaks: String {
        hasLineBreakBytes ? String(map { $0.isNewline ? "⏎" : $0 }) : self
    }

    /// Whether a line break's bytes are in the text: one from LF to CR (CR LF among them), or
    /// U+0085 (C2 85), U+2028 or U+2029 (E2 80 A8, E2 80 A9). Found on the bytes: most text has
    /// none, and is then shown as it is without a Character looked at.
    var hasLineBreakBytes: Bool {
        var before: (UInt8, UInt8) = (0, 0)
        for byte in utf8 {
            if (0x0A...0x0D).contains(byte) || (before.1 == 0xC2 && byte == 0x85) || (before == (0xE2, 0x80) && (byte == 0xA8 || byte == 0xA9)) {
                return true
            }
            before = (before.1, byte)
        }
        return false
    }
}
