import LedgerDomain
import LedgerImport
import PropertyBased
import Testing

/// Files from the other side may be anything. Whatever bytes a persons file holds, reading it
/// ends, never crashes, and everything it reports — rows, their fields, problems — is placed at a
/// line and column that exist in the file.
@Suite struct RandomInputPropertyTests {
    /// Pieces that matter to a CSV reader and to the person rules, often repeated so that they
    /// turn up together, and every single byte, so that anything can turn up.
    static let pieces: [[UInt8]] = {
        let special = [",", "\"", "\"\"", "\r", "\n", "\r\n", "\u{0}", " ", "a", "Ж", "😀", "\u{FEFF}", "\u{202E}", "=",
                       "RU-1", "UA", "pow", "1990-02-30", "0000-00-00", "Тестов", "id,held_by", "\n\n"].map { Array($0.utf8) }
            + [[0xFF], [0xC0, 0x80], [0xE2, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80]]
        return Array(repeating: special, count: 8).flatMap { $0 } + (0...255).map { [UInt8($0)] }
    }()

    static let header = Array("id,held_by,belongs_to,category,family_name,birth_date\n".utf8)

    /// Half of the inputs start with a valid header, so that the rows behind it are read too.
    static let input = zip(Gen.int(in: 0...1), Gen<[UInt8]?>.element(of: pieces).map { $0! }.array(of: 0...60))
        .map { withHeader, pieces in (withHeader == 1 ? header : []) + pieces.flatMap { $0 } }

    @Test func anyBytesGiveRowsOrProblemsPlacedInsideTheFile() async throws {
        let path = "random.csv"
        let rules = PersonRules(knownParties: ["UA", "RU"], today: Day("2026-11-26")!)
        await propertyCheck(count: 10_000, input: Self.input) { bytes in
            let file: CSVRecordFile<PersonField>
            do {
                file = try CSVRecordFile<PersonField>(bytes: bytes, name: path, noun: "persons")
            } catch let error as LedgerError {
                guard case .rejected(let problems, _) = error, !problems.isEmpty else {
                    Issue.record("\(bytes): \(error)")
                    return
                }
                for problem in problems where !Self.isInside(problem.location, bytes, path) { Issue.record("\(bytes): \(problem)") }
                return
            }
            // Every item uses up at least one byte of the file: more items than bytes means a loop.
            for _ in 0...(bytes.count + 1) {
                switch file.next() {
                case nil:
                    return
                case .problem(let problem):
                    // Plain checks, not #expect: this loop runs tens of thousands of times.
                    if !Self.isInside(problem.location, bytes, path) { Issue.record("\(bytes): \(problem)") }
                case .row(let row):
                    if !([row.location] + row.fieldLocations.values.map { $0 }).allSatisfy({ Self.isInside($0, bytes, path) }) {
                        Issue.record("\(bytes): \(row)")
                    }
                    if case .failure(let problems) = rules.check(row.fields), problems.items.isEmpty { Issue.record("\(bytes): empty failure") }
                }
            }
            Issue.record("reading \(bytes) never ended")
        }
    }

    /// Whether `location` names this file and, if it has a line and column, a place in `bytes`:
    /// columns count characters as the reader does (UTF-8 continuation bytes are no column of
    /// their own); one past the end of a line is where a missing field or a line end would be.
    static func isInside(_ location: LedgerDomain.SourceLocation?, _ bytes: [UInt8], _ path: String) -> Bool {
        guard let location else { return false }
        guard location.file == path else { return false }
        guard let line = location.line else { return location.column == nil }
        let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
        guard (1...lines.count).contains(line) else { return false }
        guard let column = location.column else { return true }
        return (1...(lines[line - 1].filter { $0 & 0xC0 != 0x80 }.count + 1)).contains(column)
    }
}
