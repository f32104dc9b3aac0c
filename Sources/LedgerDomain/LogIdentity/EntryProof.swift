import LedgerProofs

/// A proof that one journal entry is in the ledger (a `c2sp.org/tlog-proof@v1`) that carries the
/// entry itself as its extra data, so that the other side can check it with nothing else: the
/// entry's hash is recomputed from its fields by the journal's rule, and that hash is the leaf the
/// inclusion path must lead from to the signed root (docs/proofs.md).
///
/// The extra data is the canonical JSON of the entry's seven fields, the payload as its canonical
/// text: `{"actor":…,"at":…,"hash":…,"kind":…,"payload":"…","prev":…,"seq":N}`.
public enum EntryProof {
    /// The proof of `entry`, at index seq − 1, under the signed checkpoint `checkpoint`.
    public static func make(entry: JournalEntry, path: [TreeHash], checkpoint: SignedNote) -> TlogProof {
        TlogProof(extra: extra(entry), index: Int(entry.seq) - 1, path: path, checkpoint: checkpoint)
    }

    static func extra(_ entry: JournalEntry) -> [UInt8] {
        JSONValue.object([
            "seq": .int(entry.seq), "at": .string(entry.at), "actor": .string(entry.actor), "kind": .string(entry.kind),
            "payload": .string(entry.payload), "prev": .string(entry.prev), "hash": .string(entry.hash),
        ]).canonicalBytes
    }

    /// What a proof that holds shows: the entry, in words when this version knows its kind.
    public struct Checked: Sendable {
        public var entry: JournalEntry
        /// The event in words; nil for a kind this version does not know.
        public var summary: String?
        public var proof: VerifiedProof
    }

    /// Why a proof was refused: `isMalformed` when it cannot be read at all, else it does not prove
    /// what it claims.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var isMalformed: Bool
        public var description: String
    }

    /// Checks `text` against what the caller trusts: the log's key, its origin, the witnesses'
    /// keys and how many of them must have cosigned. Also that the entry is the one at the proof's
    /// index, that its hash is its fields' and that the checkpoint's `head` line names the entry at
    /// the tree's size (the entry itself, when that is the one proven).
    public static func check(
        _ text: String, logKey: VerifierKey, origin: String, witnesses: [VerifierKey], required: Int
    ) throws(Failure) -> Checked {
        let proof: TlogProof
        do { proof = try TlogProof(parsing: text) } catch { throw Failure(isMalformed: error.isMalformed, description: error.description) }
        guard let extra = proof.extra else { throw Failure(isMalformed: true, description: "the proof carries no journal entry (no extra line)") }
        let entry = try self.entry(fromExtra: extra)
        // Compared without adding: an index of Int.max is read, and must be refused, not trap.
        guard entry.seq >= 1, entry.seq - 1 == Int64(proof.index) else {
            throw Failure(isMalformed: false, description: "the entry is seq \(entry.seq) but the proof is for leaf \(proof.index): leaf n holds seq n + 1")
        }
        guard entry.hash == entry.computedHash else {
            throw Failure(isMalformed: false, description: "seq \(entry.seq): the entry's hash is not the hash of its fields (\(entry.computedHash)): it was altered")
        }
        let verified: VerifiedProof
        do {
            verified = try proof.verify(leaf: TreeHash(hex: entry.hash)!.bytes, logKey: logKey, origin: origin,
                                        witnesses: witnesses, requiredWitnesses: required)
        } catch {
            throw Failure(isMalformed: error.isMalformed, description: error.description)
        }
        guard let head = verified.checkpoint.head else { throw Failure(isMalformed: false, description: "the checkpoint has no head line") }
        guard head.seq == verified.checkpoint.treeHead.size else {
            throw Failure(isMalformed: false, description: "the checkpoint's head is seq \(head.seq) but its tree has \(verified.checkpoint.treeHead.size) entries")
        }
        if head.seq == Int(entry.seq) && head.hash.hex != entry.hash {
            throw Failure(isMalformed: false, description: "the checkpoint's head names hash \(head.hash.hex) for seq \(head.seq), the entry has \(entry.hash)")
        }
        let summary = try? LedgerEvent(kind: entry.kind, payload: entry.payload).summary
        return Checked(entry: entry, summary: summary, proof: verified)
    }

    /// The entry of a proof's extra data, read strictly: canonical JSON with exactly the seven
    /// fields, as `extra` writes them.
    static func entry(fromExtra bytes: [UInt8]) throws(Failure) -> JournalEntry {
        func malformed(_ reason: String) -> Failure { Failure(isMalformed: true, description: "the proof's entry: \(reason)") }
        guard let text = String(validating: bytes, as: UTF8.self) else { throw malformed("not UTF-8") }
        let value: JSONValue
        do { value = try JSONParser.parse(text) } catch { throw malformed(error.description) }
        guard value.canonicalBytes == bytes else { throw malformed("not canonical JSON") }
        guard case .object(let members) = value, members.count == 7,
              case .int(let seq)? = members["seq"], case .string(let at)? = members["at"], case .string(let actor)? = members["actor"],
              case .string(let kind)? = members["kind"], case .string(let payload)? = members["payload"],
              case .string(let prev)? = members["prev"], case .string(let hash)? = members["hash"] else {
            throw malformed("not an object of seq, at, actor, kind, payload, prev and hash")
        }
        guard TreeHash(hex: hash) != nil, TreeHash(hex: prev) != nil else { throw malformed("hash and prev are not 64 lowercase hex digits") }
        return JournalEntry(seq: seq, at: at, actor: actor, kind: kind, payload: payload, prev: prev, hash: hash)
    }
}
