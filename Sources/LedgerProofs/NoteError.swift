/// Why a signed note or a key text was refused.
public enum NoteError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The note cannot be read; `line` counts from 1 (nil when the defect is the whole text's).
    case malformedNote(line: Int?, FormatDefect)
    /// A verifier or private key text cannot be read.
    case malformedKey(FormatDefect)
    /// A signature line by a known key does not verify: the note was altered or forged.
    case signatureFails(keyName: String)
    /// No signature line is by any of the keys the caller trusts.
    case noKnownSignature(keyNames: [String])

    /// Whether the text could not be read at all, as opposed to read and found not to verify.
    public var isMalformed: Bool {
        switch self {
        case .malformedNote, .malformedKey: true
        case .signatureFails, .noKnownSignature: false
        }
    }

    public var description: String {
        switch self {
        case .malformedNote(let line?, let defect): "signed note: line \(line): \(defect)"
        case .malformedNote(nil, let defect): "signed note: \(defect)"
        case .malformedKey(let defect): "key: \(defect)"
        case .signatureFails(let name): "signature by \(name) does not verify"
        case .noKnownSignature(let names): "no signature by \(names.joined(separator: " or "))"
        }
    }
}
