import LedgerDomain

/// Any text parsed as a payload: the parser never crashes, and what it accepts survives the trip
/// through canonical text unchanged — parse(canonical(x)) == x, and the canonical text is stable.
/// The same input is also used as a string and a key, to check the encoder's escaping of any text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCanonicalJSON(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
    if let value = try? JSONParser.parse(text) {
        checkRoundTrip(value)
    }
    checkRoundTrip(.object([text: .array([.string(text), .int(Int64(count)), .null, .bool(count % 2 == 0)])]))
    return 0
}

private func checkRoundTrip(_ value: JSONValue) {
    let canonical = value.canonicalText
    let parsed: JSONValue
    do {
        parsed = try JSONParser.parse(canonical)
    } catch {
        fatalError("canonical text \(canonical.debugDescription) does not parse: \(error)")
    }
    precondition(parsed == value, "\(canonical.debugDescription) parses to another value")
    precondition(parsed.canonicalText.utf8.elementsEqual(canonical.utf8), "canonical text of \(canonical.debugDescription) is not stable")
}
