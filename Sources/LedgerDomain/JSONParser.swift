/// Why a payload could not be read back as JSON.
public struct JSONParseError: Error, Sendable, Equatable, CustomStringConvertible {
    public var offset: Int
    public var reason: String
    public var description: String { "invalid JSON at byte \(offset + 1): \(reason)" }
}

/// A strict JSON reader for journal payloads: integers only (a fraction or exponent is an error,
/// because payloads never hold floats), no duplicate keys, nothing after the value.
public struct JSONParser {
    private let bytes: [UInt8]
    private var position = 0
    private static let maximumDepth = 64

    public static func parse(_ text: String) throws(JSONParseError) -> JSONValue {
        var parser = JSONParser(bytes: Array(text.utf8))
        parser.skipWhitespace()
        let value = try parser.parseValue(depth: 0)
        parser.skipWhitespace()
        guard parser.position == parser.bytes.count else { throw parser.error("unexpected text after the value") }
        return value
    }

    /// The members of `text` when it is a single object whose every value is a string, in the
    /// order written; nil for any other text, well formed or not, which `parse` then reads or
    /// refuses as usual. Persons' payloads are such objects, and one is read back for every entry
    /// `verify` replays: this spares building a `JSONValue` for each.
    static func stringMembers(_ text: String) -> [(key: String, value: String)]? {
        var parser = JSONParser(bytes: Array(text.utf8))
        return try? parser.parseStringMembers()
    }

    private init(bytes: [UInt8]) { self.bytes = bytes }

    private mutating func parseStringMembers() throws(JSONParseError) -> [(key: String, value: String)]? {
        var members: [(key: String, value: String)] = []
        skipWhitespace()
        guard current == UInt8(ascii: "{") else { return nil }
        position += 1
        skipWhitespace()
        if current == UInt8(ascii: "}") {
            position += 1
        } else {
            while true {
                skipWhitespace()
                guard current == UInt8(ascii: "\"") else { return nil }
                let key = try parseString()
                skipWhitespace()
                guard current == UInt8(ascii: ":") else { return nil }
                position += 1
                skipWhitespace()
                guard current == UInt8(ascii: "\"") else { return nil }
                members.append((key, try parseString()))
                skipWhitespace()
                guard let byte = current, byte == UInt8(ascii: ",") || byte == UInt8(ascii: "}") else { return nil }
                position += 1
                if byte == UInt8(ascii: "}") { break }
            }
        }
        skipWhitespace()
        return position == bytes.count ? members : nil
    }

    private func error(_ reason: String) -> JSONParseError { JSONParseError(offset: position, reason: reason) }

    private var current: UInt8? { position < bytes.count ? bytes[position] : nil }

    private mutating func skipWhitespace() {
        while let byte = current, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { position += 1 }
    }

    private mutating func expect(_ literal: String, value: JSONValue) throws(JSONParseError) -> JSONValue {
        for byte in literal.utf8 {
            guard current == byte else { throw error("expected \(literal)") }
            position += 1
        }
        return value
    }

