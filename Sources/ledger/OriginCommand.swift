import ArgumentParser
import LedgerDomain

struct OriginCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "origin",
        abstract: "The name this ledger's checkpoints carry, recorded once.",
        discussion: """
            The origin tells the other side which log a checkpoint or a receipt comes from. Choose a name no \
            other log uses, like a web address without https://. It is recorded in the journal and cannot change.

            Examples:
              ledger origin set coordination-hq.example/exchanges
              ledger origin
            """,
        subcommands: [Show.self, Set.self],
        defaultSubcommand: Show.self
    )

    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record the ledger's origin.",
            discussion: """
                Example:
                  ledger origin set coordination-hq.example/exchanges
                """
        )

        @OptionGroup var global: GlobalOptions
        @Argument(help: "Letters, digits and punctuation, without spaces or '+'.") var origin: String

        func run() throws {
            let entry = try global.open().recordOrigin(origin)
            global.confirm("recorded origin \(origin) (seq \(entry.seq))", entries: [entry])
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the origin and the keys recorded for it.",
            discussion: """
                Example:
                  ledger origin
                """
        )

        @OptionGroup var global: GlobalOptions

        func run() throws {
            let identity = try global.open().logIdentity()
            var table = Table([.init(name: "what"), .init(name: "value"), .init(name: "seq", numeric: true, grouped: false)])
            table.append([.text("origin"), identity.origin.map { .text($0) } ?? .empty, .empty])
            for recorded in identity.keys {
                table.append([.text("\(recorded.key.role.rawValue) key"), .text(recorded.key.text), .number(Int(recorded.seq))])
            }
            global.print(table)
        }
    }
}
