#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import LedgerDomain
import LedgerProofs

struct CosignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cosign",
        abstract: "As a witness: cosign a log's checkpoint if it extends the last one cosigned.",
        discussion: """
            The witness's command; it needs no ledger file. It cosigns (cosignature/v1) only if the log's \
            signature holds and, when the state folder already holds a checkpoint of that log, the checkpoint \
            shown extends it: the same tree, or a larger one with a consistency proof (`ledger prove --from`). \
            A smaller tree, or another root for the same size, is refused: the log rewrote its history. The \
            cosigned checkpoint is printed and kept in the state folder, one file per log.

            Examples:
              ledger cosign checkpoint.txt --key icrc.key \\
                  --log-key "coordination-hq.example/exchanges+3b6c0e2a+AT0k…" \\
                  --state icrc-state
              ledger cosign checkpoint-2.txt --key icrc.key --log-key "…" \\
                  --state icrc-state --proof consistency.txt
            """
    )

    @Argument(help: ArgumentHelp("The checkpoint the log asks to have cosigned.", valueName: "checkpoint")) var checkpoint: String
    @Option(help: ArgumentHelp("The witness's private key file.", valueName: "file")) var key: String
    @Option(help: ArgumentHelp("The log's verifier key, or a file holding it; its name is the log's origin.", valueName: "verifier-key")) var logKey: String
    @Option(help: ArgumentHelp("The witness's folder of the checkpoints it last cosigned, one per log.", valueName: "dir")) var state: String
    @Option(help: ArgumentHelp("The consistency proof from the checkpoint last cosigned.", valueName: "file")) var proof: String?
    @Option(help: ArgumentHelp("Write the cosigned checkpoint to this new file instead of printing it.", valueName: "file")) var out: String?

    func validate() throws {
        // Checked first: the state moves on before the cosigned checkpoint is written out, and a
        // cosignature whose output could not be written would be one the witness cannot hand over.
        if let out, access(out, F_OK) == 0 { throw ValidationError("--out \(out) exists; it is not replaced") }
    }

    func run() throws {
        let witnessKey = try ProofInputs.signingKey(file: key)
        guard witnessKey.verifierKey.type == .cosignatureV1 else {
            throw LedgerError.rejected([Problem("a log key; a witness cosigns with a key made by `ledger key generate --role witness`", at: SourceLocation(file: key))])
        }
        let logKey = try ProofInputs.verifierKey(logKey, option: "--log-key")
        let origin = logKey.name
        let stateFile = try Self.stateFile(folder: state, origin: origin)
        // One witness command at a time on a state: two at once could each cosign from the same
        // last checkpoint, and so cosign two histories.
        let lock = try Self.lock(folder: state)
        defer { close(lock) }
        let cosigned: Checkpoint? = try Self.lastCosigned(stateFile, logKey: logKey)
        let text = try TextFile.read(checkpoint)
        let consistency = try proof.map { path throws(LedgerError) in try TextFile.read(path) }
        let result: (note: SignedNote, checkpoint: Checkpoint)
        do {
            result = try Witness.cosign(text, key: witnessKey, logKey: logKey, origin: origin, cosigned: cosigned, consistency: consistency,
                                        time: UInt64(time(nil)))
        } catch {
            let file = if case .proof(let inner) = error, inner.isMalformed, let proof, Self.isAboutConsistency(inner) { proof } else { checkpoint }
            let against = cosigned == nil ? "" : " (cosigned before: \(stateFile))"
            try ProofInputs.refuse("cosign", isMalformed: error.isMalformed, error.description + against, file: file)
        }
        // The --out file is made before the state moves on, so that a folder it cannot be written in
        // fails the command with the state as it was.
        let output = try out.map { path throws(LedgerError) in try PendingFile(path) }
        if let output, !output.write(Array(result.note.serialized.utf8)) {
            output.discard()
            throw LedgerError.database("\(output.path): cannot write: \(TextFile.systemReason())")
        }
        do {
            try TextFile.write(result.note.serialized, to: stateFile, replacing: true)
        } catch {
            output?.discard()
            throw error
        }
        if let output { try output.commit(replacing: false) } else { Output.write(result.note.serialized) }
    }

    /// An exclusive lock on the state folder, held until the descriptor is closed.
    private static func lock(folder: String) throws(LedgerError) -> Int32 {
        let path = "\(folder)/.lock"
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw .database("\(path): cannot lock the witness's state: \(TextFile.systemReason())") }
        guard flock(descriptor, LOCK_EX) == 0 else {
            let reason = TextFile.systemReason()
            close(descriptor)
            throw .database("\(path): cannot lock the witness's state: \(reason)")
        }
        return descriptor
    }

    private static func isAboutConsistency(_ error: ProofError) -> Bool {
        if case .malformed(.consistencyProof, _, _) = error { return true }
        return false
    }

    /// The state file of `origin` in `folder`, the folder made (mode 0700) if it is not there.
    /// The origin is written with every byte but letters, digits, `.`, `-` and `_` as `%XX`, so
    /// that each log has a file of its own and none can name a path outside the folder.
    static func stateFile(folder: String, origin: String) throws(LedgerError) -> String {
        if mkdir(folder, 0o700) != 0 && errno != EEXIST {
            throw .database("\(folder): cannot make the state folder: \(String(cString: strerror(errno)).lowercased())")
        }
        var name = ""
        for byte in origin.utf8 {
            let character = Character(Unicode.Scalar(byte))
            if character.isASCII && (character.isLetter || character.isNumber || "._-".contains(character)) {
                name.append(character)
            } else {
                name += "%" + String(Self.hexDigits[Int(byte >> 4)]) + String(Self.hexDigits[Int(byte & 0x0F)])
            }
        }
        return "\(folder)/\(name).checkpoint"
    }

    private static let hexDigits = Array("0123456789ABCDEF")

    /// The checkpoint last cosigned for the log, nil when there is none yet. The witness wrote it
    /// itself: one that cannot be read or is not the log's is a damaged state, not the log's fault.
    private static func lastCosigned(_ file: String, logKey: VerifierKey) throws(LedgerError) -> Checkpoint? {
        guard access(file, F_OK) == 0 else { return nil }
        let text = try TextFile.read(file)
        do {
            return try Checkpoint.verify(text, logKey: logKey, origin: logKey.name)
        } catch {
            throw .database("\(file): the checkpoint last cosigned cannot be read: \(error)")
        }
    }
}
