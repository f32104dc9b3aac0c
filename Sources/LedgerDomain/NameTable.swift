/// Every distinct name of a match, numbered, with the keys of its forms. A name is written the same
/// way in thousands of records (Ivanov, Sergei), so its keys are made once, and the similarity of
/// two names can be remembered by their numbers (`SimilarityRow`).
struct NameTable: Sendable {
    /// A name as a record writes it: in its own script, in Latin letters, or both. Told apart by
    /// its bytes: Swift calls "й" and "и" + U+0306 the same String, but they are spelled, and
    /// transliterated, differently, and each record must get the keys of its own spelling.
    private struct Spelling: Hashable {
        let text: String?
        let latin: String?
        let system: TransliterationSystem

        static func == (a: Spelling, b: Spelling) -> Bool {
            sameBytes(a.text, b.text) && sameBytes(a.latin, b.latin) && a.system == b.system
        }

        func hash(into hasher: inout Hasher) {
            for part in [text, latin] {
                hasher.combine(part == nil)
                for byte in part?.utf8 ?? "".utf8 { hasher.combine(byte) }
            }
            hasher.combine(system)
        }

        private static func sameBytes(_ a: String?, _ b: String?) -> Bool {
            switch (a, b) {
            case (nil, nil): true
            case (let a?, let b?): a.utf8.elementsEqual(b.utf8)
            default: false
            }
        }
    }

    private var numbers: [Spelling: Int32] = [:]
    /// The keys of each name's forms (as written, transliterated when Cyrillic, and its Latin
    /// form), by number: without repeats or empty keys, never empty.
    private(set) var forms: [[NameKey]] = []
    /// The consonant skeleton (`NameKey.skeleton`) of each of those forms, which blocks are made of.
    private(set) var skeletons: [[[UInt8]]] = []

    /// The number of the name written `text`, with `latin` its Latin form when the record gives
    /// one; nil when neither has a letter to compare, as when the record lacks the name.
    mutating func number(_ text: String?, latin: String?, system: TransliterationSystem) -> Int32? {
        let spelling = Spelling(text: text, latin: latin, system: system)
        if let number = numbers[spelling] { return number < 0 ? nil : number }
        var keys: [NameKey] = []
        for text in [text, latin].compactMap({ $0 }) {
            let key = NameKey(text, system: system)
            if !key.isEmpty && !keys.contains(key) { keys.append(key) }
        }
        // -1 remembers a spelling without letters, so that it is not read again either.
        let number: Int32 = keys.isEmpty ? -1 : Int32(forms.count)
        if !keys.isEmpty {
            forms.append(keys)
            skeletons.append(keys.map(\.skeleton))
        }
        numbers[spelling] = number
        return number < 0 ? nil : number
    }
}

/// The similarities (`PairScore.similarity`) of one name to the others of a `NameTable`, each
/// computed the first time it is asked for and then remembered until the row moves to another
/// name. The matcher compares one of our records with hundreds of theirs that share a few dozen
/// names, and takes our records in the order of their names, so most answers are remembered.
struct SimilarityRow {
    private var name: Int32 = -1
    /// Which name's turn filled `values[other]`; a value from an earlier turn is stale.
    private var turn: Int32 = 0
    private var turns: [Int32]
    private var values: [Double]

    init(names: NameTable) {
        turns = [Int32](repeating: 0, count: names.forms.count)
        values = [Double](repeating: 0, count: names.forms.count)
    }

    /// The similarity of `name` and `other`; nil when either is missing.
    mutating func similarity(of name: Int32?, to other: Int32?, in names: NameTable) -> Double? {
        guard let name, let other else { return nil }
        if name != self.name {
            self.name = name
            turn += 1
        }
        let index = Int(other)
        if turns[index] != turn {
            values[index] = PairScore.similarity(names.forms[Int(name)], names.forms[index])!
            turns[index] = turn
        }
        return values[index]
    }
}
