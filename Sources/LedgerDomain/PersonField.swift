/// The fields of a person of the register. Each raw value is, at once, the CSV column of
/// `person import`, the key in the `person.add` journal payload and the column in the database,
/// so the three can never drift apart.
public enum PersonField: String, RecordField {
    case id
    case heldBy = "held_by"
    case belongsTo = "belongs_to"
    case category
    case familyName = "family_name"
    case givenName = "given_name"
    case patronymic
    case familyNameLatin = "family_name_latin"
    case givenNameLatin = "given_name_latin"
    case patronymicLatin = "patronymic_latin"
    case sex
    case birthDate = "birth_date"
    case serviceNumber = "service_number"
    case unit
    case rank
    case capturedOn = "captured_on"
    case capturedPlace = "captured_place"
    case status
    case notes

    /// Fields every person must have. `status` may be left out and then means `held`.
    public var isRequired: Bool {
        switch self {
        case .id, .heldBy, .belongsTo, .category, .familyName: true
        default: false
        }
    }

    /// What the field holds, for `--help` and docs/csv-files.md.
    public var meaning: String {
        switch self {
        case .id: "the office's own id for the person, unique and stable"
        case .heldBy: "code of the party holding the person"
        case .belongsTo: "code of the party the person belongs to"
        case .category: "pow, civilian or child"
        case .familyName: "family name as written, any script"
        case .givenName: "given name as written"
        case .patronymic: "patronymic as written"
        case .familyNameLatin: "family name in Latin letters"
        case .givenNameLatin: "given name in Latin letters"
        case .patronymicLatin: "patronymic in Latin letters"
        case .sex: "male or female"
        case .birthDate: "1990, 1990-04 or 1990-04-12"
        case .serviceNumber: "military service number"
        case .unit: "military unit"
        case .rank: "military rank"
        case .capturedOn: "date of capture or detention, YYYY-MM-DD"
        case .capturedPlace: "place of capture or detention"
        case .status: "held (default), listed, released, repatriated, deceased or missing"
        case .notes: "free text; may span lines"
        }
    }

    /// Fields holding a code, a date or an id rather than free text.
    var isCoded: Bool {
        switch self {
        case .id, .heldBy, .belongsTo, .category, .status, .sex, .birthDate, .capturedOn: true
        default: false
        }
    }

    var isLatinName: Bool { self == .familyNameLatin || self == .givenNameLatin || self == .patronymicLatin }

    /// Hashes the case, not its name. A String-backed enum otherwise hashes its raw String (the
    /// standard library's default for RawRepresentable), and a person's fields, kept in a
    /// dictionary, are looked up dozens of times for every person imported or replayed. Equal
    /// fields are the same case, whichever way `==` compares them, so the two agree.
    public func hash(into hasher: inout Hasher) {
        withUnsafeBytes(of: self) { hasher.combine(bytes: $0) }
    }
}
