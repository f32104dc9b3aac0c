import Crypto

/// A private key that signs notes, in the private key text of golang.org/x/mod/sumdb/note:
/// `PRIVATE+KEY+<name>+<8 hex digits of key id>+<base64(type byte || 32-byte Ed25519 seed)>`.
/// Its `description` names the key without revealing it.
public struct SigningKey: Sendable, CustomStringConvertible {
    /// The public half, with the same name, key id and type.
    public let verifierKey: VerifierKey
    private let seed: [UInt8]

    private static let prefix = "PRIVATE+KEY+"

    /// A new random key of `type` under `name`. Both texts to keep follow from it: `text` for
    /// the signer, `verifierKey.text` for everyone who checks.
    public static func generate(name: String, type: SignatureType = .ed25519) throws(NoteError) -> SigningKey {
        let key = Curve25519.Signing.PrivateKey()
        return SigningKey(verifierKey: try VerifierKey(name: name, type: type, publicKey: key.publicKey.rawRepresentation),
                          seed: Array(key.rawRepresentation))
    }

    /// Reads a private key text as strictly as `VerifierKey(parsing:)` reads a public one; the
    /// key id must match the public key the seed derives.
    public init(parsing text: some StringProtocol) throws(NoteError) {
        guard text.hasPrefix(Self.prefix) else {
            throw .malformedKey(.expected(Self.prefix, found: String(text.prefix(Self.prefix.count))))
        }
        let parts = text.dropFirst(Self.prefix.count).split(separator: "+", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3 else { throw .malformedKey(.missing("the '+'-separated key id and key")) }
        var seed: [UInt8] = []
        verifierKey = try VerifierKey(name: parts[0], keyID: parts[1], encodedKey: parts[2]) { bytes throws(NoteError) in
            seed = bytes
            guard let key = try? Curve25519.Signing.PrivateKey(rawRepresentation: bytes) else {
                throw .malformedKey(.wrongLength(what: "seed", expected: 32, found: bytes.count))
            }
            return Array(key.publicKey.rawRepresentation)
        }
        self.seed = seed
    }

    private init(verifierKey: VerifierKey, seed: [UInt8]) {
        self.verifierKey = verifierKey
        self.seed = seed
    }

    public var name: String { verifierKey.name }

    /// The private key text. Secret: whoever holds it signs as this key.
    public var text: String {
        "\(Self.prefix)\(verifierKey.name)+\(KeyName.hex(verifierKey.keyID))+\(Base64.encode([verifierKey.type.rawValue] + seed))"
    }

    public var description: String { "private key \(verifierKey.name)+\(KeyName.hex(verifierKey.keyID))" }

    /// The Ed25519 signature of `message`.
    func sign(_ message: [UInt8]) -> [UInt8] {
        // The seed was checked to be 32 bytes when the key was made or read.
        let key = try! Curve25519.Signing.PrivateKey(rawRepresentation: seed)
        return Array(try! key.signature(for: message))
    }
}
