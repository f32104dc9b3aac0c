import ArgumentParser
import LedgerDomain
import LedgerProofs

struct ProveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "prove",
        abstract: "Prove an entry is in a checkpoint's tree, or that one checkpoint extends another.",
        discussion: """
            With SEQ: a c2sp.org/tlog-proof@v1 of that entry under the checkpoint, with every cosignature the \
            checkpoint carries and the entry itself, so that `ledger check` needs nothing else. \
            With --from: the consistency proof from an older checkpoint of this ledger to a newer one, which a \
            witness asks for before it cosigns the newer.

            Examples:
              ledger prove 17 --checkpoint checkpoint.txt
              ledger prove --from checkpoint-1.txt --checkpoint checkpoint-2.txt
            """
    )

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The seq of the entry to prove.") var seq: Int64?
    @Option(help: ArgumentHelp("A checkpoint of this ledger, cosigned or not.", valueName: "file")) var checkpoint: String
    @Option(help: ArgumentHelp("An older checkpoint of this ledger: prove the newer extends it.", valueName: "file")) var from: String?
    @Option(help: ArgumentHelp("Write the proof to this new file instead of printing it.", valueName: "file")) var out: String?

    func validate() throws {
        if (seq == nil) == (from == nil) { throw ValidationError("give either SEQ or --from, not both") }
        if let seq, seq < 1 { throw ValidationError("SEQ counts from 1") }
    }

    func run() throws {
        let ledger = try global.open()
        let (note, newer) = try ProofInputs.ownCheckpoint(file: checkpoint, in: ledger)
        if let seq {
            try ProofOutput.emit(try Self.inclusion(seq: seq, under: note, newer, of: ledger), to: out)
        } else if let from {
            let (_, older) = try ProofInputs.ownCheckpoint(file: from, in: ledger)
            guard older.treeHead.size <= newer.treeHead.size else {
                throw LedgerError.rejected([Problem("the checkpoint of \(older.treeHead.size.grouped) entries is larger than --checkpoint's \(newer.treeHead.size.grouped); give the older one with --from", at: SourceLocation(file: from))])
            }
            let path = try ledger.consistencyProof(from: older.treeHead.size, to: newer.treeHead.size)
            try ProofOutput.emit(ConsistencyProof(old: older.treeHead, new: newer.treeHead, path: path).text, to: out)
        }
    }

    /// The tlog proof of entry `seq` under the signed checkpoint `note`.
    static func inclusion(seq: Int64, under note: SignedNote, _ checkpoint: Checkpoint, of ledger: any LedgerStore) throws -> String {
        guard seq <= checkpoint.treeHead.size else {
            throw LedgerError.rejected("seq \(seq) is not in the checkpoint's tree of \(checkpoint.treeHead.size.grouped) entries; sign a newer checkpoint")
        }
        let (entry, path) = try ledger.inclusionProof(seq: seq, size: checkpoint.treeHead.size)
        return EntryProof.make(entry: entry, path: path, checkpoint: note).text
    }
}

struct ReceiptCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "receipt",
        abstract: "A proof, for the receiving side, of the entry that recorded a batch.",
        discussion: """
            `ledger prove` for the batch's entry: it holds the batch as journaled, with the office's ids and no \
            names, and the other side checks it with `ledger check`, without this ledger.

            Example:
              ledger receipt B-17 --checkpoint checkpoint.txt --out receipt-B-17.txt
            """
    )

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The batch's id.") var batch: String
    @Option(help: ArgumentHelp("A checkpoint of this ledger made after the batch.", valueName: "file")) var checkpoint: String
    @Option(help: ArgumentHelp("Write the receipt to this new file instead of printing it.", valueName: "file")) var out: String?

    func run() throws {
        let ledger = try global.open()
        guard let recorded = try ledger.batches(agreementID: nil).first(where: { $0.id == batch }) else {
            throw LedgerError.rejected("unknown batch \(batch)")
        }
        let (note, signed) = try ProofInputs.ownCheckpoint(file: checkpoint, in: ledger)
        try ProofOutput.emit(try ProveCommand.inclusion(seq: recorded.addedSeq, under: note, signed, of: ledger), to: out)
    }
}
