import Crypto

/// A SHA-256 value of the Merkle tree: a leaf hash, an interior node or a root. Always 32 bytes.
public struct TreeHash: Sendable, Hashable, CustomStringConvertible {
    public static let byteCount = 32

    /// The 32 bytes.
    public let bytes: [UInt8]

    /// Nil unless `bytes` holds exactly 32 bytes.
    public init?(bytes: some Collection<UInt8>) {
        guard bytes.count == Self.byteCount else { return nil }
        self.bytes = Array(bytes)
    }

    /// Parses 64 lowercase hex digits (as the journal writes its hashes); nil for anything else.
    public init?(hex: some StringProtocol) {
        self.init(hexDigits: Array(hex.utf8))
    }

    /// The same for a String, read in its own buffer: every entry recorded or replayed goes
    /// through here, and a generic walk of the UTF-8 view cost more than the hash.
    public init?(hex: String) {
        var text = hex
        guard let parsed = text.withUTF8({ Self(hexDigits: $0) }) else { return nil }
        self = parsed
    }

    private init?(hexDigits digits: some RandomAccessCollection<UInt8>) {
        guard digits.count == 2 * Self.byteCount else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Self.byteCount)
        var index = digits.startIndex
        while index != digits.endIndex {
            let next = digits.index(after: index)
            guard let high = Self.nibble(digits[index]), let low = Self.nibble(digits[next]) else { return nil }
            bytes.append(high << 4 | low)
            index = digits.index(after: next)
        }
        self.bytes = bytes
    }

    /// Parses the padded base64 of 32 bytes, as checkpoints and proofs write hashes.
    public init?(base64: some StringProtocol) {
        guard let bytes = Base64.decode(base64) else { return nil }
        self.init(bytes: bytes)
    }

    init(_ digest: SHA256.Digest) {
        bytes = Array(digest)
    }

    /// 64 lowercase hex digits.
    public var hex: String {
        var out: [UInt8] = []
        out.reserveCapacity(2 * Self.byteCount)
        for byte in bytes {
            out.append(Self.hexDigits[Int(byte >> 4)])
            out.append(Self.hexDigits[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Padded base64, 44 characters.
    public var base64: String { Base64.encode(bytes) }

    public var description: String { hex }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// Lowercase only: one hash, one spelling.
    private static func nibble(_ digit: UInt8) -> UInt8? {
        switch digit {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): digit - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): digit - UInt8(ascii: "a") + 10
        default: nil
        }
    }
}
