import ArgumentParser
import LedgerDomain

struct HeadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "head",
        abstract: "Print SEQ:HASH of the last journal entry, to write down or send to the other party.",
        discussion: """
            Later, `ledger verify --expect-head SEQ:HASH` proves that this entry is still there, unchanged. \
            An empty ledger prints 0 and 64 zeros: the start of the chain.

            Example:
              ledger head
            """
    )

    @OptionGroup var global: GlobalOptions

    func run() throws {
        // An empty journal's head is where the chain starts: seq 0 and the `prev` of the first entry.
        let head = try global.open().head().map { ($0.seq, $0.hash) } ?? (0, JournalEntry.genesisHash)
        if global.format == .table { return Output.line("\(head.0):\(head.1)") }
        var table = Table([.init(name: "seq", numeric: true, grouped: false), .init(name: "hash")])
        table.append([.number(Int(head.0)), .text(head.1)])
        global.print(table)
    }
}
