/// The remains of one of the dead, as recovered (docs/contract.md): who holds them, the party the deceased
/// is presumed to belong to, when and where they were recovered, and in which recovery window.
/// Identification comes later, by its own entries (`RemainsSample`, `RemainsIdentification`).
public struct Remains: Sendable, Hashable {
    public var id: String
    public var heldBy: String
    /// The party of the deceased as presumed at recovery (uniform, documents, place).
    public var of: String
    public var recoveredOn: Day
    public var windowID: String?
    public var tag: String?
    public var place: String?
    public var note: String?

    public init(id: String, heldBy: String, of: String, recoveredOn: Day, windowID: String? = nil, tag: String? = nil,
                place: String? = nil, note: String? = nil) {
        self.id = id
        self.heldBy = heldBy
        self.of = of
        self.recoveredOn = recoveredOn
        self.windowID = windowID
        self.tag = tag
        self.place = place
        self.note = note
    }

    /// The record as fields, absent ones left out: how it is journaled and listed.
    public var fields: [RemainsField: String] {
        let all: [RemainsField: String?] = [.id: id, .heldBy: heldBy, .of: of, .recoveredOn: recoveredOn.description, .window: windowID,
                                            .tag: tag, .place: place, .note: note]
        return all.compactMapValues { $0 }
    }

    init(payload: JSONValue) throws(PayloadError) {
        let reader = try PayloadReader(payload)
        id = try reader.string(RemainsField.id.rawValue)
        heldBy = try reader.string(RemainsField.heldBy.rawValue)
        of = try reader.string(RemainsField.of.rawValue)
        recoveredOn = try reader.day(RemainsField.recoveredOn.rawValue)
        windowID = try reader.optionalString(RemainsField.window.rawValue)
        tag = try reader.optionalString(RemainsField.tag.rawValue)
        place = try reader.optionalString(RemainsField.place.rawValue)
        note = try reader.optionalString(RemainsField.note.rawValue)
    }

    var payload: JSONValue {
        .object(Dictionary(uniqueKeysWithValues: fields.map { ($0.key.rawValue, JSONValue.string($0.value)) }))
    }
}

/// The columns of a remains CSV file (`ledger remains import`), the options of `ledger remains add`
/// and the keys of a `remains.add` payload. The id column is `remains_id`, never `id`, so that a
/// batch manifest says by its column whether it names persons or remains.
public enum RemainsField: String, RecordField {
    case id = "remains_id"
    case heldBy = "held_by"
    case of
    case recoveredOn = "recovered_on"
    case window
    case tag
    case place
    case note

    public var isRequired: Bool {
        switch self {
        case .id, .heldBy, .of, .recoveredOn: true
        case .window, .tag, .place, .note: false
        }
    }

    public var meaning: String {
        switch self {
        case .id: "the office's own id of the remains (letters A–Z, digits, . _ : / -)"
        case .heldBy: "code of the party holding the remains"
        case .of: "code of the party the deceased is presumed to belong to"
        case .recoveredOn: "day of recovery, YYYY-MM-DD; inside the window when one is given"
        case .window: "id of the recovery window the remains were recovered in"
        case .tag: "tag number"
        case .place: "place or section of the front"
        case .note: "free text; may span lines"
        }
    }
}

/// How far the identification of remains has come (docs/contract.md).
public enum RemainsStatus: String, Sendable, Hashable, CaseIterable {
    case unidentified
    case dnaPending = "dna-pending"
    case identified
}

/// How remains were identified.
public enum IdentificationMethod: String, Sendable, Hashable, CaseIterable {
    case dna
    case fingerprints
    case dental
    case documents
    /// Recognised by relatives or comrades.
    case recognition
    case other
}

/// Where remains stand now: what the rules of a batch, a sample or an identification look at.
public struct RemainsState: Sendable, Hashable {
    public var heldBy: String
    /// The party presumed at recovery.
    public var of: String
    public var recoveredOn: Day
    public var status: RemainsStatus
    public var sampleID: String?
    public var sampledOn: Day?
    /// Once identified: the person of the register, when identified as one.
    public var personID: String?
    /// Once identified: the party the deceased belongs to (the person's, or the one named).
    public var identifiedParty: String?

