/// A person as the ledger holds them now, with every journal entry that concerns them.
public struct PersonRecord: Sendable, Hashable {
    public var person: Person
    public var history: [JournalEntry]

    public init(person: Person, history: [JournalEntry]) {
        self.person = person
        self.history = history
    }
}

/// Which persons a listing shows; nil matches everyone.
public struct PersonFilter: Sendable, Hashable {
    public var heldBy: String?
    public var status: PersonStatus?
    public var category: PersonCategory?

    public init(heldBy: String? = nil, status: PersonStatus? = nil, category: PersonCategory? = nil) {
        self.heldBy = heldBy
        self.status = status
        self.category = category
    }
}

/// What an import did: rows added (with the journal entries they got) and rows already present.
public struct ImportSummary: Sendable, Hashable {
    public var added: Int
    public var unchanged: Int
    public var seqs: ClosedRange<Int64>?

    public init(added: Int, unchanged: Int, seqs: ClosedRange<Int64>?) {
        self.added = added
        self.unchanged = unchanged
        self.seqs = seqs
    }
}

/// What `ledger agreement add` asks for, before it is checked against the ledger.
public struct AgreementRequest: Sendable {
    public var id: String
    public var title: String
    public var date: Day
    public var parties: [String]
    public var each: [QuotaTerm]
    public var terms: [(party: String, term: QuotaTerm)]

    public init(id: String, title: String, date: Day, parties: [String], each: [QuotaTerm], terms: [(party: String, term: QuotaTerm)]) {
        self.id = id
        self.title = title
        self.date = date
        self.parties = parties
        self.each = each
        self.terms = terms
    }
}
