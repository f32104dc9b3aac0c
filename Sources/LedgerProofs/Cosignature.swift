/// Witness cosignatures of checkpoints, Ed25519 cosignature/v1 of c2sp.org/tlog-cosignature: a
/// note signature line by a key of type `.cosignatureV1` whose bytes after the key id are the
/// 8-byte big-endian time of signing then the Ed25519 signature of
///
///     cosignature/v1
///     time <seconds since 1970, decimal>
///     <the whole checkpoint body, final newline included>
///
/// The witness states that, at that time, this checkpoint was the largest consistent tree head
/// it had seen for the log.
public enum Cosignature {
    /// The cosignatures of `note` by the given witness keys that verify; any other signature line
    /// is ignored. Refuses a note where fewer than `required` witnesses verify, and one where a
    /// line by a given witness does not verify.
    public static func witnesses(of note: SignedNote, keys: [VerifierKey], required: Int) throws(ProofError) -> [VerifiedSignature] {
        let verified: [VerifiedSignature]
        do {
            verified = try note.verifiedSignatures(keys: keys)
        } catch {
            throw .note(error)
        }
        guard verified.count >= required else { throw .tooFewWitnesses(required: required, verified: verified.map(\.key.name)) }
        return verified
    }

    /// The message a witness signs for `body` at `time`.
    static func message(body: String, time: UInt64) -> [UInt8] {
        Array("cosignature/v1\ntime \(time)\n\(body)".utf8)
    }

    /// The verified cosignature if `bytes` (the signature line's bytes after the key id) are a
    /// timestamp and `key`'s signature of `body` at that time; nil otherwise.
    static func check(_ bytes: [UInt8], by key: VerifierKey, body: String) -> VerifiedSignature? {
        guard bytes.count == 8 + 64 else { return nil }
        let time = bytes.prefix(8).reduce(0) { $0 << 8 | UInt64($1) }
        // The specification caps the time at 2^63 - 1.
        guard time <= UInt64(Int64.max) else { return nil }
        guard key.isValidSignature(bytes.dropFirst(8), for: message(body: body, time: time)) else { return nil }
        return VerifiedSignature(key: key, timestamp: time)
    }
}

extension SignedNote {
    /// This note (a checkpoint) with a cosignature by the witness `key` at `time` (seconds since
    /// 1970) added, replacing any earlier one by it. Requires a key of type `.cosignatureV1`.
    public func addingCosignature(by key: SigningKey, time: UInt64) -> SignedNote {
        precondition(key.verifierKey.type == .cosignatureV1, "a cosignature is made with a key of type cosignatureV1")
        precondition(time <= UInt64(Int64.max), "a cosignature's time is at most 2^63 - 1")
        let timeBytes = (0..<8).map { UInt8(truncatingIfNeeded: time >> (56 - 8 * $0)) }
        let signature = key.sign(Cosignature.message(body: text, time: time))
        return adding(NoteSignature(keyName: key.name, keyID: key.verifierKey.keyID, signature: timeBytes + signature))
    }
}
