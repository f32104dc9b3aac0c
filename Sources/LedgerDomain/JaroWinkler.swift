/// The Jaro–Winkler similarity of two strings of bytes (Winkler 1990): 1 for equal strings, 0 when
/// nothing matches, in between by the letters the two share in about the same place, their
/// transpositions, and a bonus of 0.1 per letter of common prefix (up to four letters).
/// Classic values: MARTHA/MARHTA 0.961, DWAYNE/DUANE 0.840, DIXON/DICKSONX 0.813.
/// Two empty strings are equal (1); an empty and a non-empty one share nothing (0).
/// Time O(|a|·|b|); the match flags live on the stack.
public enum JaroWinkler {
    public static func similarity(_ a: [UInt8], _ b: [UInt8]) -> Double {
        let jaro = jaro(a, b)
        var prefix = 0
        while prefix < min(4, a.count, b.count), a[prefix] == b[prefix] { prefix += 1 }
        return jaro + Double(prefix) * 0.1 * (1 - jaro)
    }

    /// The Jaro similarity, without Winkler's prefix bonus.
    public static func jaro(_ a: [UInt8], _ b: [UInt8]) -> Double {
        if a.isEmpty && b.isEmpty { return 1 }
        if a.isEmpty || b.isEmpty { return 0 }
        if a == b { return 1 }
        let window = max(0, max(a.count, b.count) / 2 - 1)
        return withUnsafeTemporaryAllocation(of: Bool.self, capacity: a.count + b.count) { flags in
            flags.initialize(repeating: false)
            var matches = 0
            for i in a.indices {
                let low = max(0, i - window), high = min(b.count - 1, i + window)
                guard low <= high else { continue }
                for j in low...high where !flags[a.count + j] && a[i] == b[j] {
                    flags[i] = true
                    flags[a.count + j] = true
                    matches += 1
                    break
                }
            }
            if matches == 0 { return 0 }
            var halfTranspositions = 0
            var j = 0
            for i in a.indices where flags[i] {
                while !flags[a.count + j] { j += 1 }
                if a[i] != b[j] { halfTranspositions += 1 }
                j += 1
            }
            let m = Double(matches)
            return (m / Double(a.count) + m / Double(b.count) + (m - Double(halfTranspositions / 2)) / m) / 3
        }
    }
}
