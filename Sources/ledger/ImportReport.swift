import LedgerDomain

extension GlobalOptions {
    /// Reports an import the same way for every kind of record: a sentence for people, one row of
    /// counts and seqs for programs. `one` and `many` name the records ("assessment", "assessments").
    func reportImport(_ summary: ImportSummary, from file: String, one: String, many: String) {
        func counted(_ count: Int) -> String { "\(count.grouped) \(count == 1 ? one : many)" }
        guard format == .table else {
            var table = Table([.init(name: "added", numeric: true), .init(name: "unchanged", numeric: true),
                               .init(name: "first_seq", numeric: true, grouped: false), .init(name: "last_seq", numeric: true, grouped: false)])
            table.append([.number(summary.added), .number(summary.unchanged),
                          summary.seqs.map { .number(Int($0.lowerBound)) } ?? .empty, summary.seqs.map { .number(Int($0.upperBound)) } ?? .empty])
            return print(table)
        }
        if summary.added == 0 {
            let all = summary.unchanged == 1 ? "its 1 \(one) is" : "all \(counted(summary.unchanged)) are"
            return Output.line("nothing new in \(file): \(all) already in the ledger with the same data")
        }
        let seqs = summary.seqs.map { $0.count == 1 ? " (seq \($0.lowerBound))" : " (seq \($0.lowerBound)–\($0.upperBound))" } ?? ""
        var sentence = "imported \(counted(summary.added)) from \(file)\(seqs)"
        if summary.unchanged > 0 { sentence += "; \(counted(summary.unchanged)) already in the ledger with the same data, skipped" }
        Output.line(sentence)
    }
}

/// The columns of a CSV file of records, one a line, for an import's `--help`: `* required`.
func columnsHelp<Field: RecordField>(_ type: Field.Type) -> String {
    Field.allCases.map { "  \($0.rawValue)\($0.isRequired ? " *" : ""): \($0.meaning)" }.joined(separator: "\n")
}
