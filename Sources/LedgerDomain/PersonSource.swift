/// One person record as read from an input, with where it and each of its fields were found, so
/// that a problem with any field can be placed at its line and column.
public struct PersonRow: Sendable {
    public var fields: [PersonField: String]
    public var location: SourceLocation?
    public var fieldLocations: [PersonField: SourceLocation]

    public init(fields: [PersonField: String], location: SourceLocation? = nil, fieldLocations: [PersonField: SourceLocation] = [:]) {
        self.fields = fields
        self.location = location
        self.fieldLocations = fieldLocations
    }

    /// Where to point a problem with `field`: the field if known, else the row.
    public func location(of field: PersonField) -> SourceLocation? {
        fieldLocations[field] ?? location
    }
}

/// What a source of persons gives next: a row, or a problem with a part of the input that is not
/// a row at all (a malformed CSV record, a wrong number of fields).
public enum PersonSourceItem: Sendable {
    case row(PersonRow)
    case problem(Problem)
}

/// Where `importPersons` reads persons from: a CSV file, or rows built in memory. Read once, in
/// order, one item at a time, so that an import of any size runs in constant memory.
public protocol PersonSource: AnyObject {
    /// The next item, nil at the end.
    func next() -> PersonSourceItem?
}

/// Persons already in memory, e.g. generated ones.
public final class PersonRows: PersonSource {
    private var remaining: IndexingIterator<[[PersonField: String]]>

    public init(_ rows: [[PersonField: String]]) { remaining = rows.makeIterator() }

    public func next() -> PersonSourceItem? { remaining.next().map { .row(PersonRow(fields: $0)) } }
}
