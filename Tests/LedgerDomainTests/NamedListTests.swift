import Testing
@testable import LedgerDomain

@Suite("ListEntryRules: the rows of a list file")
struct ListEntryRulesTests {
    typealias F = MedicalFixture

    static let complete: [ListEntryField: String] = [
        .entry: "17", .personID: "UA-K-4", .familyName: "Ким", .givenName: "Олена", .patronymic: "Іванівна",
        .birthDate: "2012-03", .notes: "taken from Kherson\nseen in Anapa",
    ]

    /// A row of `children.csv` at `line`, the complete row with some fields replaced (nil: left out).
    static func row(_ changes: [ListEntryField: String?] = [:], line: Int? = 2) -> FieldRow<ListEntryField> {
        var fields = complete
        for (field, value) in changes { fields[field] = value }
        return FieldRow(fields: fields, location: line.map { SourceLocation(file: "children.csv", line: $0) })
    }

    /// The problems of one row checked by fresh rules.
    static func problems(_ changes: [ListEntryField: String?], personKnown: Bool = true) -> [FieldProblem<ListEntryField>] {
        var rules = ListEntryRules(today: F.today)
        return fieldProblems(rules.check(row(changes), personKnown: personKnown))
    }

    @Test("a complete row is accepted, fields trimmed, CRLF in notes made LF")
    func accepted() throws {
        var rules = ListEntryRules(today: F.today)
        let padded = Self.row([.familyName: " Ким\t", .notes: "taken from Kherson\r\nseen in Anapa\r\n"])
        #expect(try rules.check(padded, personKnown: true).get() == F.handedOver.entries[0].with(key: "17"))
        let lean = try rules.check(FieldRow(fields: [.entry: "18", .familyName: "Шевченко", .givenName: " "]), personKnown: false).get()
        #expect(lean == ListEntry(key: "18", familyName: "Шевченко"))
    }

    @Test("the entry and the family name are required; blank counts as missing", arguments: [ListEntryField.entry, .familyName], [nil, "  "])
    func required(field: ListEntryField, value: String?) {
        #expect(Self.problems([field: value]) == [FieldProblem(field, "is required")])
    }

    @Test("only the entry and the family name are required")
    func optionalFields() {
        #expect(ListEntryField.allCases.filter(\.isRequired) == [.entry, .familyName])
        #expect(Self.problems([.entry: nil, .familyName: nil]) == [FieldProblem(.entry, "is required"), FieldProblem(.familyName, "is required")])
    }

    @Test("a bad entry key or person id, an unknown person", arguments: [
        (ListEntryField.entry, "1 7", true, "'1 7' may hold only letters A–Z, digits and . _ : / -"),
        (.entry, "#17", true, "'#17' must start with a letter or digit"),
        (.personID, "UA K 4", false, "'UA K 4' may hold only letters A–Z, digits and . _ : / -"),
        (.personID, String(repeating: "K", count: 65), true, "is longer than 64 characters"),
        (.personID, "UA-K-404", false, "unknown person UA-K-404"),
    ])
    func badIDs(field: ListEntryField, value: String, personKnown: Bool, message: String) {
        #expect(Self.problems([field: value], personKnown: personKnown) == [FieldProblem(field, message)])
    }

    @Test("a birth date that is not one, or in the future", arguments: [
        ("2012-13", "'2012-13' is not a date (1990, 1990-04 or 1990-04-12)"),
        ("12.03.2012", "'12.03.2012' is not a date (1990, 1990-04 or 1990-04-12)"),
        ("2012-02-30", "'2012-02-30' is not a date (1990, 1990-04 or 1990-04-12)"),
        ("2025-06-06", "2025-06-06 is in the future (today is 2025-06-05)"),
        ("2025-07", "2025-07 is in the future (today is 2025-06-05)"),
        ("2026", "2026 is in the future (today is 2025-06-05)"),
    ])
    func badBirthDate(text: String, message: String) {
        #expect(Self.problems([.birthDate: text]) == [FieldProblem(.birthDate, message)])
    }

    @Test("a birth date as late as today is accepted, partial or full", arguments: ["2025", "2025-06", "2025-06-05"])
    func birthToday(text: String) throws {
        var rules = ListEntryRules(today: F.today)
        #expect(try rules.check(Self.row([.birthDate: text]), personKnown: true).get().birthDate == text)
    }

    @Test("names hold one line of printable text; notes may span lines", arguments: [
        (ListEntryField.familyName, "Ким\u{7}", "contains the control character U+0007"),
        (.givenName, "\u{202E}Олена", "contains the invisible direction mark U+202E"),
        (.patronymic, "Іван\nівна", "contains the control character U+000A"),
        (.familyName, String(repeating: "К", count: 501), "is longer than 500 characters"),
        (.notes, "seen in\rAnapa", "contains the control character U+000D"),
        (.notes, String(repeating: "n", count: 4001), "is longer than 4000 characters"),
    ])
    func badText(field: ListEntryField, value: String, message: String) {
        #expect(Self.problems([field: value]) == [FieldProblem(field, message)])
    }

