/// What makes a text of one of the proof formats unreadable: the reason part of a "malformed"
/// error, worded to follow "line N: ".
public enum FormatDefect: Error, Sendable, Hashable, CustomStringConvertible {
    /// Bytes that are not UTF-8.
    case notUTF8
    /// A control character other than newline (a tab, a carriage return...).
    case controlCharacter
    /// The last line does not end in a newline.
    case missingFinalNewline
    /// No blank line separates the text from the signatures.
    case missingBlankLine
    /// A note with no signature line.
    case noSignatures
    /// More signature lines than a reader will look at.
    case tooManySignatures(limit: Int)
    /// A line that should begin with `expected` (or be it) does not.
    case expected(String, found: String)
    /// The text ends where `what` should follow.
    case missing(String)
    /// An empty line where none may be.
    case emptyLine
    /// A number that is not plain ASCII decimal.
    case notDecimal(what: String, found: String)
    /// A number written with a leading zero.
    case leadingZero(what: String, found: String)
    /// A number too large to be a tree size or sequence number.
    case tooLarge(what: String, found: String)
    /// Text that is not canonical padded base64.
    case notBase64(what: String, found: String)
    /// Lowercase hex of the wrong length or with other characters.
    case notHex(what: String, found: String)
    /// Decoded bytes of the wrong length.
    case wrongLength(what: String, expected: Int, found: Int)
    /// A key name that is empty or holds a space or a plus.
    case badKeyName(String)
    /// A key text whose key id is not the one its name and public key give.
    case keyIDMismatch(written: String, computed: String)
    /// A signature type byte this reader does not know.
    case unknownSignatureType(UInt8)
    /// More inclusion-path hashes than any tree of 2^63 leaves needs.
    case tooManyHashes(limit: Int)

    public var description: String {
        switch self {
        case .notUTF8: "not UTF-8"
        case .controlCharacter: "control character other than newline"
        case .missingFinalNewline: "does not end with a newline"
        case .missingBlankLine: "no blank line before the signatures"
        case .noSignatures: "no signature lines"
        case .tooManySignatures(let limit): "more than \(limit) signature lines"
        case .expected(let expected, let found): "expected '\(expected)', found '\(found)'"
        case .missing(let what): "missing \(what)"
        case .emptyLine: "empty line"
        case .notDecimal(let what, let found): "\(what) '\(found)' is not a decimal number"
        case .leadingZero(let what, let found): "\(what) '\(found)' has a leading zero"
        case .tooLarge(let what, let found): "\(what) '\(found)' is too large"
        case .notBase64(let what, let found): "\(what) '\(found)' is not canonical base64"
        case .notHex(let what, let found): "\(what) '\(found)' is not lowercase hex of the right length"
        case .wrongLength(let what, let expected, let found): "\(what) has \(found) bytes, expected \(expected)"
        case .badKeyName(let name): "key name '\(name)' is empty or has a space or a '+'"
        case .keyIDMismatch(let written, let computed): "key id \(written) does not match the key, which gives \(computed)"
        case .unknownSignatureType(let type): "unknown signature type 0x\(String(type, radix: 16))"
        case .tooManyHashes(let limit): "more than \(limit) hashes"
        }
    }
}
