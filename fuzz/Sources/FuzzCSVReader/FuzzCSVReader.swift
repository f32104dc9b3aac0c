import LedgerCSV

/// Any bytes read as CSV: the reader ends, never crashes, places every record, field and error
/// inside the input, and what it reads, written again by CSVWriter, reads back as the same fields.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSVReader(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = Array(UnsafeRawBufferPointer(start: start, count: count))
    let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
    /// The reader's columns count characters: UTF-8 continuation bytes are no column of their own.
    func isInside(_ line: Int, _ column: Int) -> Bool {
        (1...lines.count).contains(line) && (1...(lines[line - 1].filter { $0 & 0xC0 != 0x80 }.count + 1)).contains(column)
    }
    var records: [[String]] = []
    let reader = CSVReader(bytes: bytes)
    // Every call consumes at least one byte; more calls than bytes means the reader loops.
    for _ in 0...(count + 1) {
        do {
            guard let record = try reader.next() else { return roundTrip(records) }
            precondition(record.fields.count == record.positions.count && record.fields.count <= CSVReader.maximumFields)
            precondition(record.fields.allSatisfy { $0.utf8.count <= CSVReader.maximumFieldBytes })
            precondition(record.positions.allSatisfy { isInside($0.line, $0.column) }, "a field outside the input")
            records.append(record.fields)
        } catch {
            precondition(isInside(error.line, error.column), "error \(error) outside the input")
        }
    }
    fatalError("the reader never reached the end")
}

private func roundTrip(_ records: [[String]]) -> CInt {
    let written = records.map { CSVWriter.line($0.map { .text($0) }) }.joined()
    let reader = CSVReader(bytes: Array(written.utf8))
    for fields in records {
        guard let again = try? reader.next() else { fatalError("written records do not read back: \(written.debugDescription)") }
        precondition(again.fields.map(CSVWriter.unguarded).elementsEqual(fields) { $0.utf8.elementsEqual($1.utf8) },
                     "\(fields) read back as \(again.fields)")
    }
    precondition((try? reader.next()) == .some(nil), "more records read back than written")
    return 0
}
