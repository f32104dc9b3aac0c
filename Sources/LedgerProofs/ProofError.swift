/// The three texts of this module that are not bare notes.
public enum ProofFormat: String, Sendable, Hashable, CustomStringConvertible {
    case checkpoint = "checkpoint"
    case tlogProof = "tlog proof"
    case consistencyProof = "consistency proof"

    public var description: String { rawValue }
}

/// Why a checkpoint, a tlog proof or a consistency proof was refused.
public enum ProofError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The text cannot be read; `line` counts from 1 in the text given to the parser.
    case malformed(ProofFormat, line: Int, FormatDefect)
    /// The signed note beneath a checkpoint was refused.
    case note(NoteError)
    /// The checkpoint is for another log than the caller expects.
    case originMismatch(expected: String, found: String)
    /// The checkpoint carries no signature by the log's key.
    case notSignedByLog(keyName: String)
    /// Fewer of the given witnesses cosigned than the caller requires.
    case tooFewWitnesses(required: Int, verified: [String])
    /// The proven leaf index is not in the checkpoint's tree.
    case indexOutOfRange(index: Int, size: Int)
    /// The inclusion path, the leaf and the index do not give the checkpoint's root.
    case inclusionFails
    /// The consistency path does not join the old root to the new one.
    case consistencyFails
    /// A consistency proof about another tree than the one the caller trusts.
    case treeHeadMismatch(which: String, expected: TreeHead, found: TreeHead)

    /// Whether the text could not be read at all (a file to reject as unreadable), as opposed to
    /// read and found not to prove what it claims.
    public var isMalformed: Bool {
        switch self {
        case .malformed: true
        case .note(let error): error.isMalformed
        case .originMismatch, .notSignedByLog, .tooFewWitnesses, .indexOutOfRange, .inclusionFails,
             .consistencyFails, .treeHeadMismatch: false
        }
    }

    public var description: String {
        switch self {
        case .malformed(let format, let line, let defect): "\(format): line \(line): \(defect)"
        case .note(let error): error.description
        case .originMismatch(let expected, let found): "checkpoint is for origin '\(found)', expected '\(expected)'"
        case .notSignedByLog(let name): "checkpoint is not signed by the log key \(name)"
        case .tooFewWitnesses(let required, let verified):
            "\(verified.count) of the required \(required) witness cosignatures verify"
                + (verified.isEmpty ? "" : " (\(verified.joined(separator: ", ")))")
        case .indexOutOfRange(let index, let size): "leaf index \(index) is not in a tree of \(size) leaves"
        case .inclusionFails: "inclusion proof does not lead to the checkpoint's root"
        case .consistencyFails: "consistency proof does not lead from the old root to the new one"
        case .treeHeadMismatch(let which, let expected, let found):
            "consistency proof: the \(which) tree is \(found), expected \(expected)"
        }
    }
}
