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
