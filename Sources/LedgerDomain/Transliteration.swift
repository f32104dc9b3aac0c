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
    fileprivate func spelling(of letter: Unicode.Scalar, atWordStart: Bool, after previous: Unicode.Scalar?) -> String? {
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

    /// The letters `a`–`z` of `latin(text)`, lower case — all that a `NameKey` keeps of it — read
    /// straight from the UTF-8 bytes with a table of this system's spellings, without building the
    /// Latin text. Nil when `text` holds anything but ASCII, the Cyrillic letters U+0400–U+045F,
    /// `Ґ ґ` and the apostrophes `’ ʼ`: such rare names take `latin` and `NameKey`'s general path.
    /// It follows `latin` step by step: the same word starts, the same apostrophes dropped.
    func latinLetters(_ text: String) -> [UInt8]? {
        let table = self == .ukrainian2010 ? SpellingTable.ukrainian2010 : SpellingTable.russianICAO
        var text = text
        return text.withUTF8 { bytes -> [UInt8]? in
            var letters: [UInt8] = []
            letters.reserveCapacity(bytes.count + 4)
            var wordStart = true
            var previous: UInt32 = 0 // the previous scalar in lower case; 0 before the first
            var index = 0
            while index < bytes.count {
                let lead = UInt32(bytes[index])
                let scalar: UInt32
                switch lead {
                case 0..<0x80:
                    scalar = lead
                    index += 1
                case 0xC0..<0xE0:
                    scalar = (lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
                    index += 2
                case 0xE0..<0xF0:
                    scalar = (lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                    index += 3
                default:
                    return nil
                }
                let lower: UInt32 = switch scalar {
                case 0x41...0x5A, 0x410...0x42F: scalar + 0x20
                case 0x400...0x40F: scalar + 0x50
                case 0x490: 0x491
                default: scalar
                }
                if let spelling = table.spelling(of: lower, atWordStart: wordStart, afterZe: previous == 0x437) {
                    letters.append(contentsOf: spelling)
                    wordStart = false
                } else if Self.isApostrophe(Unicode.Scalar(scalar)!) && (0x400...0x4FF).contains(previous) {
                    // dropped inside a word, as `latin` drops it; the word goes on
                } else if lower < 0x80 {
                    let isLetter = (0x61...0x7A).contains(lower)
                    if isLetter { letters.append(UInt8(lower)) }
                    wordStart = !isLetter
                } else if (0x430...0x45F).contains(lower) || lower == 0x491 || scalar == 0x2019 || scalar == 0x02BC {
                    // A Cyrillic letter no system spells (ў), or an apostrophe after no Cyrillic
                    // letter: kept by `latin` as it is, so no letter `a`–`z` of the key.
                    wordStart = !Unicode.Scalar(scalar)!.properties.isAlphabetic
                } else {
                    return nil
                }
                previous = lower
            }
            return letters
        }
    }

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

/// A system's spellings of the lower-case Cyrillic letters U+0430–U+045F and `ґ`, for each place
/// a letter can be in (at the start of a word or not; after `з` or not), taken once from
/// `TransliterationSystem.spelling(of:atWordStart:after:)` itself, so that the two cannot differ.
private struct SpellingTable: Sendable {
    static let ukrainian2010 = SpellingTable(.ukrainian2010)
    static let russianICAO = SpellingTable(.russianICAO)

    /// Every spelling, one after another; `ranges[slot]` finds one, nil for no letter.
    private let bytes: [UInt8]
    private let ranges: [Range<Int>?]

    private init(_ system: TransliterationSystem) {
        var bytes: [UInt8] = [], ranges: [Range<Int>?] = []
        for value in Array(0x430...0x45F) + [0x491] {
            for atWordStart in [false, true] {
                for afterZe in [false, true] {
                    let spelling = system.spelling(of: Unicode.Scalar(UInt32(value))!, atWordStart: atWordStart, after: afterZe ? "з" : nil)
                    ranges.append(spelling.map { bytes.count..<(bytes.count + $0.utf8.count) })
                    bytes.append(contentsOf: spelling?.utf8 ?? "".utf8)
                }
            }
        }
        self.bytes = bytes
        self.ranges = ranges
    }

    /// The Latin letters of the lower-case scalar `letter`; nil when it is no Cyrillic letter.
    func spelling(of letter: UInt32, atWordStart: Bool, afterZe: Bool) -> ArraySlice<UInt8>? {
        let offset: Int
        switch letter {
        case 0x430...0x45F: offset = Int(letter - 0x430)
        case 0x491: offset = 0x30
        default: return nil
        }
        return ranges[offset * 4 + (atWordStart ? 2 : 0) + (afterZe ? 1 : 0)].map { bytes[$0] }
    }
}
