/// A text signed by one or more keys (c2sp.org/signed-note): the text, ending in a newline, a
/// blank line, then one line per signature:
///
///     If you think cryptography is the answer to your problem,
///     then you don't know what your problem is.
///
///     — PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=
///
/// The text is to be believed only once `verify(keys:)` has found a signature by a trusted key.
public struct SignedNote: Sendable, Hashable {
    /// The signed text, final newline included.
    public let text: String
    /// The signature lines, in order.
    public let signatures: [NoteSignature]

    /// Em dash, space.
    static let signaturePrefix = "\u{2014} "

    /// Signature lines read at most, as golang.org/x/mod/sumdb/note reads: the specification
    /// asks for at least 16, and a note is small.
    public static let maximumSignatures = 100

    /// `text` with no signature yet. It must be non-empty, end in a newline and hold no control
    /// character but newline.
    public init(text: String) throws(NoteError) {
        try Self.checkCharacters(Array(text.utf8), firstLine: 1)
        guard text.utf8.last == 0x0A else { throw .malformedNote(line: nil, .missingFinalNewline) }
        self.text = text
        signatures = []
    }

    private init(text: String, signatures: [NoteSignature]) {
        self.text = text
        self.signatures = signatures
    }

    /// Reads a signed note strictly: UTF-8 with no control character but newline, the text up to
    /// the last blank line, then at least one signature line and nothing else, each with a valid
    /// key name and canonical base64 of a key id and a signature.
    public init(parsing text: String) throws(NoteError) {
        try self.init(parsing: Array(text.utf8), firstLine: 1)
    }

    /// As `init(parsing:)` over bytes, which may not be UTF-8. `firstLine` numbers the first
    /// line in errors, for a note inside a larger text.
    public init(parsing bytes: [UInt8], firstLine: Int = 1) throws(NoteError) {
        try Self.checkCharacters(bytes, firstLine: firstLine)
        guard bytes.last == 0x0A else { throw .malformedNote(line: nil, .missingFinalNewline) }
        // The text ends at the last blank line: it may hold blank lines of its own.
        var split: Int?
        for i in stride(from: bytes.count - 2, through: 0, by: -1) where bytes[i] == 0x0A && bytes[i + 1] == 0x0A {
            split = i
            break
        }
        guard let split else { throw .malformedNote(line: nil, .missingBlankLine) }
        let text = String(decoding: bytes[...split], as: UTF8.self)
        var line = firstLine + bytes[...split].count(where: { $0 == 0x0A }) + 1
        let block = bytes[(split + 2)...]
        guard !block.isEmpty else { throw .malformedNote(line: line, .noSignatures) }
        var signatures: [NoteSignature] = []
        for rawLine in block.split(separator: 0x0A, omittingEmptySubsequences: false).dropLast() {
            guard signatures.count < Self.maximumSignatures else {
                throw .malformedNote(line: line, .tooManySignatures(limit: Self.maximumSignatures))
            }
            do {
                signatures.append(try Self.signature(String(decoding: rawLine, as: UTF8.self)))
            } catch {
                throw .malformedNote(line: line, error)
            }
            line += 1
        }
        self.init(text: text, signatures: signatures)
    }

    private static func signature(_ line: String) throws(FormatDefect) -> NoteSignature {
        guard line.hasPrefix(signaturePrefix) else {
            throw .expected(signaturePrefix + "<key name> <signature>", found: line)
        }
        let rest = line.dropFirst(signaturePrefix.count)
        guard let space = rest.firstIndex(of: " ") else { throw .missing("the signature after the key name") }
        let name = rest[..<space]
        let encoded = rest[rest.index(after: space)...]
        guard KeyName.isValid(name) else { throw .badKeyName(String(name)) }
        guard let bytes = Base64.decode(encoded) else { throw .notBase64(what: "signature", found: String(encoded)) }
        guard bytes.count > 4 else { throw .wrongLength(what: "signature", expected: 68, found: bytes.count) }
        let keyID = bytes.prefix(4).reduce(0) { $0 << 8 | UInt32($1) }
        return NoteSignature(keyName: String(name), keyID: keyID, signature: Array(bytes.dropFirst(4)))
    }

    /// Valid UTF-8 with no control character but newline.
    private static func checkCharacters(_ bytes: [UInt8], firstLine: Int) throws(NoteError) {
        var line = firstLine
        for byte in bytes {
            if byte == 0x0A { line += 1 } else if byte < 0x20 { throw .malformedNote(line: line, .controlCharacter) }
        }
        guard String(validating: bytes, as: UTF8.self) != nil else { throw .malformedNote(line: nil, .notUTF8) }
        guard !bytes.isEmpty else { throw .malformedNote(line: nil, .missing("the text")) }
    }

    /// The note as text: the text, the blank line, the signature lines.
    public var serialized: String {
        text + "\n" + signatures.map(\.line).joined()
    }

    /// This note with an Ed25519 signature by `key` added, replacing any earlier one by it.
    /// Requires a key of type `.ed25519`; cosigners use `addingCosignature(by:time:)`.
    public func addingSignature(by key: SigningKey) -> SignedNote {
        precondition(key.verifierKey.type == .ed25519, "a cosigner's key signs with addingCosignature(by:time:)")
        return adding(NoteSignature(keyName: key.name, keyID: key.verifierKey.keyID, signature: key.sign(Array(text.utf8))))
    }

    func adding(_ signature: NoteSignature) -> SignedNote {
        SignedNote(text: text, signatures: signatures.filter { $0.keyName != signature.keyName || $0.keyID != signature.keyID } + [signature])
    }

    /// The signatures by the given keys that verify, at most one per key, in the order of the
    /// keys. A line whose key name and id match none of `keys` is ignored, as the specification
    /// requires; a line that matches one and does not verify is an altered or forged note, and
    /// refused. Empty when no line is by any of the keys.
    public func verifiedSignatures(keys: [VerifierKey]) throws(NoteError) -> [VerifiedSignature] {
        var verified: [VerifiedSignature] = []
        for key in keys where !verified.contains(where: { $0.key == key }) {
            for signature in signatures where signature.isClaimed(by: key) {
                guard let result = Self.check(signature, by: key, text: text) else { throw .signatureFails(keyName: key.name) }
                if !verified.contains(where: { $0.key == key }) { verified.append(result) }
            }
        }
        return verified
    }

    /// As `verifiedSignatures(keys:)`, but a note with no signature by any of `keys` is refused.
    public func verify(keys: [VerifierKey]) throws(NoteError) -> [VerifiedSignature] {
        let verified = try verifiedSignatures(keys: keys)
        guard !verified.isEmpty else { throw .noKnownSignature(keyNames: keys.map(\.name)) }
        return verified
    }

    private static func check(_ signature: NoteSignature, by key: VerifierKey, text: String) -> VerifiedSignature? {
        switch key.type {
        case .ed25519:
            key.isValidSignature(signature.signature, for: Array(text.utf8)) ? VerifiedSignature(key: key, timestamp: nil) : nil
        case .cosignatureV1:
            Cosignature.check(signature.signature, by: key, body: text)
        }
    }
}