    @Test("a repeated entry key or person is reported with the line where it first appeared")
    func duplicates() {
        var rules = ListEntryRules(today: F.today)
        #expect((try? rules.check(Self.row(line: 3), personKnown: true).get()) != nil)
        #expect(fieldProblems(rules.check(Self.row([.personID: "UA-K-5"], line: 9), personKnown: true))
            == [FieldProblem(.entry, "entry 17 appears twice on the list (first at line 3)")])
        #expect(fieldProblems(rules.check(Self.row([.entry: "18"], line: 10), personKnown: true))
            == [FieldProblem(.personID, "person UA-K-4 appears twice on the list (first at line 3)")])
        #expect(fieldProblems(rules.check(Self.row(line: 11), personKnown: false)) == [
            FieldProblem(.entry, "entry 17 appears twice on the list (first at line 3)"),
            FieldProblem(.personID, "unknown person UA-K-4"),
            FieldProblem(.personID, "person UA-K-4 appears twice on the list (first at line 3)"),
        ])
    }

    @Test("a rejected row still counts as the first of its key; rows without a line are reported without one")
    func duplicatesOfRejectedRows() {
        var rules = ListEntryRules(today: F.today)
        #expect(fieldProblems(rules.check(Self.row([.familyName: nil], line: 4), personKnown: true)) == [FieldProblem(.familyName, "is required")])
        #expect(fieldProblems(rules.check(Self.row([.personID: nil], line: 5), personKnown: true))
            == [FieldProblem(.entry, "entry 17 appears twice on the list (first at line 4)")])
        var unplaced = ListEntryRules(today: F.today)
        _ = unplaced.check(Self.row(line: nil), personKnown: true)
        #expect(fieldProblems(unplaced.check(Self.row(line: nil), personKnown: true)) == [
            FieldProblem(.entry, "entry 17 appears twice on the list"), FieldProblem(.personID, "person UA-K-4 appears twice on the list"),
        ])
    }

    @Test("every problem of a row at once, in column order, then repeats")
    func allProblemsOfARow() {
        var rules = ListEntryRules(today: F.today)
        _ = rules.check(Self.row(line: 2), personKnown: true)
        #expect(fieldProblems(rules.check(Self.row([.familyName: nil, .birthDate: "2030", .notes: "\u{0}"], line: 3), personKnown: false)) == [
            FieldProblem(.familyName, "is required"),
            FieldProblem(.birthDate, "2030 is in the future (today is 2025-06-05)"),
            FieldProblem(.notes, "contains the control character U+0000"),
            FieldProblem(.entry, "entry 17 appears twice on the list (first at line 2)"),
            FieldProblem(.personID, "unknown person UA-K-4"),
            FieldProblem(.personID, "person UA-K-4 appears twice on the list (first at line 2)"),
        ])
    }
}

extension ListEntry {
    func with(key: String) -> ListEntry {
        var copy = self
        copy.key = key
        return copy
    }
}

@Suite("NamedList(importing:) and NamedList(saving:)")
struct NamedListTests {
    typealias F = MedicalFixture

    static let facts = ListFacts(knownParties: ["UA", "RU", "ICRC"], today: F.today)

    static func importing(
        id: String = "CHILDREN-2025-06-02", from: String = "UA", to: String = "RU", on: Day? = day("2025-06-02"),
        entries: [ListEntry] = F.handedOver.entries, rowProblems: ProblemList = ProblemList()
    ) throws(LedgerError) -> NamedList {
        try NamedList(importing: ListImportRequest(id: id, from: from, to: to, on: on), entries: entries, rowProblems: rowProblems, facts: facts)
    }

