import Crypto

/// One entry of the journal, exactly as stored (docs/journal.md).
public struct JournalEntry: Sendable, Hashable {
    public var seq: Int64
    public var at: String
    public var actor: String
    public var kind: String
    public var payload: String
    public var prev: String
    public var hash: String

    /// The `prev` of the first entry.
    public static let genesisHash = String(repeating: "0", count: 64)

    public init(seq: Int64, at: String, actor: String, kind: String, payload: String, prev: String, hash: String) {
        self.seq = seq
        self.at = at
        self.actor = actor
        self.kind = kind
        self.payload = payload
        self.prev = prev
        self.hash = hash
    }

    /// A new entry chained after `prev`, its hash computed by the rule of docs/journal.md.
    public init(seq: Int64, at: String, actor: String, event: LedgerEvent, prev: String) {
        let payload = event.canonicalPayload
        self.init(
            seq: seq, at: at, actor: actor, kind: event.kind, payload: payload, prev: prev,
            hash: Self.hash(prev: prev, seq: seq, at: at, actor: actor, kind: event.kind, payload: payload))
    }

    /// Lowercase hex SHA-256 of the UTF-8 bytes of
    /// `prev + "\n" + seq + "\n" + at + "\n" + actor + "\n" + kind + "\n" + payload`.
    public static func hash(prev: String, seq: Int64, at: String, actor: String, kind: String, payload: String) -> String {
        var hasher = SHA256()
        var first = true
        for var part in [prev, String(seq), at, actor, kind, payload] {
            if !first { hasher.update(data: Self.newline) }
            first = false
            // The bytes in place, not copied into an array first.
            part.withUTF8 { hasher.update(bufferPointer: UnsafeRawBufferPointer($0)) }
        }
        return hex(hasher.finalize())
    }

    /// The hash this entry should have, from its other fields.
    public var computedHash: String {
        Self.hash(prev: prev, seq: seq, at: at, actor: actor, kind: kind, payload: payload)
    }

    private static let newline: [UInt8] = [0x0A]

    private static let hexDigits = Array("0123456789abcdef".utf8)

    private static func hex(_ digest: SHA256.Digest) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(64)
        for byte in digest {
            out.append(hexDigits[Int(byte >> 4)])
            out.append(hexDigits[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
