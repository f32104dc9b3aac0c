import ArgumentParser
import LedgerDomain

struct PartyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "party",
        abstract: "Parties to the conflict and intermediaries.",
        discussion: """
            Examples:
              ledger party add ICRC --name "International Committee of the Red Cross"
              ledger party list
            """,
        subcommands: [Add.self, List.self]
    )

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a party.",
            discussion: """
                Example:
                  ledger party add UA --name Ukraine
                """
        )

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The party's code: 2–12 capital letters, digits or -.") var code: String
        @Option(help: "The party's name.") var name: String

        func validate() throws {
            try UsageChecks.partyCode(code)
        }

        func run() throws {
            let entry = try global.open().addParty(code: code, name: name)
            global.confirm("added party \(code) (seq \(entry.seq))", entries: [entry])
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the parties.",
            discussion: """
                Example:
                  ledger party list --format csv
                """
        )

        @OptionGroup var global: GlobalOptions

        func run() throws {
            var table = Table([.init(name: "code"), .init(name: "name")])
            for party in try global.open().parties() { table.append([.text(party.code), .text(party.name)]) }
            global.print(table)
        }
    }
}
