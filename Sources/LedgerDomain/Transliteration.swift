/// A way of writing Cyrillic names in Latin letters, as passports do.
///
/// - `ukrainian2010`: the national system of Ukraine, Cabinet of Ministers resolution No. 55 of
///   27 January 2010. Є, Ї, Й, Ю, Я are written `Ye Yi Y Yu Ya` at the start of a word and
///   `ie i i iu ia` elsewhere; `зг` is `zgh` (so that it differs from `ж`, `zh`); the soft sign
///   and the apostrophe are dropped.
/// - `russianICAO`: ICAO Doc 9303 (7th edition), used in Russian passports since 2013:
///   ё→e, й→i, х→kh, ц→ts, щ→shch, ъ→ie, ы→y, ь dropped, э→e, ю→iu, я→ia.
///
/// Letters the system's own alphabet lacks (a Russian ы in a Ukrainian name, a Ukrainian ї in a
/// Russian one) are written as the other system writes them, so that no Cyrillic letter is ever
/// lost. Anything that is not Cyrillic (Latin letters, spaces, hyphens, digits) passes unchanged,
/// except apostrophes inside a Cyrillic word, which are dropped.
public enum TransliterationSystem: String, Sendable, CaseIterable {
    case ukrainian2010 = "ukrainian-2010"
    case russianICAO = "russian-icao"

    /// `text` in Latin letters. Case follows the source: an upper-case letter that becomes several
    /// Latin letters is written with a capital first letter (`Щербухи` → `Shcherbukhy`), or all in
    /// capitals when the word around it is in capitals (`ЩУКИН` → `SHCHUKIN`).
    public func latin(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var wordStart = true
        for (index, scalar) in scalars.enumerated() {
            let lower = Self.lowercase(scalar)
            let isUpper = lower != scalar
            let previous = index > 0 ? Self.lowercase(scalars[index - 1]) : nil
            guard let latin = spelling(of: lower, atWordStart: wordStart, after: previous) else {
                if Self.isApostrophe(scalar), previous.map(Self.isCyrillic) == true {
                    continue // inside a word: dropped, and the word goes on (Знам'янка → Znamianka)
                }
                out.append(scalar)
                wordStart = !scalar.properties.isAlphabetic
                continue
            }
            wordStart = false
            guard isUpper, let first = latin.unicodeScalars.first else {
                out.append(contentsOf: latin.unicodeScalars)
                continue
            }
            // Capitals throughout when a neighbouring letter of the word is a capital too.
            let neighbour = index + 1 < scalars.count && scalars[index + 1].properties.isAlphabetic
                ? scalars[index + 1] : (index > 0 ? scalars[index - 1] : nil)
            let allCaps = neighbour.map { $0.properties.isAlphabetic && Self.lowercase($0) != $0 } ?? false
            out.append(contentsOf: (allCaps ? latin.uppercased() : String(first).uppercased() + latin.dropFirst()).unicodeScalars)
        }
        return String(out)
    }

    /// The Latin spelling of the lower-case Cyrillic letter `letter`, or nil when it is not one.
    private func spelling(of letter: Unicode.Scalar, atWordStart: Bool, after previous: Unicode.Scalar?) -> String? {
        switch self {
        case .ukrainian2010:
            switch letter {
            case "г": return previous == "з" ? "gh" : "h"
            case "є": return atWordStart ? "ye" : "ie"
            case "ї": return atWordStart ? "yi" : "i"
            case "й": return atWordStart ? "y" : "i"
            case "ю": return atWordStart ? "yu" : "iu"
            case "я": return atWordStart ? "ya" : "ia"
            case "и": return "y"
            case "ґ": return "g"
            case "ь": return ""
            default: return Self.common[letter] ?? Self.russianOnly[letter]
            }
        case .russianICAO:
            switch letter {
            case "г": return "g"
            case "и", "й", "і", "ї": return "i"
            case "є": return "ie"
            case "ю": return "iu"
            case "я": return "ia"
            case "ґ": return "g"
            case "ь": return ""
            default: return Self.common[letter] ?? Self.russianOnly[letter]
            }
        }
    }

    /// Letters both systems write alike.
    private static let common: [Unicode.Scalar: String] = [
        "а": "a", "б": "b", "в": "v", "д": "d", "е": "e", "ж": "zh", "з": "z", "і": "i", "к": "k",
        "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
        "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
    ]

    /// Russian letters the Ukrainian alphabet lacks, as ICAO Doc 9303 writes them.
    private static let russianOnly: [Unicode.Scalar: String] = ["ё": "e", "ъ": "ie", "ы": "y", "э": "e"]

    static func isCyrillic(_ scalar: Unicode.Scalar) -> Bool { (0x0400...0x04FF).contains(scalar.value) }

    /// The apostrophes Ukrainian is typed with: ' ’ ʼ and the backtick.
    static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "'" || scalar == "\u{2019}" || scalar == "\u{02BC}" || scalar == "`"
    }

    private static func lowercase(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let mapping = scalar.properties.lowercaseMapping.unicodeScalars
        return mapping.count == 1 ? mapping.first! : scalar
    }
}
