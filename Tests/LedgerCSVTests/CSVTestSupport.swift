import Testing
@testable import LedgerCSV

/// What one call of `CSVReader.next()` gave.
enum ReadResult: Equatable, CustomStringConvertible {
    case record(CSVRecord)
    case error(CSVError)

    var description: String {
        switch self {
        case .record(let record):
            "record line \(record.line) \(record.fields.map { $0.debugDescription }) at \(record.positions.map { "\($0.line):\($0.column)" })"
        case .error(let error): "error \(error)"
        }
    }

    var fields: [String]? {
        if case .record(let record) = self { record.fields } else { nil }
    }
}

/// Calls `next()` until the end of the input, collecting records and errors.
func readAll(_ reader: CSVReader, sourceLocation: SourceLocation = #_sourceLocation) -> [ReadResult] {
    var results: [ReadResult] = []
    for _ in 0..<1_000_000 {
        do {
            guard let record = try reader.next() else { return results }
            results.append(.record(record))
        } catch {
            results.append(.error(error))
        }
    }
    Issue.record("the reader never reached the end", sourceLocation: sourceLocation)
    return results
}

func readAll(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> [ReadResult] {
    readAll(CSVReader(bytes: Array(text.utf8)), sourceLocation: sourceLocation)
}

func readAll(bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) -> [ReadResult] {
    readAll(CSVReader(bytes: bytes), sourceLocation: sourceLocation)
}

/// A record as expected: its fields, the line it starts on and where each field starts.
func record(_ fields: [String], line: Int, at positions: [(Int, Int)]) -> ReadResult {
    .record(CSVRecord(fields: fields, line: line, positions: positions.map { (line: $0.0, column: $0.1) }))
}

func error(_ line: Int, _ column: Int, _ message: String) -> ReadResult {
    .error(CSVError(line: line, column: column, message: message))
}

/// Byte-for-byte equality of field lists: `String`'s `==` is Unicode canonical equivalence.
func sameBytes(_ a: [String], _ b: [String]) -> Bool {
    a.count == b.count && zip(a, b).allSatisfy { $0.utf8.elementsEqual($1.utf8) }
}
