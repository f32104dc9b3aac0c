import LedgerCSV
import LedgerDomain

/// A self-contained HTML page: inline CSS, no script, no link to anything, every piece of data
/// escaped, laid out to print on A4. Tables come out as they do in `table` format: numbers
/// right-aligned with thousands separators.
enum HTMLPage {
    static func document(title: String, intro: [String] = [], figure: String? = nil, sections: [(title: String?, table: Table)],
                         closing: String? = nil) -> String {
        var body = "<h1>\(escape(title))</h1>\n"
        for line in intro { body += "<p class=\"intro\">\(escape(line))</p>\n" }
        if let figure { body += figure + "\n" }
        for section in sections {
            if let heading = section.title { body += "<h2>\(escape(heading))</h2>\n" }
            body += html(section.table)
        }
        if let closing { body += "<p class=\"closing\">\(escape(closing))</p>\n" }
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>\(escape(title))</title>
            <style>
            @page { size: A4; margin: 14mm 12mm; }
            body { font: 9pt/1.35 "DejaVu Sans", "Liberation Sans", Arial, sans-serif; color: #111; margin: 0 auto; max-width: 186mm; }
            h1 { font-size: 15pt; margin: 0 0 4pt; }
            h2 { font-size: 11pt; margin: 14pt 0 4pt; break-after: avoid; page-break-after: avoid; }
            p.intro { margin: 0 0 2pt; color: #444; }
            p.closing { margin-top: 12pt; font-weight: bold; }
            table { border-collapse: collapse; width: 100%; }
            thead { display: table-header-group; }
            table { font-size: 8pt; }
            th, td { border-bottom: 0.5pt solid #bbb; padding: 1.5pt 3pt; text-align: left; vertical-align: top; overflow-wrap: break-word; }
            th { background: #eee; font-weight: bold; white-space: nowrap; }
            .n { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
            tr { break-inside: avoid; page-break-inside: avoid; }
            svg { width: 100%; height: auto; margin: 6pt 0; }
            svg text { font: 8px "DejaVu Sans", Arial, sans-serif; fill: #111; }
            </style>
            </head>
            <body>
            \(body)</body>
            </html>

            """
    }

    /// Text as HTML text or attribute value: nothing in it can become markup.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    static func html(_ table: Table) -> String {
        func cell(_ tag: String, _ cell: Table.Cell, _ column: Table.Column) -> String {
            switch cell {
            case .text(let text): "<\(tag)>\(escape(text))</\(tag)>"
            case .number(let number): "<\(tag) class=\"n\">\(column.grouped ? number.grouped : String(number))</\(tag)>"
            case .flag: "<\(tag)>\(CSVWriter.field(cell))</\(tag)>"
            case .empty: "<\(tag)></\(tag)>"
            }
        }
        let header = table.columns.map { "<th\($0.numeric ? " class=\"n\"" : "")>\(escape($0.name))</th>" }.joined()
        let rows = table.rows.map { row in "<tr>" + zip(row, table.columns).map { cell("td", $0, $1) }.joined() + "</tr>" }
        return "<table>\n<thead><tr>\(header)</tr></thead>\n<tbody>\n" + rows.joined(separator: "\n") + (rows.isEmpty ? "" : "\n") + "</tbody>\n</table>\n"
    }

    /// A horizontal bar chart in inline SVG: for each item, a bar of what was agreed (when a number
    /// was) and one of what was delivered, on one scale, each labelled with its number.
    static func barChart(title: String, items: [(label: String, agreed: Int?, delivered: Int)]) -> String {
        let labelWidth = 190.0, barsWidth = 440.0, rowHeight = 26.0, top = 22.0
        let largest = Double(max(1, items.map { max($0.agreed ?? 0, $0.delivered) }.max() ?? 1))
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 700 \(Int(top + rowHeight * Double(items.count) + 18))\" role=\"img\" "
            + "aria-label=\"\(escape(title))\">\n<text x=\"0\" y=\"12\" style=\"font-weight:bold\">\(escape(title))</text>\n"
        for (index, item) in items.enumerated() {
            let y = top + rowHeight * Double(index)
            svg += "<text x=\"0\" y=\"\(y + 14)\">\(escape(item.label))</text>\n"
            for (offset, value, colour, name) in [(0.0, item.agreed, "#9bb7d4", "agreed"), (11.0, item.delivered, "#1f4e79", "delivered")] {
                guard let value else { continue }
                let width = max(0.5, barsWidth * Double(value) / largest)
                svg += "<rect x=\"\(labelWidth)\" y=\"\(y + offset)\" width=\"\(format(width))\" height=\"9\" fill=\"\(colour)\"><title>\(name) \(value.grouped)</title></rect>"
                svg += "<text x=\"\(format(labelWidth + width + 3))\" y=\"\(y + offset + 8)\">\(name) \(value.grouped)</text>\n"
            }
        }
        let legendY = top + rowHeight * Double(items.count) + 10
        svg += "<rect x=\"\(labelWidth)\" y=\"\(legendY - 7)\" width=\"9\" height=\"7\" fill=\"#9bb7d4\"/><text x=\"\(labelWidth + 12)\" y=\"\(legendY)\">agreed</text>"
        svg += "<rect x=\"\(labelWidth + 60)\" y=\"\(legendY - 7)\" width=\"9\" height=\"7\" fill=\"#1f4e79\"/><text x=\"\(labelWidth + 72)\" y=\"\(legendY)\">delivered</text>\n</svg>"
        return svg
    }

    private static func format(_ value: Double) -> String { String(Double(Int(value * 10)) / 10) }
}