    /// The problems listed and the number left out.
    static func rejected(_ body: () throws -> NamedList, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> (messages: [String], omitted: Int)? {
        thrown(LedgerError.self, "a rejection", sourceLocation: sourceLocation, body) { error in
            guard case .rejected(let problems, let omitted) = error else { return nil }
            return (problems.map(\.description), omitted)
        }
    }

    static func rowProblems(_ count: Int, limit: Int = 50) -> ProblemList {
        var list = ProblemList(limit: limit)
        for line in 0..<count { list.add(Problem("entry: is required", at: SourceLocation(file: "children.csv", line: line + 2))) }
        return list
    }

    @Test("a list handed over is recorded as given; without a date it is today's")
    func imported() throws {
        #expect(try Self.importing() == F.handedOver)
        #expect(try Self.importing(on: nil).on == F.today)
        #expect(try Self.importing(on: F.today).on == F.today)
    }

    @Test("the list's own problems", arguments: [
        ("CHILDREN-2025-06-02", "PL", "BY", day("2025-06-02"), ["unknown party BY", "unknown party PL"]),
        ("CHILDREN-2025-06-02", "UA", "UA", day("2025-06-02"), ["a list is handed from one party to another, not from UA to itself"]),
        ("CHILDREN-2025-06-02", "PL", "PL", day("2025-06-02"),
         ["unknown party PL", "a list is handed from one party to another, not from PL to itself"]),
        ("CHILDREN-2025-06-02", "UA", "RU", day("2025-06-06"), ["date 2025-06-06 is in the future (today is 2025-06-05)"]),
        ("", "UA", "RU", day("2025-06-02"), ["list id is empty"]),
        ("CHILDREN 2025", "UA", "ru", day("2025-06-02"), ["list id 'CHILDREN 2025' may hold only letters A–Z, digits and . _ : / -", "unknown party ru"]),
    ] as [(String, String, String, Day?, [String])])
    func listProblems(id: String, from: String, to: String, on: Day?, messages: [String]) {
        #expect(rejections { try Self.importing(id: id, from: from, to: to, on: on) } == messages)
    }

    @Test("a list without entries is refused, unless its rows were refused already")
    func noEntries() {
        #expect(rejections { try Self.importing(entries: []) } == ["the list has no entries"])
        #expect(rejections { try Self.importing(entries: [], rowProblems: Self.rowProblems(1)) } == ["children.csv:2: entry: is required"])
    }

    @Test("the rows' problems come after the list's own, with those left out still counted")
    func rowProblemsAfterListProblems() {
        let few = Self.rejected { try Self.importing(from: "PL", rowProblems: Self.rowProblems(5, limit: 2)) }
        #expect(few?.messages == ["unknown party PL", "children.csv:2: entry: is required", "children.csv:3: entry: is required"])
        #expect(few?.omitted == 3)
        // The list keeps 50 problems in all: its own first.
        let many = Self.rejected { try Self.importing(from: "PL", on: day("2030-01-01"), rowProblems: Self.rowProblems(60, limit: 55)) }
        #expect(many?.messages.count == 50)
        #expect(many?.messages.prefix(3) == ["unknown party PL", "date 2030-01-01 is in the future (today is 2025-06-05)", "children.csv:2: entry: is required"])
        #expect(many?.messages.last == "children.csv:49: entry: is required")
        #expect(many?.omitted == 5 + 7)
    }

    @Test("a priority list is saved as a named list for the holding party: entries keyed by rank, the reasons as notes")
    func saved() throws {
        let query = PriorityQuery(heldBy: "UA", limit: 2)
        let rows = [F.candidate("RU-P-9", born: "1990"), F.candidate("RU-P-3", .neutralThreat, severity: 5, captured: "2025-06-03")]
        let saved = try NamedList(saving: F.list(rows, query: query), id: "MEDICAL-2025-06", on: nil)
        #expect(saved == NamedList(
            id: "MEDICAL-2025-06", origin: .priority, from: nil, to: "UA", on: F.today, criteria: "held by UA; first 2; overdue after 90 days",
            entries: [
                ListEntry(key: "1", personID: "RU-P-9", familyName: "Family of RU-P-9", givenName: "Given", birthDate: "1990", notes: """
                    long-term (not likely to recover within one year, fitness gravely diminished, Art. 110 §1.2) → direct repatriation; \
                    severity 3 of 5; capture date unknown: after those whose capture is known; age 34 or 35 (born 1990)
                    """),
                ListEntry(key: "2", personID: "RU-P-3", familyName: "Family of RU-P-3", givenName: "Given", notes: """
                    neutral-threat (health seriously threatened by continued captivity, Art. 110 §2.2) → accommodation in a neutral country; \
                    severity 5 of 5; 2 days in captivity (captured 2025-06-03); birth date unknown: after those whose age is known
                    """),
            ]))
    }

    @Test("an empty priority list is not saved; a bad id is reported with it")
    func emptySaved() {
        #expect(rejections { try NamedList(saving: F.list([]), id: "MED-1", on: nil) } == ["the priority list is empty; there is nothing to save as MED-1"])
        #expect(rejections { try NamedList(saving: F.list([F.candidate("P")]), id: "MED 1", on: nil) }
            == ["list id 'MED 1' may hold only letters A–Z, digits and . _ : / -"])
        #expect(rejections { try NamedList(saving: F.list([]), id: "", on: nil) } == ["list id is empty", "the priority list is empty; there is nothing to save as "])
    }
}
