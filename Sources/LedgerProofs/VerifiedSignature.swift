/// A note signature that verified under a key the caller gave.
public struct VerifiedSignature: Sendable, Hashable {
    public let key: VerifierKey
    /// The time a cosignature states it was made, in seconds since 1970; nil for a plain note
    /// signature, which states none.
    public let timestamp: UInt64?

    public init(key: VerifierKey, timestamp: UInt64?) {
        self.key = key
        self.timestamp = timestamp
    }
}
