import LedgerDomain

/// Journal entries as table rows, shared by `log`, `person show` and `remains show`.
let entryColumns: [Table.Column] = [
    .init(name: "seq", numeric: true, grouped: false), .init(name: "at"), .init(name: "actor"), .init(name: "kind"),
    .init(name: "payload", tableWidth: 90), .init(name: "prev", inTable: false), .init(name: "hash", inTable: false),
]

func entryRow(_ entry: JournalEntry) -> [Table.Cell] {
    [.number(Int(entry.seq)), .text(entry.at), .text(entry.actor), .text(entry.kind), .text(entry.payload),
     .text(entry.prev), .text(entry.hash)]
}
