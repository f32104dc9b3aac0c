/// The number of typing mistakes between two strings of bytes: letters replaced, dropped, added,
/// or two neighbours swapped (the optimal string alignment distance, Damerau's restricted edit
/// distance). `Shevchenko`/`Shevchneko` is 1, `Shevchenko`/`Shevchuk` is 3.
/// Time O(|a|·|b|), memory O(|b|).
public enum TypingDistance {
    public static func between(_ a: [UInt8], _ b: [UInt8]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var beforeLast = [Int](repeating: 0, count: b.count + 1)
        var last = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(last[j] + 1, current[j - 1] + 1, last[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], beforeLast[j - 2] + 1)
                }
            }
            (beforeLast, last, current) = (last, current, beforeLast)
        }
        return last[b.count]
    }
}
