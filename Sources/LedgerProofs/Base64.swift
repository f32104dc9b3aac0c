/// Standard base64 (RFC 4648 §4) as the transparency-log formats write it: padded, one line.
/// Decoding is strict, so that one value has one spelling and a changed character is never
/// silently absorbed: no whitespace, padding exactly where it must be, and unused bits zero.
enum Base64 {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    private static let values: [UInt8] = {
        var table = [UInt8](repeating: 0xFF, count: 256)
        for (value, symbol) in alphabet.enumerated() { table[Int(symbol)] = UInt8(value) }
        return table
    }()

    static func encode(_ bytes: some Collection<UInt8>) -> String {
        let input = Array(bytes)
        var out: [UInt8] = []
        out.reserveCapacity((input.count + 2) / 3 * 4)
        var i = 0
        while i < input.count {
            let remaining = input.count - i
            let b0 = input[i]
            let b1 = remaining > 1 ? input[i + 1] : 0
            let b2 = remaining > 2 ? input[i + 2] : 0
            out.append(alphabet[Int(b0 >> 2)])
            out.append(alphabet[Int((b0 & 0x03) << 4 | b1 >> 4)])
            out.append(remaining > 1 ? alphabet[Int((b1 & 0x0F) << 2 | b2 >> 6)] : UInt8(ascii: "="))
            out.append(remaining > 2 ? alphabet[Int(b2 & 0x3F)] : UInt8(ascii: "="))
            i += 3
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The bytes `text` encodes, or nil unless `text` is exactly what `encode` writes for them.
    static func decode(_ text: some StringProtocol) -> [UInt8]? {
        let symbols = Array(text.utf8)
        guard symbols.count % 4 == 0 else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(symbols.count / 4 * 3)
        var i = 0
        while i < symbols.count {
            let last = i + 4 == symbols.count
            let padding = last ? (symbols[i + 3] == UInt8(ascii: "=") ? (symbols[i + 2] == UInt8(ascii: "=") ? 2 : 1) : 0) : 0
            var quad: UInt32 = 0
            for j in 0..<(4 - padding) {
                let value = values[Int(symbols[i + j])]
                guard value != 0xFF else { return nil }
                quad = quad << 6 | UInt32(value)
            }
            switch padding {
            case 0:
                out.append(UInt8(truncatingIfNeeded: quad >> 16))
                out.append(UInt8(truncatingIfNeeded: quad >> 8))
                out.append(UInt8(truncatingIfNeeded: quad))
            case 1:
                // 18 bits for 2 bytes: the 2 left over must be zero.
                guard quad & 0x3 == 0 else { return nil }
                out.append(UInt8(truncatingIfNeeded: quad >> 10))
                out.append(UInt8(truncatingIfNeeded: quad >> 2))
            default:
                // 12 bits for 1 byte: the 4 left over must be zero.
                guard quad & 0xF == 0 else { return nil }
                out.append(UInt8(truncatingIfNeeded: quad >> 4))
            }
            i += 4
        }
        return out
    }
}