    private mutating func parseValue(depth: Int) throws(JSONParseError) -> JSONValue {
        guard depth < Self.maximumDepth else { throw error("nested too deeply") }
        switch current {
        case UInt8(ascii: "{"): return try parseObject(depth: depth)
        case UInt8(ascii: "["): return try parseArray(depth: depth)
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): return try expect("true", value: .bool(true))
        case UInt8(ascii: "f"): return try expect("false", value: .bool(false))
        case UInt8(ascii: "n"): return try expect("null", value: .null)
        case .some(let byte) where byte == UInt8(ascii: "-") || (0x30...0x39).contains(byte): return try parseInteger()
        case .some: throw error("unexpected character")
        case .none: throw error("unexpected end of text")
        }
    }

    private mutating func parseObject(depth: Int) throws(JSONParseError) -> JSONValue {
        position += 1
        var members: [String: JSONValue] = [:]
        skipWhitespace()
        if current == UInt8(ascii: "}") { position += 1; return .object(members) }
        while true {
            skipWhitespace()
            guard current == UInt8(ascii: "\"") else { throw error("expected a key") }
            let keyStart = position
            let key = try parseString()
            guard members[key] == nil else { throw JSONParseError(offset: keyStart, reason: "duplicate key \"\(key)\"") }
            skipWhitespace()
            guard current == UInt8(ascii: ":") else { throw error("expected ':'") }
            position += 1
            skipWhitespace()
            members[key] = try parseValue(depth: depth + 1)
            skipWhitespace()
            switch current {
            case UInt8(ascii: ","): position += 1
            case UInt8(ascii: "}"): position += 1; return .object(members)
            default: throw error("expected ',' or '}'")
            }
        }
    }

    private mutating func parseArray(depth: Int) throws(JSONParseError) -> JSONValue {
        position += 1
        var items: [JSONValue] = []
        skipWhitespace()
        if current == UInt8(ascii: "]") { position += 1; return .array(items) }
        while true {
            skipWhitespace()
            items.append(try parseValue(depth: depth + 1))
            skipWhitespace()
            switch current {
            case UInt8(ascii: ","): position += 1
            case UInt8(ascii: "]"): position += 1; return .array(items)
            default: throw error("expected ',' or ']'")
            }
        }
    }

    private mutating func parseInteger() throws(JSONParseError) -> JSONValue {
        let start = position
        if current == UInt8(ascii: "-") { position += 1 }
        let digitsStart = position
        while let byte = current, (0x30...0x39).contains(byte) { position += 1 }
        guard position > digitsStart else { throw error("expected a digit") }
        if bytes[digitsStart] == 0x30 && position - digitsStart > 1 { throw JSONParseError(offset: digitsStart, reason: "leading zero") }
        if let byte = current, byte == UInt8(ascii: ".") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
            throw error("only integers are allowed")
        }
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        guard let value = Int64(text) else { throw JSONParseError(offset: start, reason: "integer out of range") }
        return .int(value)
    }

    private mutating func parseString() throws(JSONParseError) -> String {
        position += 1
        // Most strings have no escape: they are their bytes up to the closing quote.
        let start = position
        while let byte = current, byte != UInt8(ascii: "\""), byte != UInt8(ascii: "\\"), byte >= 0x20 { position += 1 }
        if current == UInt8(ascii: "\"") {
            position += 1
            return Self.text(bytes[start..<(position - 1)])
        }
        var scalars = Array(bytes[start..<position])
        while true {
            guard let byte = current else { throw error("unterminated string") }
            switch byte {
            case UInt8(ascii: "\""):
                position += 1
                return Self.text(scalars[...])
            case UInt8(ascii: "\\"):
                position += 1
                try parseEscape(into: &scalars)
            case 0x00..<0x20:
                throw error("unescaped control character in string")
            default:
                scalars.append(byte)
                position += 1
            }
        }
    }

    /// The bytes of a string's contents, which are valid UTF-8 by construction: they come from a
    /// `String`, cut at ASCII bytes, with each escape written as a whole scalar. Checking them
    /// again with `String(validating:)`, generic over its encoding, cost a twentieth of `verify`.
    private static func text(_ utf8: ArraySlice<UInt8>) -> String {
        String(decoding: utf8, as: UTF8.self)
    }

    private mutating func parseEscape(into out: inout [UInt8]) throws(JSONParseError) {
        guard let byte = current else { throw error("unterminated escape") }
        position += 1
        let simple: UInt8? = switch byte {
        case UInt8(ascii: "\""): 0x22
        case UInt8(ascii: "\\"): 0x5C
        case UInt8(ascii: "/"): 0x2F
        case UInt8(ascii: "b"): 0x08
        case UInt8(ascii: "f"): 0x0C
        case UInt8(ascii: "n"): 0x0A
        case UInt8(ascii: "r"): 0x0D
        case UInt8(ascii: "t"): 0x09
        default: nil
        }
        if let simple { out.append(simple); return }
        guard byte == UInt8(ascii: "u") else { throw error("unknown escape") }
        var code = try parseHex4()
        if (0xD800...0xDBFF).contains(code) {
            guard current == UInt8(ascii: "\\"), position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: "u") else {
                throw error("lone surrogate")
            }
            position += 2
            let low = try parseHex4()
            guard (0xDC00...0xDFFF).contains(low) else { throw error("lone surrogate") }
            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
        } else if (0xDC00...0xDFFF).contains(code) {
            throw error("lone surrogate")
        }
        out.append(contentsOf: String(Character(Unicode.Scalar(code)!)).utf8)
    }

    private mutating func parseHex4() throws(JSONParseError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let byte = current, let digit = Self.hexValue(byte) else { throw error("expected 4 hex digits") }
            value = value << 4 | UInt32(digit)
            position += 1
        }
        return value
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: byte - 0x30
        case 0x41...0x46: byte - 0x41 + 10
        case 0x61...0x66: byte - 0x61 + 10
        default: nil
        }
    }
}
