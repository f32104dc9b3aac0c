import ArgumentParser
import LedgerDomain
import LedgerProofs

struct KeyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "key",
        abstract: "Signing keys: make one, record a public key in the journal.",
        discussion: """
            The log signs its checkpoints with an Ed25519 key; a witness cosigns them with a key of its own. \
            A private key lives in a file, readable by its owner only, and never enters the ledger; its public \
            half, the verifier key, is recorded in the journal and handed to whoever checks.

            Examples:
              ledger key generate --name coordination-hq.example/exchanges --out office.key
              ledger key add "coordination-hq.example/exchanges+3b6c0e2a+AT0k…" --role log
              ledger key generate --name icrc.example --role witness --out icrc.key \\
                  > icrc.pub
              ledger key add icrc.pub --role witness
            """,
        subcommands: [Generate.self, Add.self]
    )

    struct Generate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Make a private key file and print its verifier key.",
            discussion: """
                Needs no ledger. The file gets mode 0600 and is never written over an existing one. A log key is \
                named after the ledger's origin.

                Example:
                  ledger key generate --name coordination-hq.example/exchanges --out office.key
                """
        )

        @Option(help: "The key's name: the origin for a log key, the witness's own name for a witness key.") var name: String
        @Option(help: "What the key signs: log checkpoints, or witness cosignatures.") var role: LogKey.Role = .log
        @Option(help: ArgumentHelp("The private key file to create.", valueName: "file")) var out: String

        func run() throws {
            let key: SigningKey
            do {
                key = try SigningKey.generate(name: name, type: role == .log ? .ed25519 : .cosignatureV1)
            } catch {
                throw LedgerError.usage("--name: \(error)")
            }
            try TextFile.write(key.text + "\n", to: out, replacing: false)
            Output.line(key.verifierKey.text)
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record a verifier key in the journal: the log's own, or a witness's.",
            discussion: """
                Example:
                  ledger key add "icrc.example+5e1f3a07+BM3v…" --role witness
                """
        )

        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp("The verifier key, name+keyid+base64, as `ledger key generate` printed it, or a file holding it.",
                                     valueName: "verifier-key"))
        var key: String
        @Option(help: "Whose key it is.") var role: LogKey.Role

        func run() throws {
            let text = try ProofInputs.verifierKeyText(key)
            let entry = try global.open().addKey(text, role: role)
            global.confirm("recorded \(role.rawValue) key \(text.split(separator: "+").first ?? "") (seq \(entry.seq))", entries: [entry])
        }
    }
}
