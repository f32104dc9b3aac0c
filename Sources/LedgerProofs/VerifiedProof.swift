/// What a verified tlog proof establishes: the log's checkpoint, and the witnesses that cosigned
/// it, with the times they state.
public struct VerifiedProof: Sendable, Hashable {
    public let checkpoint: Checkpoint
    public let witnesses: [VerifiedSignature]
}
