/// The named fields of one kind of record read from a table: a person, an assessment, an entry of
/// a named list. Each raw value is the record's CSV column, so a file and the code cannot drift.
public protocol RecordField: RawRepresentable<String>, CaseIterable, Hashable, Sendable where AllCases == [Self] {
    /// Whether every record must have the field (and every file its column).
    var isRequired: Bool { get }
    /// What the column holds, for `--help` and docs/csv-files.md.
    var meaning: String { get }
}

extension RecordField {
    /// The fields of a record that are not blank, trimmed; `multiline`, the field that may span
    /// lines, also has its CRLF line breaks made LF.
    public static func present(_ raw: [Self: String], multiline: Self? = nil) -> [Self: String] {
        var fields: [Self: String] = [:]
        for (field, value) in raw {
            let trimmed = field == multiline ? value.trimmingWhitespace.replacingCRLF : value.trimmingWhitespace
            if !trimmed.isEmpty { fields[field] = trimmed }
        }
        return fields
    }
}

extension RecordField {
    /// Each field on which a record given again differs from the one recorded under its id, in
    /// column order, as `birth_date: 1990 here, 1990-04-12 in the ledger`, joined by `; `: what an
    /// operator must look at to tell a typo from another person. An absent field reads `(none)`.
    public static func differences(here: [Self: String], inLedger: [Self: String]) -> String {
        func shown(_ value: String?) -> String { value.map(TextRules.visible) ?? "(none)" }
        // By their bytes: Swift's == calls two Unicode forms of one text the same.
        func differ(_ a: String?, _ b: String?) -> Bool {
            guard let a, let b else { return (a == nil) != (b == nil) }
            return !a.utf8.elementsEqual(b.utf8)
        }
        return allCases.filter { differ(here[$0], inLedger[$0]) }
            .map { field in
                let form = here[field] == inLedger[field] ? " (the same letters in another Unicode form)" : ""
                return "\(field.rawValue): \(shown(here[field])) here, \(shown(inLedger[field])) in the ledger\(form)"
            }
            .joined(separator: "; ")
    }
}

/// A problem with one field of a record, to be placed at its row and column by the caller.
/// It reads `field: message`, e.g. `birth_date: '2025-02-30' is not a date …`.
public struct FieldProblem<Field: RecordField>: Sendable, Hashable, CustomStringConvertible {
    public var field: Field
    public var message: String

    public init(_ field: Field, _ message: String) {
        self.field = field
        self.message = message
    }

    public var description: String { "\(field.rawValue): \(message)" }
}

/// All the problems of one record.
public struct RecordProblems<Field: RecordField>: Error, Sendable, Equatable {
    public var items: [FieldProblem<Field>]

    public init(items: [FieldProblem<Field>]) { self.items = items }
}

public typealias PersonProblems = RecordProblems<PersonField>

extension RecordProblems {
    /// Each problem placed at its field in `row`, as the store reports a bad row of a file.
    public func placed(in row: FieldRow<Field>) -> [Problem] {
        items.map { Problem($0.description, at: row.location(of: $0.field)) }
    }
}
