/// One record as read from an input, with where it and each of its fields were found, so that a
/// problem with any field can be placed at its line and column.
public struct FieldRow<Field: RecordField>: Sendable {
    public var fields: [Field: String]
    public var location: SourceLocation?
    private let placement: Placement

    /// Where the fields were found. A row read from a file keeps its record's positions as they
    /// are, looked up only for a problem, rather than a location for every field of every row.
    private enum Placement: Sendable {
        case byField([Field: SourceLocation])
        /// Field `columns[i]` starts at `positions[i]` of `file`.
        case byColumn(file: String, columns: [Field], positions: [(line: Int, column: Int)])
    }

    public init(fields: [Field: String], location: SourceLocation? = nil, fieldLocations: [Field: SourceLocation] = [:]) {
        self.fields = fields
        self.location = location
        placement = .byField(fieldLocations)
    }

    /// A row read from the columns of a file: field `columns[i]` starts at `positions[i]`.
    public init(fields: [Field: String], location: SourceLocation, columns: [Field], positions: [(line: Int, column: Int)]) {
        self.fields = fields
        self.location = location
        placement = .byColumn(file: location.file, columns: columns, positions: positions)
    }

    /// Where each field was found, for the fields whose place is known.
    public var fieldLocations: [Field: SourceLocation] {
        switch placement {
        case .byField(let locations):
            return locations
        case .byColumn(_, let columns, _):
            var locations: [Field: SourceLocation] = [:]
            for field in columns where locations[field] == nil { locations[field] = knownLocation(of: field) }
            return locations
        }
    }

    /// Where to point a problem with `field`: the field if known, else the row.
    public func location(of field: Field) -> SourceLocation? {
        knownLocation(of: field) ?? location
    }

    /// Where `field` was found, nil when that is not known.
    private func knownLocation(of field: Field) -> SourceLocation? {
        switch placement {
        case .byField(let locations):
            return locations[field]
        case .byColumn(let file, let columns, let positions):
            guard let index = columns.firstIndex(of: field), index < positions.count else { return nil }
            return SourceLocation(file: file, line: positions[index].line, column: positions[index].column)
        }
    }
}

public typealias PersonRow = FieldRow<PersonField>

/// What a source of records gives next: a row, or a problem with a part of the input that is not
/// a row at all (a malformed CSV record, a wrong number of fields).
public enum RecordSourceItem<Field: RecordField>: Sendable {
    case row(FieldRow<Field>)
    case problem(Problem)
}

/// Where an import reads records from: a CSV file, or rows built in memory. Read once, in order,
/// one item at a time, so that an import of any size runs in constant memory.
public protocol RecordSource<Field>: AnyObject {
    associatedtype Field: RecordField
    /// The next item, nil at the end.
    func next() -> RecordSourceItem<Field>?
}

/// Records already in memory, e.g. generated ones.
public final class RecordRows<Field: RecordField>: RecordSource {
    private var remaining: IndexingIterator<[[Field: String]]>

    public init(_ rows: [[Field: String]]) { remaining = rows.makeIterator() }

    public func next() -> RecordSourceItem<Field>? { remaining.next().map { .row(FieldRow(fields: $0)) } }
}

public typealias PersonRows = RecordRows<PersonField>
