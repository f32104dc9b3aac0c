import Crypto

/// A public key that checks note signatures, in the verifier key text of c2sp.org/signed-note:
/// `<name>+<8 hex digits of key id>+<base64(type byte || 32-byte Ed25519 public key)>`, e.g.
/// `example.com/foo+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k`.
public struct VerifierKey: Sendable, Hashable, CustomStringConvertible {
    public let name: String
    public let keyID: UInt32
    public let type: SignatureType
    /// The 32-byte Ed25519 public key.
    public let publicKey: [UInt8]

    /// The key `publicKey` under `name`, its key id computed. Refuses a name a note cannot carry
    /// and a key that is not 32 bytes.
    public init(name: String, type: SignatureType, publicKey: some Collection<UInt8>) throws(NoteError) {
        guard KeyName.isValid(name) else { throw .malformedKey(.badKeyName(name)) }
        guard publicKey.count == 32 else { throw .malformedKey(.wrongLength(what: "public key", expected: 32, found: publicKey.count)) }
        self.name = name
        self.type = type
        self.publicKey = Array(publicKey)
        keyID = KeyName.keyID(name: name, type: type, publicKey: self.publicKey)
    }

    /// Reads a verifier key text strictly: a valid name, the key id in 8 lowercase hex digits
    /// matching the one computed from the name and key, a known type byte, a 32-byte key.
    public init(parsing text: some StringProtocol) throws(NoteError) {
        let parts = text.split(separator: "+", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3 else { throw .malformedKey(.missing("the '+'-separated key id and key")) }
        try self.init(name: parts[0], keyID: parts[1], encodedKey: parts[2])
    }

    /// The parts of a verifier or private key text after the name, checked as `init(parsing:)`
    /// says; `encodedKey` holds the public key or, for a private key, the seed it derives from.
    init(name: some StringProtocol, keyID: some StringProtocol, encodedKey: some StringProtocol, derive: ([UInt8]) throws(NoteError) -> [UInt8] = { $0 }) throws(NoteError) {
        guard KeyName.isValid(name) else { throw .malformedKey(.badKeyName(String(name))) }
        guard let writtenID = KeyName.parseHex(keyID) else { throw .malformedKey(.notHex(what: "key id", found: String(keyID))) }
        guard let bytes = Base64.decode(encodedKey), !bytes.isEmpty else {
            throw .malformedKey(.notBase64(what: "key", found: String(encodedKey)))
        }
        guard let type = SignatureType(rawValue: bytes[0]) else { throw .malformedKey(.unknownSignatureType(bytes[0])) }
        guard bytes.count == 33 else { throw .malformedKey(.wrongLength(what: "key", expected: 32, found: bytes.count - 1)) }
        try self.init(name: String(name), type: type, publicKey: derive(Array(bytes.dropFirst())))
        guard self.keyID == writtenID else {
            throw .malformedKey(.keyIDMismatch(written: String(keyID), computed: KeyName.hex(self.keyID)))
        }
    }

    /// The verifier key text.
    public var text: String {
        "\(name)+\(KeyName.hex(keyID))+\(Base64.encode([type.rawValue] + publicKey))"
    }

    public var description: String { text }

    /// Whether `signature` is this key's Ed25519 signature of `message`.
    func isValidSignature(_ signature: some Collection<UInt8>, for message: [UInt8]) -> Bool {
        guard let key = try? Curve25519.Signing.PublicKey(rawRepresentation: publicKey) else { return false }
        return key.isValidSignature(Array(signature), for: message)
    }
}
