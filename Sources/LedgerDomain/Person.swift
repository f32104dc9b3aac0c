/// A person of the register: a prisoner of war, a civilian or a child (docs/contract.md).
public struct Person: Sendable, Hashable {
    public var id: String
    public var heldBy: String
    public var belongsTo: String
    public var category: PersonCategory
    public var status: PersonStatus
    public var birthDate: PartialDate?
    public var capturedOn: Day?
    /// Every field as text, exactly as stored and journaled; absent fields are left out.
    public private(set) var fields: [PersonField: String]

    private static let maximumLength = 500
    private static let maximumNotesLength = 4000

    /// Builds a person from field texts (a CSV row, command-line options or a journal payload).
    /// Surrounding whitespace is trimmed and empty fields count as absent; line breaks in notes are
    /// stored as LF, whether the file had CRLF or LF. Throws every problem of
    /// the record at once. Dates are checked against the calendar here and against today by
    /// `dateProblems(_:today:)`, which replaying the journal does not call.
    public init(fields raw: [PersonField: String]) throws(PersonProblems) {
        var fields: [PersonField: String] = Dictionary(minimumCapacity: PersonField.allCases.count)
        var problems: [FieldProblem<PersonField>] = []
        for field in PersonField.allCases {
            let trimmed = raw[field].map { field == .notes ? $0.trimmingWhitespace.replacingCRLF : $0.trimmingWhitespace }
            guard let value = trimmed, !value.isEmpty else {
                if field.isRequired { problems.append(FieldProblem(field, "is required")) }
                continue
            }
            fields[field] = value
            if let message = Self.problem(field: field, value: value) { problems.append(FieldProblem(field, message)) }
        }
        let birthDate = fields[.birthDate].flatMap { PartialDate($0) }
        let capturedOn = fields[.capturedOn].flatMap { Day($0) }
        if let birthDate, let capturedOn, capturedOn < birthDate.earliest {
            problems.append(FieldProblem(.capturedOn, "\(capturedOn) is before the birth date \(birthDate)"))
        }
        if fields[.heldBy] == nil || fields[.belongsTo] == nil || fields[.category] == nil || !problems.isEmpty {
            throw PersonProblems(items: problems)
        }
        fields[.status] = fields[.status] ?? PersonStatus.held.rawValue
        self.fields = fields
        id = fields[.id]!
        heldBy = fields[.heldBy]!
        belongsTo = fields[.belongsTo]!
        category = PersonCategory(rawValue: fields[.category]!)!
        status = PersonStatus(rawValue: fields[.status]!)!
        self.birthDate = birthDate
        self.capturedOn = capturedOn
    }

    /// Dates after `today` among the fields that parse as dates: a birth or a capture in the future
    /// is a typing mistake. Works on raw fields, so a record with other problems still gets these.
    public static func dateProblems(_ fields: [PersonField: String], today: Day) -> [FieldProblem<PersonField>] {
        var problems: [FieldProblem<PersonField>] = []
        if let birthDate = fields[.birthDate].flatMap({ PartialDate($0.trimmingWhitespace) }), birthDate.earliest > today {
            problems.append(FieldProblem(.birthDate, "\(birthDate) is in the future (today is \(today))"))
        }
        if let capturedOn = fields[.capturedOn].flatMap({ Day($0.trimmingWhitespace) }), capturedOn > today {
            problems.append(FieldProblem(.capturedOn, "\(capturedOn) is in the future (today is \(today))"))
        }
        return problems
    }

    /// Unicode line and paragraph separators among the free-text fields: refused in a new record
    /// since version 2, but a person recorded with one before reads back, like the dates above.
    public static func separatorProblems(_ fields: [PersonField: String]) -> [FieldProblem<PersonField>] {
        PersonField.allCases.compactMap { field in
            guard !field.isCoded, let value = fields[field], let problem = TextRules.separatorProblem(value) else { return nil }
            return FieldProblem(field, problem)
        }
    }

    private static func problem(field: PersonField, value: String) -> String? {
        switch field {
        case .id:
            return TextRules.identifierProblem(value)
        case .heldBy, .belongsTo:
            return TextRules.partyCodeProblem(value)
        case .category:
            return enumProblem(value, PersonCategory.self)
        case .status:
            return enumProblem(value, PersonStatus.self)
        case .sex:
            return enumProblem(value, Sex.self)
        case .birthDate:
            guard let date = PartialDate(value) else { return "'\(TextRules.visible(value))' is not a date (1990, 1990-04 or 1990-04-12)" }
            return date.year < 1900 ? "\(value) is before 1900" : nil
        case .capturedOn:
            guard let day = Day(value) else { return "'\(TextRules.visible(value))' is not a date (YYYY-MM-DD)" }
            return day.year < 1900 ? "\(value) is before 1900" : nil
        case .notes:
            if value.isLonger(than: maximumNotesLength) { return "is longer than \(maximumNotesLength) characters" }
            return TextRules.recordedTextProblem(value, multiline: true)
        default:
            if value.isLonger(than: maximumLength) { return "is longer than \(maximumLength) characters" }
            if let problem = TextRules.recordedTextProblem(value) { return problem }
            if field.isLatinName, let letter = value.unicodeScalars.first(where: { !isLatin($0) }) {
                return "'\(value)' is not in Latin letters (found '\(letter)')"
            }
            return nil
        }
    }

