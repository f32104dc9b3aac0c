#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import LedgerDomain
import LedgerProofs

/// The keys, checkpoints and proofs the proof commands are given, read and checked, with each
/// failure turned into the ledger's errors: a file that cannot be read (66), one that is not what
/// it should be (65), a key typed wrong on the command line (64).
enum ProofInputs {
    /// A private key file, as `ledger key generate` wrote it.
    static func signingKey(file: String) throws(LedgerError) -> SigningKey {
        let text = try TextFile.read(file)
        do {
            return try SigningKey(parsing: text.hasSuffix("\n") ? String(text.dropLast()) : text)
        } catch {
            throw .rejected([Problem("not a private key: \(error)", at: SourceLocation(file: file))])
        }
    }

    /// A verifier key given as an option's value: the key's text, or a file holding it, as
    /// `ledger key generate` prints it and as it is handed from one side to the other.
    static func verifierKey(_ value: String, option: String) throws(LedgerError) -> VerifierKey {
        let text = try verifierKeyText(value)
        do { return try VerifierKey(parsing: text) } catch { throw .usage("\(option): \(error)") }
    }

    /// `value` itself, or the first line of the file it names when there is one.
    static func verifierKeyText(_ value: String) throws(LedgerError) -> String {
        guard access(value, F_OK) == 0 else { return value }
        return String(try TextFile.read(value).prefix { $0 != "\n" })
    }

    /// A checkpoint file of this ledger: signed by one of its recorded log keys, for its origin,
    /// and of the tree its journal has at that size. Returns the note as given, cosignatures and
    /// all, and what it states.
    static func ownCheckpoint(file: String, in ledger: any LedgerStore) throws(LedgerError) -> (note: SignedNote, checkpoint: Checkpoint) {
        let text = try TextFile.read(file)
        let at = SourceLocation(file: file)
        let identity = try ledger.logIdentity()
        guard let origin = identity.origin else { throw .rejected([Problem("this ledger has no origin, so no checkpoint of its own", at: at)]) }
        let note: SignedNote
        do { note = try SignedNote(parsing: text) } catch { throw .rejected([Problem(error.description, at: at)]) }
        var refusals: [String] = []
        for key in identity.keys(.log) {
            let verifier: VerifierKey
            do { verifier = try VerifierKey(parsing: key.text) } catch { throw .database("the recorded key \(key.name) cannot be read: \(error)") }
            let checkpoint: Checkpoint
            do { checkpoint = try Checkpoint.verify(note, logKey: verifier, origin: origin) } catch {
                refusals.append(error.description)
                continue
            }
            let entries = Int(try ledger.head()?.seq ?? 0)
            guard checkpoint.treeHead.size <= entries else {
                throw .rejected([Problem("the checkpoint is of \(checkpoint.treeHead.size.grouped) entries; this ledger has \(entries.grouped)", at: at)])
            }
            let ours = try ledger.tree(size: checkpoint.treeHead.size)
            guard ours.root == checkpoint.treeHead.root else {
                throw .rejected([Problem("the checkpoint's root for \(checkpoint.treeHead.size.grouped) entries is \(checkpoint.treeHead.root.base64); this ledger's is \(ours.root.base64): run `ledger verify --checkpoint`", at: at)])
            }
            return (note, checkpoint)
        }
        let reason = refusals.isEmpty ? "this ledger has no log key; record one with `ledger key add … --role log`" : refusals.joined(separator: "; ")
        throw .rejected([Problem("not a checkpoint signed by this ledger: \(reason)", at: at)])
    }

    /// A proof or checkpoint refused for its form is rejected input (65); one that is well formed
    /// but does not hold is a failed check (1), reported on stderr.
    static func refuse(_ what: String, isMalformed: Bool, _ reason: String, file: String) throws -> Never {
        if isMalformed { throw LedgerError.rejected([Problem(reason, at: SourceLocation(file: file))]) }
        Output.error("\(what) failed: \(file): \(reason)")
        throw CheckFailed()
    }
}
