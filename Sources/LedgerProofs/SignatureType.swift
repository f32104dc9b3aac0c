/// The signature type byte of signed-note keys, of those this module signs and verifies.
public enum SignatureType: UInt8, Sendable, Hashable, CaseIterable {
    /// Ed25519 over the note text (c2sp.org/signed-note): how the log signs its checkpoints.
    case ed25519 = 0x01
    /// Timestamped Ed25519 cosignature/v1 over a checkpoint (c2sp.org/tlog-cosignature): how
    /// witnesses cosign.
    case cosignatureV1 = 0x04
}
