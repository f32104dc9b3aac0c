/// An entry of a named list settled by hand (`ledger list resolve`), with the reason.
public struct ListResolution: Sendable, Hashable {
    public var listID: String
    /// The entry's key on the list.
    public var entry: String
    public var outcome: EntryOutcome
    public var note: String
    public var on: Day

    /// What the store knows of the list and the entry.
    public struct Facts: Sendable {
        /// The day the list was recorded, nil when there is no such list.
        public var listDate: Day?
        /// The entry's key, nil when the list has no entry by that key or person id.
        public var entryKey: String?
        /// How the entry stands now; nil when it is open.
        public var current: EntryOutcome?
        public var today: Day

        public init(listDate: Day?, entryKey: String?, current: EntryOutcome?, today: Day) {
            self.listDate = listDate
            self.entryKey = entryKey
            self.current = current
            self.today = today
        }
    }

    /// Checks the resolution and throws every problem at once. `entry` is what the operator typed:
    /// the entry's key or the id of the person it names.
    public init(listID: String, entry: String, outcome: EntryOutcome, note: String, on: Day?, facts: Facts) throws(LedgerError) {
        var problems = ProblemList()
        let note = note.trimmingWhitespace.replacingCRLF
        let on = on ?? facts.today
        if outcome == .released {
            problems.add(Problem("an entry is resolved as released by the batch that carries the person; by hand use returned, not-found, adult or disputed"))
        }
        if note.isEmpty { problems.add(Problem("a resolution needs a --note saying how it is known")) }
        if let problem = TextRules.freeTextProblem(note, multiline: true) { problems.add(Problem("note \(problem)")) }
        if on > facts.today { problems.add(Problem("date \(on) is in the future (today is \(facts.today))")) }
        if let listDate = facts.listDate {
            if on < listDate { problems.add(Problem("date \(on) is before list \(listID) of \(listDate)")) }
            if facts.entryKey == nil { problems.add(Problem("list \(listID) has no entry \(entry)")) }
        } else {
            problems.add(Problem(TextRules.unknown("list", listID)))
        }
        if let current = facts.current, current == outcome {
            problems.add(Problem("entry \(facts.entryKey ?? entry) of \(listID) is already \(current.words)"))
        }
        try problems.throwIfAny()
        self.listID = listID
        self.entry = facts.entryKey!
        self.outcome = outcome
        self.note = note
        self.on = on
    }

    init(payload: JSONValue) throws(PayloadError) {
        let reader = try PayloadReader(payload)
        listID = try reader.string("list")
        entry = try reader.string("entry")
        outcome = try reader.enumValue("outcome", as: EntryOutcome.self)
        note = try reader.string("note")
        on = try reader.day("on")
    }

    var payload: JSONValue {
        .object(["list": .string(listID), "entry": .string(entry), "outcome": .string(outcome.rawValue),
                 "note": .string(note), "on": .string(on.description)])
    }
}

extension ListResolution {
    public var projectedRows: [ProjectedRow] {
        [ProjectedRow("list_resolutions", [
            "list_id": .text(listID), "entry": .text(entry), "outcome": .text(outcome.rawValue), "on_date": .text(on.description), "note": .text(note),
        ])]
    }
}