    public init(heldBy: String, of: String, recoveredOn: Day, status: RemainsStatus = .unidentified, sampleID: String? = nil,
                sampledOn: Day? = nil, personID: String? = nil, identifiedParty: String? = nil) {
        self.heldBy = heldBy
        self.of = of
        self.recoveredOn = recoveredOn
        self.status = status
        self.sampleID = sampleID
        self.sampledOn = sampledOn
        self.personID = personID
        self.identifiedParty = identifiedParty
    }

    /// The party the deceased belongs to as far as is known: identified, else presumed. Remains are
    /// handed over to this party only.
    public var party: String { identifiedParty ?? of }

    /// The identification in words: "as person UA-1", "as of party RU".
    public var identificationWords: String? {
        if let personID { return "as person \(personID)" }
        return identifiedParty.map { "as of party \($0)" }
    }
}

/// The rules a new remains record must pass: every field well formed, parties known, the recovery
/// date not in the future and inside its window when one is given.
public struct RemainsRules: Sendable {
    public var knownParties: Set<String>
    public var today: Day

    public init(knownParties: Set<String>, today: Day) {
        self.knownParties = knownParties
        self.today = today
    }

    /// The remains, or every problem of the record at once. `window` is the window named in the
    /// `window` field, nil when there is none of that id (or none is named).
    public func check(_ raw: [RemainsField: String], window: RecoveryWindow?) -> Result<Remains, RecordProblems<RemainsField>> {
        let fields = RemainsField.present(raw, multiline: .note)
        var problems: [FieldProblem<RemainsField>] = []
        func problem(_ field: RemainsField, _ message: String) { problems.append(FieldProblem(field, message)) }
        var recoveredOn: Day?
        for field in RemainsField.allCases {
            guard let value = fields[field] else {
                if field.isRequired { problem(field, "is required") }
                continue
            }
            switch field {
            case .id:
                if let idProblem = TextRules.newIdentifierProblem(value) { problem(field, idProblem) }
            case .window:
                if let idProblem = TextRules.identifierProblem(value) { problem(field, idProblem) }
            case .heldBy, .of:
                if let codeProblem = TextRules.partyCodeProblem(value) {
                    problem(field, codeProblem)
                } else if !knownParties.contains(value) {
                    problem(field, "unknown party \(value)")
                }
            case .recoveredOn:
                recoveredOn = Day(value)
                if let day = recoveredOn {
                    if day > today { problem(field, "\(day) is in the future (today is \(today))") }
                } else {
                    problem(field, "'\(TextRules.visible(value))' is not a date (YYYY-MM-DD)")
                }
            case .tag, .place, .note:
                let multiline = field == .note
                for textProblem in TextRules.freeTextProblems(value, maximumLength: multiline ? 4000 : 500, multiline: multiline) {
                    problem(field, textProblem)
                }
            }
        }
        if let windowID = fields[.window], TextRules.identifierProblem(windowID) == nil {
            if let window {
                if let day = recoveredOn, !window.contains(day) {
                    problem(.recoveredOn, "\(day) is outside window \(window.id) (\(window.dates))")
                }
            } else {
                problem(.window, TextRules.unknown("window", windowID))
            }
        }
        guard problems.isEmpty, let id = fields[.id], let heldBy = fields[.heldBy], let of = fields[.of], let recoveredOn else {
            return .failure(RecordProblems(items: problems))
        }
        return .success(Remains(id: id, heldBy: heldBy, of: of, recoveredOn: recoveredOn, windowID: fields[.window], tag: fields[.tag],
                                place: fields[.place], note: fields[.note]))
    }
}

extension Remains {
    /// Recovered remains start unidentified, and the entry that recorded them starts their history.
    public var projectedRows: [ProjectedRow] {
        [ProjectedRow("remains", [
            "id": .text(id), "held_by": .text(heldBy), "of_party": .text(of), "recovered_on": .text(recoveredOn.description),
            "window_id": .text(windowID), "tag": .text(tag), "place": .text(place), "note": .text(note),
            "status": .text("unidentified"), "added_seq": .entrySeq,
        ]), ProjectedRow("remains_entries", ["remains_id": .text(id)])]
    }
}
