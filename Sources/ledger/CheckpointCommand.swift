import ArgumentParser
import LedgerDomain
import LedgerProofs

struct CheckpointCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "checkpoint",
        abstract: "Sign a checkpoint of the journal as it stands: origin, size, Merkle root, head.",
        discussion: """
            A c2sp.org/tlog-checkpoint signed note, to hand to a witness and to the other side. Its last text \
            line, `head SEQ:HASH`, ties the Merkle tree to the hash chain. The key must be recorded as this \
            ledger's log key (`ledger key add … --role log`).

            Examples:
              ledger checkpoint --key office.key
              ledger checkpoint --key office.key --out checkpoint-2025-05-23.txt
            """
    )

    @OptionGroup var global: GlobalOptions
    @Option(help: ArgumentHelp("The log's private key file.", valueName: "file")) var key: String
    @Option(help: ArgumentHelp("Write the checkpoint to this new file instead of printing it.", valueName: "file")) var out: String?

    func run() throws {
        let signingKey = try ProofInputs.signingKey(file: key)
        let ledger = try global.open()
        let identity = try ledger.logIdentity()
        guard let origin = identity.origin else { throw LedgerError.rejected("this ledger has no origin; record it with `ledger origin set ORIGIN`") }
        guard identity.keys(.log).contains(where: { $0.text == signingKey.verifierKey.text }) else {
            throw LedgerError.rejected([Problem("\(signingKey.verifierKey.text) is not a log key of this ledger; record it with `ledger key add … --role log`",
                                                at: SourceLocation(file: key))])
        }
        let tree = try ledger.tree(size: nil)
        guard let head = tree.head, let headHash = TreeHash(hex: head.hash) else { throw LedgerError.rejected("the journal is empty: there is nothing to sign") }
        let checkpoint: Checkpoint
        do {
            checkpoint = try Checkpoint(origin: origin, treeHead: TreeHead(size: tree.size, root: tree.root), head: JournalHead(seq: Int(head.seq), hash: headHash))
        } catch {
            throw LedgerError.database("the recorded origin cannot head a checkpoint: \(error)")
        }
        try ProofOutput.emit(checkpoint.signed(by: signingKey).serialized, to: out)
    }
}

/// Where a proof command's text goes: stdout, or a new file with `--out`.
enum ProofOutput {
    static func emit(_ text: String, to file: String?) throws {
        if let file { try TextFile.write(text, to: file, replacing: false) } else { Output.write(text) }
    }
}
