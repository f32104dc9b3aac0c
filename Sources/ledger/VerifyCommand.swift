import ArgumentParser
import LedgerDomain
import LedgerProofs

struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Prove the ledger was not altered: hash chain, full replay, projections.",
        discussion: """
            Recomputes every hash; replays the journal into a fresh in-memory database and compares every \
            table with the stored one; checks the schema against schema.sql. Exits 0 with one summary line, \
            or 1 naming the first bad seq and what is wrong.

            With --checkpoint and --log-key, also proves that the journal still holds the tree that checkpoint \
            signed: the same root at its size, and the entry its head line names.

            Examples:
              ledger verify
              ledger verify --expect-head 1042:3f5a…  # the full hash from `ledger head`
              ledger verify --checkpoint checkpoint.txt \\
                  --log-key "coordination-hq.example/exchanges+3b6c0e2a+AT0k…"
            """
    )

    @OptionGroup var global: GlobalOptions
    @Option(help: ArgumentHelp("An entry written down earlier with `ledger head`; it must still be there, unchanged.", valueName: "seq:hash"),
            transform: { try ExpectedHead(parsing: $0) })
    var expectHead: ExpectedHead?
    @Option(help: ArgumentHelp("A checkpoint this ledger signed; the journal must still hold its tree.", valueName: "file"))
    var checkpoint: String?
    @Option(help: ArgumentHelp("The log's verifier key, or a file holding it; its name is the origin.", valueName: "verifier-key"))
    var logKey: String?

    func validate() throws {
        if (checkpoint == nil) != (logKey == nil) { throw ValidationError("--checkpoint and --log-key go together") }
    }

    func run() throws {
        // The checkpoint is read before the long work, so that a wrong file is refused at once.
        let signed = try checkpoint.map { file in (file, try Self.signedCheckpoint(file: file, logKey: logKey!)) }
        let ledger = try global.open()
        let report = try ledger.verify(expectedHead: expectHead, progress: TerminalProgress.reporter("entries checked"))
        TerminalProgress.clear()
        var failure = report.failure?.description
        if failure == nil, let (file, signed) = signed, let problem = try Self.treeProblem(signed, in: ledger) {
            failure = "\(file): \(problem)"
        }
        if global.format == .json {
            // For programs: the outcome as an object, on stdout whether the journal holds or not (with
            // --output, only a ledger that holds leaves a file: a failed command leaves none).
            Output.line(JSONValue.object([
                "ok": .bool(failure == nil), "entries": .int(report.entries), "failure": failure.map(JSONValue.string) ?? .null,
                "head": report.head.map { JSONValue.string("\($0.seq):\($0.hash)") } ?? .null,
                "expected_head": expectHead.map { JSONValue.string("\($0.seq):\($0.hash)") } ?? .null,
                "checkpoint_size": signed.map { JSONValue.int(Int64($0.1.treeHead.size)) } ?? .null,
            ]).canonicalText)
        }
        if let failure {
            Output.error("verify failed: \(failure)")
            throw CheckFailed()
        }
        guard global.format != .json else { return }
        let checked = signed.map { "; checkpoint of \($0.1.treeHead.size.grouped) entries holds" } ?? ""
        let head = report.head.map { "; head \($0.seq):\($0.hash)" } ?? ""
        let expected = expectHead.map { "; expected head \($0.seq) present and unchanged" } ?? ""
        Output.line("ok: \(report.entries.grouped) entries, chain intact, projections match the replay\(expected)\(checked)\(head)")
    }

    private static func signedCheckpoint(file: String, logKey text: String) throws -> Checkpoint {
        let logKey = try ProofInputs.verifierKey(text, option: "--log-key")
        let text = try TextFile.read(file)
        do {
            return try Checkpoint.verify(text, logKey: logKey, origin: logKey.name)
        } catch {
            try ProofInputs.refuse("verify", isMalformed: error.isMalformed, error.description, file: file)
        }
    }

    /// What in the journal differs from the tree the checkpoint signed, nil when it holds it.
    private static func treeProblem(_ checkpoint: Checkpoint, in ledger: any LedgerStore) throws(LedgerError) -> String? {
        let size = checkpoint.treeHead.size
        let entries = Int(try ledger.head()?.seq ?? 0)
        if size > entries { return "the checkpoint signed \(size.grouped) entries; the journal has \(entries.grouped): entries were removed" }
        let then = try ledger.tree(size: size)
        if then.root != checkpoint.treeHead.root {
            return "the journal's first \(size.grouped) entries have root \(then.root.base64), the checkpoint signed \(checkpoint.treeHead.root.base64): the journal was rewritten"
        }
        if let head = checkpoint.head, head.seq != size || then.head?.hash != head.hash.hex {
            return "the checkpoint's head line \(head.line) is not entry \(size) of the journal"
        }
        return nil
    }
}
