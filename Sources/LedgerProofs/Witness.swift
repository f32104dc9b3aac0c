/// What a witness does when shown a checkpoint: it cosigns only a checkpoint signed by the log
/// that extends, unchanged, the last one it cosigned for that log. A smaller tree, or another root
/// for the same size, is the log rewriting its history, the one thing a witness is there to catch.
public enum Witness {
    /// Why a witness refused to cosign.
    public enum Refusal: Error, Sendable, Hashable, CustomStringConvertible {
        /// The checkpoint or the consistency proof cannot be read, or does not hold.
        case proof(ProofError)
        /// The log shows a smaller tree than one the witness cosigned before.
        case smaller(cosigned: TreeHead, shown: TreeHead)
        /// The same size with another root: two histories of one log.
        case fork(cosigned: TreeHead, shown: TreeHead)
        /// A larger tree, shown without the proof that it extends the one cosigned.
        case consistencyProofNeeded(cosigned: TreeHead, shown: TreeHead)

        public var isMalformed: Bool {
            if case .proof(let error) = self { return error.isMalformed }
            return false
        }

        public var description: String {
            switch self {
            case .proof(let error): error.description
            case .smaller(let cosigned, let shown):
                "the log shows \(shown.size) entries, fewer than the \(cosigned.size) already cosigned: its history was rewritten"
            case .fork(let cosigned, let shown):
                "the log shows \(shown.size) entries with root \(shown.root.base64), but the checkpoint cosigned for that size has root \(cosigned.root.base64): its history was rewritten"
            case .consistencyProofNeeded(let cosigned, let shown):
                "the checkpoint of \(shown.size) entries needs a consistency proof from the \(cosigned.size) cosigned before (ledger prove --from)"
            }
        }
    }

    /// The checkpoint `text` with this witness's cosignature added at `time`, if it is signed by
    /// `logKey` for `origin` and extends `cosigned`, the last checkpoint this witness cosigned for
    /// the log (nil for the first), as `consistency` proves when the tree grew.
    public static func cosign(
        _ text: String, key: SigningKey, logKey: VerifierKey, origin: String, cosigned: Checkpoint?, consistency: String?, time: UInt64
    ) throws(Refusal) -> (note: SignedNote, checkpoint: Checkpoint) {
        let note: SignedNote
        do { note = try SignedNote(parsing: text) } catch { throw .proof(.note(error)) }
        let shown: Checkpoint
        do { shown = try Checkpoint.verify(note, logKey: logKey, origin: origin) } catch { throw .proof(error) }
        if let cosigned {
            let old = cosigned.treeHead, new = shown.treeHead
            if new.size < old.size { throw .smaller(cosigned: old, shown: new) }
            if new.size == old.size && new.root != old.root { throw .fork(cosigned: old, shown: new) }
            // An empty tree is a prefix of every tree: nothing to prove.
            if new.size > old.size && old.size > 0 {
                guard let consistency else { throw .consistencyProofNeeded(cosigned: old, shown: new) }
                do {
                    try ConsistencyProof(parsing: consistency).verify(from: old, to: new)
                } catch {
                    throw .proof(error)
                }
            }
        }
        return (note.addingCosignature(by: key, time: time), shown)
    }
}
