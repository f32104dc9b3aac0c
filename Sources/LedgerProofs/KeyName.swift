import Crypto

/// The rules signed-note keys share: names, and key ids.
enum KeyName {
    /// Non-empty, with no Unicode space, no plus (it separates the parts of a key text) and no
    /// control character (none may appear in a note).
    static func isValid(_ name: some StringProtocol) -> Bool {
        !name.isEmpty && !name.unicodeScalars.contains { $0.properties.isWhitespace || $0 == "+" || $0.value < 0x20 }
    }

    /// The first 4 bytes, big-endian, of SHA-256(name || "\n" || type || public key).
    static func keyID(name: String, type: SignatureType, publicKey: [UInt8]) -> UInt32 {
        var hasher = SHA256()
        hasher.update(data: Array(name.utf8))
        hasher.update(data: [0x0A, type.rawValue])
        hasher.update(data: publicKey)
        return hasher.finalize().prefix(4).reduce(0) { $0 << 8 | UInt32($1) }
    }

    /// 8 lowercase hex digits.
    static func hex(_ keyID: UInt32) -> String {
        let digits = String(keyID, radix: 16)
        return String(repeating: "0", count: 8 - digits.count) + digits
    }

    /// Exactly 8 lowercase hex digits, as `hex` writes them.
    static func parseHex(_ text: some StringProtocol) -> UInt32? {
        guard text.utf8.count == 8, text.utf8.allSatisfy({ (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }) else { return nil }
        return UInt32(text, radix: 16)
    }
}
