import Testing
@testable import LedgerDomain

@Suite("CounterpartyRules: the rows of the other side's list")
struct CounterpartyRulesTests {
    static func row(_ fields: [CounterpartyField: String], line: Int) -> FieldRow<CounterpartyField> {
        FieldRow(fields: fields, location: SourceLocation(file: "ru.csv", line: line, column: 1))
    }

    @Test("a row becomes a record written by the party's system, blanks left out")
    func record() throws {
        var rules = CounterpartyRules(system: .of(party: "RU"))
        let record = try rules.check(Self.row([.theirID: " R-1 ", .ourID: "", .familyName: "Примеров", .givenName: "Иван", .birthDate: "1990-04"],
                                              line: 2)).get()
        #expect(record == MatchRecord(id: "R-1", familyName: "Примеров", givenName: "Иван", birthDate: .month(year: 1990, month: 4),
                                      system: .russianICAO))
        #expect(TransliterationSystem.of(party: "UA") == .ukrainian2010)
    }

    @Test("every problem of a row, and an id seen before with the line it was first on")
    func problems() {
        var rules = CounterpartyRules(system: .russianICAO)
        _ = rules.check(Self.row([.theirID: "R-1", .familyName: "Примеров"], line: 2))
        let result = rules.check(Self.row([.theirID: "R-1", .givenName: "Иван\u{202E}", .birthDate: "1990-02-30",
                                           .ourID: String(repeating: "9", count: 65)], line: 3))
        guard case .failure(let problems) = result else {
            Issue.record("expected problems, got \(result)")
            return
        }
        #expect(problems.items.map(\.description) == [
            "our_id: is longer than 64 characters",
            "family_name: is required",
            "given_name: contains the invisible direction mark U+202E",
            "birth_date: '1990-02-30' is not a date (1990, 1990-04 or 1990-04-12)",
            "their_id: their id R-1 appears twice in the list (first at line 2)",
        ])
    }
}
