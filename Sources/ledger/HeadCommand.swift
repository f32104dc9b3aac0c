import ArgumentParser
import LedgerDomain

struct HeadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "head",
        abstract: "Print SEQ:HASH of the last journal entry, to write down or send to the other party.",
        discussion: """
            Later, `ledger verify --expect-head SEQ:HASH` proves that this entry is still there, unchanged.

            Example:
              ledger head
            """
    )

    @OptionGroup var global: GlobalOptions

    func run() throws {
        guard let head = try global.open().head() else {
            throw LedgerError.rejected("the journal is empty: there is no head yet")
        }
        if global.format == .table { return Output.line("\(head.seq):\(head.hash)") }
        var table = Table([.init(name: "seq", numeric: true, grouped: false), .init(name: "hash")])
        table.append([.number(Int(head.seq)), .text(head.hash)])
        global.print(table)
    }
}
