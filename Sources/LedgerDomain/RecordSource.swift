/// One record as read from an input, with where it and each of its fields were found, so that a
/// problem with any field can be placed at its line and column.
public struct FieldRow<Field: RecordField>: Sendable {
    public var fields: [Field: String]
    public var location: SourceLocation?
    public var fieldLocations: [Field: SourceLocation]

    public init(fields: [Field: String], location: SourceLocation? = nil, fieldLocations: [Field: SourceLocation] = [:]) {
        self.fields = fields
        self.location = location
        self.fieldLocations = fieldLocations
    }

    /// Where to point a problem with `field`: the field if known, else the row.
    public func location(of field: Field) -> SourceLocation? {
        fieldLocations[field] ?? location
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
