/// One signature line of a signed note: `— <key name> <base64(4-byte key id || signature)>`.
public struct NoteSignature: Sendable, Hashable {
    public let keyName: String
    public let keyID: UInt32
    /// The bytes after the key id: for Ed25519 the 64-byte signature, for a cosignature the
    /// 8-byte timestamp then the signature.
    public let signature: [UInt8]

    public init(keyName: String, keyID: UInt32, signature: [UInt8]) {
        self.keyName = keyName
        self.keyID = keyID
        self.signature = signature
    }

    /// The line, with its final newline.
    public var line: String {
        let id: [UInt8] = [UInt8(keyID >> 24), UInt8(keyID >> 16 & 0xFF), UInt8(keyID >> 8 & 0xFF), UInt8(keyID & 0xFF)]
        return "\(SignedNote.signaturePrefix)\(keyName) \(Base64.encode(id + signature))\n"
    }

    /// Whether this line claims to be by `key`: same name and key id.
    func isClaimed(by key: VerifierKey) -> Bool {
        keyName == key.name && keyID == key.keyID
    }
}