    private static func enumProblem<E: CaseIterable & RawRepresentable<String>>(_ value: String, _ type: E.Type) -> String? {
        guard E(rawValue: value) == nil else { return nil }
        return "'\(TextRules.visible(value))' is not one of \(E.allCases.map(\.rawValue).joined(separator: ", "))"
    }

    /// Letters must be Latin (with diacritics); spaces, apostrophes, hyphens and dots are allowed.
    /// An apostrophe may be typed as `'`, `’` (U+2019) or `ʼ` (U+02BC, the one a Ukrainian keyboard
    /// gives): names are copied from Ukrainian documents, and the matcher ignores all three alike.
    private static func isLatin(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x27, 0x2D, 0x2E, 0x2019, 0x02BC: return true
        case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F, 0x1E00...0x1EFF: return true
        default: return false
        }
    }

    init(payload: JSONValue) throws(PayloadError) {
        guard case .object(let members) = payload else { throw PayloadError("payload is not an object") }
        var fields: [PersonField: String] = [:]
        for (key, value) in members {
            guard let field = PersonField(rawValue: key) else { throw PayloadError("unknown person field \"\(key)\"") }
            guard case .string(let text) = value else { throw PayloadError("\"\(key)\" is not a string") }
            fields[field] = text
        }
        try self.init(payloadFields: fields)
    }

    /// The fields of a payload text that is an object of distinct person fields holding strings,
    /// read without building a `JSONValue`; nil for any other text, which `init(payload:)` reads
    /// or refuses with the reason.
    static func payloadFields(_ text: String) -> [PersonField: String]? {
        guard let members = JSONParser.stringMembers(text) else { return nil }
        var fields: [PersonField: String] = Dictionary(minimumCapacity: members.count)
        // Where the next key is expected in a canonical payload, whose keys come in payload order:
        // looking there first spares comparing each key with every field's name.
        var expected = payloadOrder.startIndex
        for (key, value) in members {
            let field: PersonField
            if let index = payloadOrder[expected...].firstIndex(where: { $0.rawValue == key }) {
                field = payloadOrder[index]
                expected = index + 1
            } else {
                guard let named = PersonField(rawValue: key) else { return nil }
                field = named
            }
            guard fields.updateValue(value, forKey: field) == nil else { return nil }
        }
        return fields
    }

    /// A person from the fields of a payload, their first problem as the payload's error.
    init(payloadFields fields: [PersonField: String]) throws(PayloadError) {
        do {
            try self.init(fields: fields)
        } catch {
            let first = error.items.first?.description ?? "invalid person"
            throw PayloadError(first)
        }
    }

    /// The fields in the canonical order of their keys in a payload.
    private static let payloadOrder = PersonField.allCases.sorted { JSONValue.canonicalOrder($0.rawValue, $1.rawValue) }

    /// The bytes of the canonical text of `payload`, written straight from the fields in the
    /// canonical order of their keys: the same bytes, without building an object and sorting its
    /// keys for every person.
    var canonicalPayloadBytes: [UInt8] {
        var out: [UInt8] = [UInt8(ascii: "{")]
        out.reserveCapacity(512)
        for field in Self.payloadOrder {
            guard let value = fields[field] else { continue }
            if out.count > 1 { out.append(UInt8(ascii: ",")) }
            JSONValue.writeString(field.rawValue, to: &out)
            out.append(UInt8(ascii: ":"))
            JSONValue.writeString(value, to: &out)
        }
        out.append(UInt8(ascii: "}"))
        return out
    }

    var payload: JSONValue {
        .object(Dictionary(uniqueKeysWithValues: fields.map { ($0.key.rawValue, JSONValue.string($0.value)) }))
    }
}

extension String {
    /// Whether the text has more than `limit` characters. A character takes at least one UTF-8
    /// byte, so text of at most `limit` bytes is never longer, and its characters need no counting.
    func isLonger(than limit: Int) -> Bool {
        utf8.count > limit && count > limit
    }
}
