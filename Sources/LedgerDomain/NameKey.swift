/// A name reduced to what comparing two spellings of it should look at: Latin letters `a`–`z`,
/// lower case, nothing else.
///
/// Cyrillic is first written in Latin letters by the given `TransliterationSystem`; letters with
/// diacritics lose them (`Ševčenko` → `sevcenko`, `Müller` → `muller`, `ß` → `ss`, `æ` → `ae`);
/// apostrophes, hyphens, spaces, digits and every other mark are dropped, so `O'Neil-Smith` and
/// `oneil smith` have the same key.
///
/// Keys are compared in their `folded` form, where the letters on which the Ukrainian and the
/// Russian systems differ for one Cyrillic letter are the same: `h` is `g` (Г: Ukrainian `Oleh`,
/// Russian `Oleg`), `y` and `j` are `i` (Ю: `Yurii`, `Iurii`; И: `Dmytro`, `Dmitro`), `w` is `v`.
public struct NameKey: Sendable, Hashable, CustomStringConvertible {
    /// The letters, each an ASCII byte `a`–`z`.
    public let letters: [UInt8]
    /// The letters folded across the two systems, as compared.
    public let folded: [UInt8]

    public init(_ text: String, system: TransliterationSystem) {
        letters = system.latinLetters(text) ?? Self.letters(of: text, system: system)
        folded = letters.map { byte in
            switch byte {
            case UInt8(ascii: "h"): UInt8(ascii: "g")
            case UInt8(ascii: "y"), UInt8(ascii: "j"): UInt8(ascii: "i")
            case UInt8(ascii: "w"): UInt8(ascii: "v")
            default: byte
            }
        }
    }

    /// The key's letters the general way: the whole text in Latin letters, then each of its
    /// letters, diacritics taken off by the letter's Unicode name. What the fast path
    /// (`TransliterationSystem.latinLetters`) must give, and the path for what it does not read.
    static func letters(of text: String, system: TransliterationSystem) -> [UInt8] {
        var letters: [UInt8] = []
        let latin = text.unicodeScalars.contains(where: TransliterationSystem.isCyrillic) ? system.latin(text) : text
        for scalar in latin.unicodeScalars {
            if scalar.isASCII {
                let byte = UInt8(scalar.value)
                if (0x61...0x7A).contains(byte) { letters.append(byte) }
                else if (0x41...0x5A).contains(byte) { letters.append(byte + 0x20) }
            } else {
                letters.append(contentsOf: Self.baseLetters(scalar))
            }
        }
        return letters
    }

    public var isEmpty: Bool { letters.isEmpty }

    public var description: String { String(decoding: letters, as: UTF8.self) }

    /// The consonant skeleton the matcher blocks on: the `folded` letters without vowels, so that
    /// the two systems' spellings of one name (`Yurchenko`, `Iurchenko`) share it. The folded
    /// letters themselves when there is no consonant.
    public var skeleton: [UInt8] {
        let kept = folded.filter { !"aeiou".utf8.contains($0) }
        return kept.isEmpty ? folded : kept
    }

    /// The Latin letters a non-ASCII letter stands for, read from its Unicode name
    /// (`LATIN SMALL LETTER E WITH ACUTE` → `e`); nothing for what is not a Latin letter.
    private static func baseLetters(_ scalar: Unicode.Scalar) -> [UInt8] {
        guard let name = scalar.properties.name else { return [] }
        let prefixes = ["LATIN SMALL LETTER ", "LATIN CAPITAL LETTER "]
        guard let prefix = prefixes.first(where: name.hasPrefix) else { return [] }
        let rest = name.dropFirst(prefix.count)
        let word = rest.split(separator: " ").first.map(String.init) ?? ""
        switch word {
        case "SHARP": return Array("ss".utf8)
        case "DOTLESS": return Array("i".utf8)
        default:
            guard (1...2).contains(word.utf8.count), word.utf8.allSatisfy({ (0x41...0x5A).contains($0) }) else { return [] }
            return word.utf8.map { $0 + 0x20 }
        }
    }
}
