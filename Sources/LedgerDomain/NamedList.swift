/// A list handed over by one party to another (docs/contract.md): children said to have been taken, a
/// medical release list, the missing. Recorded once, frozen; its entries are then followed until
/// each is resolved.
public struct NamedList: Sendable, Hashable {
    public var id: String
    public var origin: ListOrigin
    /// The party that handed the list over; nil for a list the ledger made (`priority --save-list`).
    public var from: String?
    /// The party the list was handed to, who is to act on it.
    public var to: String
    public var on: Day
    /// For a list the ledger made, the query that made it.
    public var criteria: String?
    public var entries: [ListEntry]

    public init(id: String, origin: ListOrigin, from: String?, to: String, on: Day, criteria: String?, entries: [ListEntry]) {
        self.id = id
        self.origin = origin
        self.from = from
        self.to = to
        self.on = on
        self.criteria = criteria
        self.entries = entries
    }

    init(payload: JSONValue) throws(PayloadError) {
        let reader = try PayloadReader(payload)
        id = try reader.string("id")
        origin = try reader.enumValue("origin", as: ListOrigin.self)
        from = try reader.optionalString("from")
        to = try reader.string("to")
        on = try reader.day("on")
        criteria = try reader.optionalString("criteria")
        entries = []
        for item in try reader.array("entries") {
            guard case .object(let members) = item else { throw PayloadError("\"entries\" holds a value that is not an object") }
            var fields: [ListEntryField: String] = [:]
            for (key, value) in members {
                guard let field = ListEntryField(rawValue: key), case .string(let text) = value else {
                    throw PayloadError("a list entry has an invalid member \"\(key)\"")
                }
                fields[field] = text
            }
            guard let key = fields[.entry], let familyName = fields[.familyName] else { throw PayloadError("a list entry lacks its entry or family_name") }
            entries.append(ListEntry(key: key, personID: fields[.personID], familyName: familyName, givenName: fields[.givenName],
                                     patronymic: fields[.patronymic], birthDate: fields[.birthDate], notes: fields[.notes]))
        }
    }

    var payload: JSONValue {
        var members: [String: JSONValue] = [
            "id": .string(id), "origin": .string(origin.rawValue), "to": .string(to), "on": .string(on.description),
            "entries": .array(entries.map { .object(Dictionary(uniqueKeysWithValues: $0.fields.map { ($0.key.rawValue, JSONValue.string($0.value)) })) }),
        ]
        members.setIfPresent("from", from)
        members.setIfPresent("criteria", criteria)
        return .object(members)
    }
}

public enum ListOrigin: String, Sendable, Hashable, CaseIterable {
    /// Saved from `ledger priority --save-list`.
    case priority
    /// Imported from a file one party handed to the other.
    case handedOver = "handed-over"
}

/// One name on a list, as it was handed over.
public struct ListEntry: Sendable, Hashable {
    /// The entry's number or key on the list, unique within it.
    public var key: String
    /// The person of the register the entry names, when known.
    public var personID: String?
    public var familyName: String
    public var givenName: String?
    public var patronymic: String?
    public var birthDate: String?
    public var notes: String?

    public init(key: String, personID: String? = nil, familyName: String, givenName: String? = nil, patronymic: String? = nil,
                birthDate: String? = nil, notes: String? = nil) {
        self.key = key
        self.personID = personID
        self.familyName = familyName
        self.givenName = givenName
        self.patronymic = patronymic
        self.birthDate = birthDate
        self.notes = notes
    }

    /// The entry as fields, absent ones left out: how it is journaled.
    public var fields: [ListEntryField: String] {
        let all: [ListEntryField: String?] = [.entry: key, .personID: personID, .familyName: familyName, .givenName: givenName,
                                              .patronymic: patronymic, .birthDate: birthDate, .notes: notes]
        return all.compactMapValues { $0 }
    }
}

/// The columns of a list file (`ledger list import`).
public enum ListEntryField: String, RecordField {
    case entry
    case personID = "person_id"
    case familyName = "family_name"
    case givenName = "given_name"
    case patronymic
    case birthDate = "birth_date"
    case notes

    public var isRequired: Bool { self == .entry || self == .familyName }

    public var meaning: String {
        switch self {
        case .entry: "the entry's number or key on the list, unique within it"
        case .personID: "id of the person in the register, when known"
        case .familyName: "family name as written, any script"
        case .givenName: "given name as written"
        case .patronymic: "patronymic as written"
        case .birthDate: "1990, 1990-04 or 1990-04-12"
        case .notes: "free text; may span lines"
        }
    }
}

/// Where an entry of a list stands.
public enum EntryStatus: String, Sendable, Hashable, CaseIterable {
    case open
    case resolved
    case disputed
}

/// How an entry was settled. `released` is recorded by the batch that carries the person; the
/// others by hand with `ledger list resolve`.
public enum EntryOutcome: String, Sendable, Hashable, CaseIterable {
    case released
    case returned
    case notFound = "not-found"
    case adult
    case disputed

    public var status: EntryStatus { self == .disputed ? .disputed : .resolved }

    /// Where the outcome leaves an entry, in words: "resolved as returned", "disputed".
    public var words: String { self == .disputed ? "disputed" : "resolved as \(rawValue)" }
}

extension NamedList {
    /// The list, and its entries in the order handed over.
    public var projectedRows: [ProjectedRow] {
        [ProjectedRow("lists", [
            "id": .text(id), "origin": .text(origin.rawValue), "from_party": .text(from), "to_party": .text(to),
            "on_date": .text(on.description), "criteria": .text(criteria),
        ])] + entries.enumerated().map { index, entry in
            ProjectedRow("list_entries", [
                "list_id": .text(id), "entry": .text(entry.key), "position": .integer(index + 1), "person_id": .text(entry.personID),
                "family_name": .text(entry.familyName), "given_name": .text(entry.givenName), "patronymic": .text(entry.patronymic),
                "birth_date": .text(entry.birthDate), "notes": .text(entry.notes),
            ])
        }
    }
}
