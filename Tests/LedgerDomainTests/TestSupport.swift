import Testing
@testable import LedgerDomain

/// A day written as in the spec; a typo in a test is reported, not a crash.
func day(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Day {
    guard let value = Day(text) else {
        Issue.record("test data: '\(text)' is not a day", sourceLocation: sourceLocation)
        return Day(daysSinceEpoch: 0)
    }
    return value
}

/// The messages of a `LedgerError.rejected` thrown by `body`; records an issue when `body`
/// succeeds or throws another case.
func rejections<T>(
    sourceLocation: Testing.SourceLocation = #_sourceLocation, _ body: () throws -> T
) -> [String] {
    do {
        let value = try body()
        Issue.record("expected a rejection, got \(value)", sourceLocation: sourceLocation)
        return []
    } catch let error as LedgerError {
        guard case .rejected(let problems, _) = error else {
            Issue.record("expected .rejected, got \(error)", sourceLocation: sourceLocation)
            return []
        }
        return problems.map(\.description)
    } catch {
        Issue.record("expected a LedgerError, got \(error)", sourceLocation: sourceLocation)
        return []
    }
}

/// The message of a `LedgerError.usage` thrown by `body`, or nil (with an issue) otherwise.
func usageMessage<T>(
    sourceLocation: Testing.SourceLocation = #_sourceLocation, _ body: () throws -> T
) -> String? {
    do {
        let value = try body()
        Issue.record("expected a usage error, got \(value)", sourceLocation: sourceLocation)
        return nil
    } catch let error as LedgerError {
        guard case .usage(let message) = error else {
            Issue.record("expected .usage, got \(error)", sourceLocation: sourceLocation)
            return nil
        }
        return message
    } catch {
        Issue.record("expected a LedgerError, got \(error)", sourceLocation: sourceLocation)
        return nil
    }
}

/// The reason of a `PayloadError` thrown by `body`, or nil (with an issue) when it succeeds.
func payloadError<T>(
    sourceLocation: Testing.SourceLocation = #_sourceLocation, _ body: () throws -> T
) -> String? {
    do {
        let value = try body()
        Issue.record("expected a PayloadError, got \(value)", sourceLocation: sourceLocation)
        return nil
    } catch let error as PayloadError {
        return error.reason
    } catch {
        Issue.record("expected a PayloadError, got \(error)", sourceLocation: sourceLocation)
        return nil
    }
}

/// Byte-for-byte equality. `String`'s own `==` is Unicode canonical equivalence, under which
/// "ї" (U+0457) equals "і" + U+0308; journal payloads and hashes are about bytes.
func sameBytes(_ a: String, _ b: String) -> Bool { a.utf8.elementsEqual(b.utf8) }
