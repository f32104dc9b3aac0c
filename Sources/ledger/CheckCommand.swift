import ArgumentParser
import LedgerDomain
import LedgerProofs

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check a proof or receipt from another ledger, without any ledger file.",
        discussion: """
            The other side's command. It checks the log's signature, the witnesses' cosignatures (at least \
            --witnesses of the keys given), the entry's hash recomputed from its fields, its inclusion path to \
            the signed root, and the checkpoint's head line; then states the entry in words. Exits 0 when all \
            holds, 1 naming what fails, 65 for a file that is not a proof.

            Examples:
              ledger check receipt-B-17.txt \\
                  --log-key "coordination-hq.example/exchanges+3b6c0e2a+AT0k…"
              ledger check receipt-B-17.txt --log-key "…" \\
                  --witness-key "icrc.example+5e1f3a07+BM3v…" --witnesses 1
            """
    )

    // For --format; no ledger file is opened, whatever --db says.
    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp("The proof file (`ledger prove` or `ledger receipt`).", valueName: "proof")) var proof: String
    @Option(help: ArgumentHelp("The log's verifier key, as its office handed it over, or a file holding it.", valueName: "verifier-key")) var logKey: String
    @Option(help: ArgumentHelp("The log's origin; by default the log key's name.", valueName: "origin")) var origin: String?
    @Option(help: ArgumentHelp("A witness's verifier key, or a file holding it; repeat for each witness you trust.", valueName: "verifier-key")) var witnessKey: [String] = []
    @Option(help: "How many of those witnesses must have cosigned.") var witnesses: Int = 0

    func validate() throws {
        if witnesses < 0 { throw ValidationError("--witnesses counts from 0") }
        if witnesses > witnessKey.count {
            throw ValidationError("--witnesses \(witnesses) asks for more cosignatures than the \(witnessKey.count) --witness-key given")
        }
    }

    func run() throws {
        let logKey = try ProofInputs.verifierKey(logKey, option: "--log-key")
        var witnessKeys: [VerifierKey] = []
        for text in witnessKey {
            let key = try ProofInputs.verifierKey(text, option: "--witness-key")
            // A log's own signature is no witness's: only a cosignature key counts toward --witnesses.
            guard key.type == .cosignatureV1, key != logKey else {
                throw LedgerError.usage("--witness-key \(key.name) is not a witness's key (cosignature/v1, made by `ledger key generate --role witness`)")
            }
            witnessKeys.append(key)
        }
        let text = try TextFile.read(proof)
        let checked: EntryProof.Checked
        do {
            checked = try EntryProof.check(text, logKey: logKey, origin: origin ?? logKey.name, witnesses: witnessKeys, required: witnesses)
        } catch {
            try ProofInputs.refuse("check", isMalformed: error.isMalformed, error.description, file: proof)
        }
        let checkpoint = checked.proof.checkpoint
        let cosigners = checked.proof.witnesses.map(\.key.name)
        let what = checked.summary ?? "\(checked.entry.kind) entry"
        guard global.format == .table else {
            var table = Table(["seq", "at", "actor", "kind", "hash", "summary", "origin", "size", "cosigned_by"].map { Table.Column(name: $0) })
            table.append([.text(String(checked.entry.seq)), .text(checked.entry.at), .text(checked.entry.actor), .text(checked.entry.kind),
                          .text(checked.entry.hash), .text(what), .text(checkpoint.origin), .text(String(checkpoint.treeHead.size)),
                          .text(cosigners.joined(separator: " "))])
            return global.print(table)
        }
        let witnessed = cosigners.isEmpty ? "; no witness cosignature checked" : ", cosigned by \(cosigners.joined(separator: ", "))"
        Output.line("ok: seq \(checked.entry.seq), \(what) — included in \(checkpoint.origin) at size \(checkpoint.treeHead.size.grouped)\(witnessed)")
    }
}
