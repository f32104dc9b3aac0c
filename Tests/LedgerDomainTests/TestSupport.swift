import Testing
@testable import LedgerDomain

/// A day written `YYYY-MM-DD`; a typo in a test is reported, not a crash.
func day(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Day {
    guard let value = Day(text) else {
        Issue.record("test data: '\(text)' is not a day", sourceLocation: sourceLocation)
        return Day(daysSinceEpoch: 0)
    }
    return value
}

/// The error of type `E` that `body` throws, picked by `extract`; records an issue, naming the
/// caller's line, when `body` succeeds or throws anything else.
func thrown<T, E: Error, Value>(
    _ type: E.Type, _ what: String, sourceLocation: Testing.SourceLocation, _ body: () throws -> T, _ extract: (E) -> Value?
) -> Value? {
    do {
        let value = try body()
        Issue.record("expected \(what), got \(value)", sourceLocation: sourceLocation)
    } catch let error as E {
        if let value = extract(error) { return value }
        Issue.record("expected \(what), got \(error)", sourceLocation: sourceLocation)
    } catch {
        Issue.record("expected \(what), got \(error)", sourceLocation: sourceLocation)
    }
    return nil
}

/// The messages of a `LedgerError.rejected` thrown by `body`.
func rejections<T>(sourceLocation: Testing.SourceLocation = #_sourceLocation, _ body: () throws -> T) -> [String] {
    thrown(LedgerError.self, "a rejection", sourceLocation: sourceLocation, body) { error in
        guard case .rejected(let problems, _) = error else { return nil }
        return problems.map(\.description)
    } ?? []
}

/// The message of a `LedgerError.usage` thrown by `body`.
func usageMessage<T>(sourceLocation: Testing.SourceLocation = #_sourceLocation, _ body: () throws -> T) -> String? {
    thrown(LedgerError.self, "a usage error", sourceLocation: sourceLocation, body) { error in
        guard case .usage(let message) = error else { return nil }
        return message
    }
}

/// The reason of a `PayloadError` thrown by `body`.
func payloadError<T>(sourceLocation: Testing.SourceLocation = #_sourceLocation, _ body: () throws -> T) -> String? {
    thrown(PayloadError.self, "a PayloadError", sourceLocation: sourceLocation, body) { $0.reason }
}

/// The field problems of a record the rules refused; an issue when they accepted it.
func fieldProblems<Value, Field>(
    _ result: Result<Value, RecordProblems<Field>>, sourceLocation: Testing.SourceLocation = #_sourceLocation
) -> [FieldProblem<Field>] {
    switch result {
    case .success(let accepted):
        Issue.record("expected problems, got \(accepted)", sourceLocation: sourceLocation)
        return []
    case .failure(let problems):
        return problems.items
    }
}

/// Byte-for-byte equality. `String`'s own `==` is Unicode canonical equivalence, under which
/// "ї" (U+0457) equals "і" + U+0308; journal payloads and hashes are about bytes.
func sameBytes(_ a: String, _ b: String) -> Bool { a.utf8.elementsEqual(b.utf8) }
