/// Whether two strings of bytes are at most one typing mistake apart: equal, or one letter
/// replaced, dropped, added, or two neighbours swapped (an optimal string alignment distance of
/// at most 1). `Shevchenko`/`Shevchneko` are, `Shevchenko`/`Shevchuk` are not.
/// Time O(|a| + |b|), no allocation.
public enum TypingDistance {
    public static func atMostOne(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        if a.count < b.count { return atMostOne(b, a) }
        guard a.count - b.count <= 1 else { return false }
        var i = 0
        while i < b.count && a[i] == b[i] { i += 1 }
        if i == b.count { return true } // equal, or one letter added at the end
        func same(_ x: Int, _ y: Int) -> Bool { a[x...].elementsEqual(b[y...]) }
        if a.count > b.count { return same(i + 1, i) }
        return same(i + 1, i + 1) || (i + 1 < a.count && a[i] == b[i + 1] && a[i + 1] == b[i] && same(i + 2, i + 2))
    }
}

extension TypingDistance {
    /// The one of `known` that `typed` was probably meant to be, for a "did you mean" hint: the
    /// only one equal to it but for letter case, else — for words of four letters or more, as
    /// shorter codes are all one letter apart — the only one a typing mistake away. Nil when there
    /// is none, or more than one.
    public static func meant<S: Sequence<String>>(_ typed: String, among known: S) -> String? {
        let lowered = typed.lowercased()
        let candidates = known.filter { $0 != typed }
        let sameLetters = candidates.filter { $0.lowercased() == lowered }
        if sameLetters.count == 1 { return sameLetters[0] }
        guard sameLetters.isEmpty, typed.count >= 4 else { return nil }
        let near = candidates.filter { atMostOne(Array($0.lowercased().utf8), Array(lowered.utf8)) }
        return near.count == 1 ? near[0] : nil
    }

    /// `; did you mean X?` for the one meant, to end a message with; empty when there is none.
    public static func hint(_ meant: String?) -> String {
        meant.map { "; did you mean \($0)?" } ?? ""
    }
}
