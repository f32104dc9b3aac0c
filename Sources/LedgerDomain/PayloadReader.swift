/// Why a journal payload could not be turned back into an event.
public struct PayloadError: Error, Sendable, Equatable, CustomStringConvertible {
    public var reason: String
    public init(_ reason: String) { self.reason = reason }
    public var description: String { reason }
}

/// Reads the members of one payload object, naming the key in every error, so a journal entry
/// that does not replay says exactly which part of it is wrong.
struct PayloadReader {
    private let members: [String: JSONValue]

    init(_ value: JSONValue) throws(PayloadError) {
        guard case .object(let members) = value else { throw PayloadError("payload is not an object") }
        self.members = members
    }

    func optionalString(_ key: String) throws(PayloadError) -> String? {
        switch members[key] {
        case nil: return nil
        case .string(let text): return text
        default: throw PayloadError("\"\(key)\" is not a string")
        }
    }

    func string(_ key: String) throws(PayloadError) -> String {
        guard let text = try optionalString(key) else { throw PayloadError("\"\(key)\" is missing") }
        return text
    }

    func optionalInt(_ key: String) throws(PayloadError) -> Int? {
        switch members[key] {
        case nil: return nil
        case .int(let value): return Int(value)
        default: throw PayloadError("\"\(key)\" is not an integer")
        }
    }

    func day(_ key: String) throws(PayloadError) -> Day {
        let text = try string(key)
        guard let day = Day(text) else { throw PayloadError("\"\(key)\" is not a date: \(text)") }
        return day
    }

    func optionalArray(_ key: String) throws(PayloadError) -> [JSONValue]? {
        switch members[key] {
        case nil: return nil
        case .array(let items): return items
        default: throw PayloadError("\"\(key)\" is not an array")
        }
    }

    func array(_ key: String) throws(PayloadError) -> [JSONValue] {
        guard let items = try optionalArray(key) else { throw PayloadError("\"\(key)\" is missing") }
        return items
    }

    /// The strings of an array; an absent array reads as empty only when `required` is false.
    func strings(_ key: String, required: Bool = true) throws(PayloadError) -> [String] {
        var result: [String] = []
        for item in try (required ? array(key) : optionalArray(key) ?? []) {
            guard case .string(let text) = item else { throw PayloadError("\"\(key)\" holds a value that is not a string") }
            result.append(text)
        }
        return result
    }

    func object(_ key: String) throws(PayloadError) -> [String: JSONValue] {
        switch members[key] {
        case nil: throw PayloadError("\"\(key)\" is missing")
        case .object(let object): return object
        default: throw PayloadError("\"\(key)\" is not an object")
        }
    }

    func enumValue<E: RawRepresentable<String>>(_ key: String, as type: E.Type) throws(PayloadError) -> E {
        let text = try string(key)
        guard let value = E(rawValue: text) else { throw PayloadError("\"\(key)\" has an unknown value: \(text)") }
        return value
    }
}

extension Dictionary where Key == String, Value == JSONValue {
    /// Adds `value` under `key` only when it is present, so optional fields are left out of payloads.
    mutating func setIfPresent(_ key: String, _ value: String?) {
        if let value { self[key] = .string(value) }
    }
}
