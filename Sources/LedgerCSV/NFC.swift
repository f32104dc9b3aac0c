import Foundation

/// Text as the ledger keeps it: in Unicode NFC. A name typed as И followed by a combining breve and
/// one typed as Й are the same name; normalised where they enter, they are stored, hashed and
/// compared as the same bytes (docs/contract.md).
public enum NFC {
    /// `text` in NFC.
    public static func normalise(_ text: String) -> String {
        isNFC(text.utf8) ? text : text.precomposedStringWithCanonicalMapping
    }

    /// `bytes`, valid UTF-8, as a String in NFC.
    public static func string(_ bytes: [UInt8]) -> String {
        let text = String(decoding: bytes, as: UTF8.self)
        return isNFC(bytes) ? text : text.precomposedStringWithCanonicalMapping
    }

    /// Whether UTF-8 text is in NFC by a look at its bytes alone: true when every character is
    /// ASCII, Latin (U+0080–U+02FF), Cyrillic or Armenian (U+0400–U+053F, but the combining
    /// marks U+0483–U+0489), none of which NFC changes or combines with what precedes it. Names in
    /// the scripts of this ledger are checked so at a fraction of the cost of normalising; any other
    /// character sends the text to `precomposedStringWithCanonicalMapping`.
    static func isNFC(_ bytes: some Collection<UInt8>) -> Bool {
        var iterator = bytes.makeIterator()
        while let byte = iterator.next() {
            switch byte {
            case 0x00..<0x80:
                continue
            case 0xC2...0xCB, 0xD0, 0xD1, 0xD3, 0xD4:
                _ = iterator.next()
            case 0xD2:
                guard let next = iterator.next(), !(0x83...0x89).contains(next) else { return false }
            default:
                return false
            }
        }
        return true
    }
}
