import Testing
@testable import LedgerDomain

/// A complete, valid person record, as a CSV row of `person import` would give it.
let completePerson: [PersonField: String] = [
    .id: "UA-P-0001", .heldBy: "RU", .belongsTo: "UA", .category: "pow",
    .familyName: "Петренко", .givenName: "Іван", .patronymic: "Олексійович",
    .familyNameLatin: "Petrenko", .givenNameLatin: "Ivan", .patronymicLatin: "Oleksiiovych",
    .sex: "male", .birthDate: "1990-04", .serviceNumber: "АА-123456", .unit: "36 OBrMP", .rank: "старший солдат",
    .capturedOn: "2022-04-12", .capturedPlace: "Маріуполь", .notes: "first line\nsecond line\twith a tab",
]

func person(_ changes: [PersonField: String?]) -> [PersonField: String] {
    var fields = completePerson
    for (field, value) in changes { fields[field] = value }
    return fields
}

/// The problems `Person(fields:)` throws, or an issue when it accepts the record.
func personProblems(_ fields: [PersonField: String], sourceLocation: Testing.SourceLocation = #_sourceLocation) -> [FieldProblem<PersonField>] {
    do {
        let accepted = try Person(fields: fields)
        Issue.record("expected problems, got \(accepted)", sourceLocation: sourceLocation)
        return []
    } catch {
        return error.items
    }
}

@Suite("Person(fields:)")
struct PersonTests {
    @Test("a complete record gives a person with every field")
    func complete() throws {
        let value = try Person(fields: completePerson)
        #expect(value.id == "UA-P-0001")
        #expect(value.heldBy == "RU")
        #expect(value.belongsTo == "UA")
        #expect(value.category == .pow)
        #expect(value.status == .held)
        #expect(value.birthDate == .month(year: 1990, month: 4))
        #expect(value.capturedOn == day("2022-04-12"))
        var expectedFields = completePerson
        expectedFields[.status] = "held"
        #expect(value.fields == expectedFields)
    }

    @Test("the smallest record has the five required fields and status held")
    func minimal() throws {
        let value = try Person(fields: [.id: "c-17", .heldBy: "UA", .belongsTo: "RU", .category: "child", .familyName: "Ким"])
        #expect(value.category == .child)
        #expect(value.status == .held)
        #expect(value.birthDate == nil)
        #expect(value.capturedOn == nil)
        #expect(value.fields == [.id: "c-17", .heldBy: "UA", .belongsTo: "RU", .category: "child", .familyName: "Ким", .status: "held"])
    }

    @Test("a status given is kept", arguments: PersonStatus.allCases)
    func statusGiven(status: PersonStatus) throws {
        #expect(try Person(fields: person([.status: status.rawValue])).status == status)
    }

    @Test("each required field, when missing, is reported", arguments: [PersonField.id, .heldBy, .belongsTo, .category, .familyName])
    func requiredFieldMissing(field: PersonField) {
        #expect(personProblems(person([field: nil])) == [FieldProblem(field, "is required")])
    }

    @Test("a required field holding only whitespace counts as missing", arguments: [PersonField.id, .heldBy, .belongsTo, .category, .familyName])
    func requiredFieldBlank(field: PersonField) {
        #expect(personProblems(person([field: " \t\n "])) == [FieldProblem(field, "is required")])
    }

    @Test("all required fields missing are reported together, in field order")
    func allRequiredMissing() {
        #expect(personProblems([.givenName: "Іван"]) == [
            FieldProblem(.id, "is required"), FieldProblem(.heldBy, "is required"), FieldProblem(.belongsTo, "is required"),
            FieldProblem(.category, "is required"), FieldProblem(.familyName, "is required"),
        ])
    }

    @Test("surrounding whitespace is trimmed and empty optional fields are left out")
    func trimming() throws {
        let value = try Person(fields: [
            .id: "  UA-P-0002\t", .heldBy: " RU ", .belongsTo: "UA\n", .category: " civilian ",
            .familyName: "\u{A0}Коваль  ", .givenName: "   ", .notes: "\n note \n", .birthDate: " 1985 ",
        ])
        #expect(value.id == "UA-P-0002")
        #expect(value.heldBy == "RU")
        #expect(value.belongsTo == "UA")
        #expect(value.category == .civilian)
        #expect(value.birthDate == .year(1985))
        #expect(value.fields[.familyName] == "Коваль")
        #expect(value.fields[.notes] == "note")
        #expect(value.fields[.givenName] == nil)
    }

    @Test("bad enumerated values name the allowed ones", arguments: [
        (PersonField.category, "POW", "'POW' is not one of pow, civilian, child"),
        (.category, "officer", "'officer' is not one of pow, civilian, child"),
        (.category, "remains", "'remains' is not one of pow, civilian, child"),
        (.status, "free", "'free' is not one of held, listed, released, repatriated, deceased, missing"),
        (.sex, "m", "'m' is not one of male, female"),
    ])
    func badEnumValues(field: PersonField, value: String, message: String) {
        #expect(personProblems(person([field: value])) == [FieldProblem(field, message)])
    }

    @Test("bad birth dates", arguments: [
        ("1990-13", "'1990-13' is not a date (1990, 1990-04 or 1990-04-12)"),
        ("12.04.1990", "'12.04.1990' is not a date (1990, 1990-04 or 1990-04-12)"),
        ("1990-02-30", "'1990-02-30' is not a date (1990, 1990-04 or 1990-04-12)"),
        ("1899", "1899 is before 1900"),
        ("1899-12-31", "1899-12-31 is before 1900"),
    ])
    func badBirthDates(text: String, message: String) {
        #expect(personProblems(person([.birthDate: text])) == [FieldProblem(.birthDate, message)])
    }

    @Test("bad capture dates", arguments: [
        ("2022-4-12", "'2022-4-12' is not a date (YYYY-MM-DD)"),
        ("2022-04", "'2022-04' is not a date (YYYY-MM-DD)"),
        ("2023-02-29", "'2023-02-29' is not a date (YYYY-MM-DD)"),
        ("1899-06-01", "1899-06-01 is before 1900"),
    ])
    func badCaptureDates(text: String, message: String) {
        // Without a birth date, so that only the capture date is judged.
        #expect(personProblems(person([.capturedOn: text, .birthDate: nil])) == [FieldProblem(.capturedOn, message)])
    }

    @Test("a capture before the earliest day of the birth date is refused")
    func captureBeforeBirth() {
        #expect(personProblems(person([.birthDate: "1990-04", .capturedOn: "1990-03-31"]))
            == [FieldProblem(.capturedOn, "1990-03-31 is before the birth date 1990-04")])
        #expect(personProblems(person([.birthDate: "1990", .capturedOn: "1989-12-31"]))
            == [FieldProblem(.capturedOn, "1989-12-31 is before the birth date 1990")])
        #expect(personProblems(person([.birthDate: "1990-04-12", .capturedOn: "1990-04-11"]))
            == [FieldProblem(.capturedOn, "1990-04-11 is before the birth date 1990-04-12")])
    }

    @Test("a capture on the day of birth, or within a partial birth date, is accepted")
    func captureOnBirth() throws {
        #expect(try Person(fields: person([.birthDate: "1990-04-12", .capturedOn: "1990-04-12"])).capturedOn == day("1990-04-12"))
        #expect(try Person(fields: person([.birthDate: "1990", .capturedOn: "1990-01-01"])).capturedOn == day("1990-01-01"))
    }

    @Test("Latin-name fields refuse Cyrillic letters", arguments: [PersonField.familyNameLatin, .givenNameLatin, .patronymicLatin])
    func latinFieldsRefuseCyrillic(field: PersonField) {
        // "Petrenkо" ends with CYRILLIC SMALL LETTER O, which looks like a Latin o.
        #expect(personProblems(person([field: "Petrenk\u{43E}"]))
            == [FieldProblem(field, "'Petrenk\u{43E}' is not in Latin letters (found '\u{43E}')")])
    }

    @Test("Latin-name fields refuse digits and other scripts", arguments: ["Ivan2", "Иван", "Ivan_", "伊万", "Ivan😀"])
    func latinFieldsRefuseOthers(text: String) {
        #expect(personProblems(person([.givenNameLatin: text])).map(\.field) == [.givenNameLatin])
    }

    @Test("Latin-name fields accept diacritics, spaces, apostrophes, hyphens and dots", arguments: [
        "D'Arcy-Smith Jr.", "Müller", "Nguyễn", "O\u{2019}Brien", "Łukasz", "Şahin", "Yizhakevych",
        "Mar\u{02BC}iana",
    ])
    func latinFieldsAccept(text: String) throws {
        #expect(try Person(fields: person([.familyNameLatin: text])).fields[.familyNameLatin] == text)
    }

    @Test("names as written accept any script")
    func namesAnyScript() throws {
        let value = try Person(fields: person([.familyName: "Щеглова", .givenName: "Юлия", .patronymic: "伊万"]))
        #expect(value.fields[.givenName] == "Юлия")
    }

    @Test("free-text fields refuse control characters and direction marks; notes allow line breaks")
    func freeTextFields() throws {
        #expect(personProblems(person([.familyName: "Петр\u{202E}енко"]))
            == [FieldProblem(.familyName, "contains the invisible direction mark U+202E")])
        #expect(personProblems(person([.unit: "36\u{0}"])) == [FieldProblem(.unit, "contains the control character U+0000")])
        #expect(personProblems(person([.capturedPlace: "Маріуполь\nАзовсталь"]))
            == [FieldProblem(.capturedPlace, "contains the control character U+000A")])
        // CRLF in notes (a file saved on Windows) is a line break, stored as LF; a CR alone is not.
        #expect(Array(try Person(fields: person([.notes: "a\r\nb\r\nc"])).fields[.notes]!.utf8) == Array("a\nb\nc".utf8))
        #expect(personProblems(person([.notes: "a\rb"])) == [FieldProblem(.notes, "contains the control character U+000D")])
        #expect(try Person(fields: person([.notes: "a\r"])).fields[.notes] == "a")
        #expect(personProblems(person([.notes: "a\u{2066}b"])) == [FieldProblem(.notes, "contains the invisible direction mark U+2066")])
    }

    @Test("length limits: 500 characters for a field, 4000 for notes")
    func lengthLimits() throws {
        _ = try Person(fields: person([.familyName: String(repeating: "Ж", count: 500), .notes: String(repeating: "n", count: 4000)]))
        #expect(personProblems(person([.familyName: String(repeating: "Ж", count: 501)]))
            == [FieldProblem(.familyName, "is longer than 500 characters")])
        #expect(personProblems(person([.notes: String(repeating: "n", count: 4001)]))
            == [FieldProblem(.notes, "is longer than 4000 characters")])
    }

    @Test("bad id and party codes")
    func badIDAndParties() {
        #expect(personProblems(person([.id: "UA P 1"])).map(\.field) == [.id])
        #expect(personProblems(person([.heldBy: "ru"]))
            == [FieldProblem(.heldBy, "'ru' is not a party code (2–12 capital letters, digits or -, e.g. UA, RU, ICRC); did you mean RU?")])
        #expect(personProblems(person([.belongsTo: "U"])).map(\.field) == [.belongsTo])
    }

    @Test("several problems of one record are reported at once, in field order, capture-before-birth last")
    func severalProblems() {
        let problems = personProblems(person([
            .id: "-bad", .category: "soldier", .givenNameLatin: "Іван", .sex: "x", .birthDate: "1995", .capturedOn: "1994-01-01",
        ]))
        #expect(problems.map(\.field) == [.id, .category, .givenNameLatin, .sex, .capturedOn])
        #expect(problems.last == FieldProblem(.capturedOn, "1994-01-01 is before the birth date 1995"))
    }

    @Test("dateProblems finds birth and capture dates after today, on raw fields")
    func futureDates() {
        let today = day("2025-05-23")
        #expect(Person.dateProblems([.birthDate: "2025", .capturedOn: "2025-05-23"], today: today) == [])
        #expect(Person.dateProblems([.birthDate: "2025-05", .capturedOn: "2025-05-01"], today: today) == [])
        #expect(Person.dateProblems([.birthDate: "2026", .capturedOn: "2025-05-24"], today: today) == [
            FieldProblem(.birthDate, "2026 is in the future (today is 2025-05-23)"),
            FieldProblem(.capturedOn, "2025-05-24 is in the future (today is 2025-05-23)"),
        ])
        #expect(Person.dateProblems([.birthDate: " 2025-06 "], today: today)
            == [FieldProblem(.birthDate, "2025-06 is in the future (today is 2025-05-23)")])
        // Unreadable dates are Person.init's business, not this one's.
        #expect(Person.dateProblems([.birthDate: "next year", .capturedOn: "2099-13-01"], today: today) == [])
    }
}

@Suite("PersonRules.check")
struct PersonRulesTests {
    let rules = PersonRules(knownParties: ["UA", "RU"], today: day("2025-05-23"))

    private func problems(_ fields: [PersonField: String], sourceLocation: Testing.SourceLocation = #_sourceLocation) -> [FieldProblem<PersonField>] {
        fieldProblems(rules.check(fields), sourceLocation: sourceLocation)
    }

    @Test("a good record with known parties and past dates is accepted as Person(fields:) builds it")
    func accepted() throws {
        let result = rules.check(completePerson)
        #expect(try result.get() == Person(fields: completePerson))
    }

    @Test("a line separator is refused in a new person, but a person recorded with one reads back")
    func lineSeparators() throws {
        let problem = "contains the Unicode line or paragraph separator U+2028; use a line feed in notes"
        #expect(problems(person([.notes: "first\u{2028}second", .unit: "A\u{2029}B"]))
            == [FieldProblem(.unit, "contains the Unicode line or paragraph separator U+2029; use a line feed in notes"),
                FieldProblem(.notes, problem)])
        #expect(try Person(fields: person([.notes: "first\u{2028}second"])).fields[.notes] == "first\u{2028}second")
    }

    @Test("unknown parties are reported for each field")
    func unknownParties() {
        #expect(problems(person([.heldBy: "PL"])) == [FieldProblem(.heldBy, "unknown party PL")])
        #expect(problems(person([.heldBy: "PL", .belongsTo: " BY "]))
            == [FieldProblem(.heldBy, "unknown party PL"), FieldProblem(.belongsTo, "unknown party BY")])
    }

    @Test("a malformed party code is reported once, not also as unknown")
    func malformedPartyCode() {
        #expect(problems(person([.heldBy: "pl"])).map(\.field) == [.heldBy])
    }

    @Test("future birth and capture dates are refused with a fixed today")
    func futureDates() {
        #expect(problems(person([.capturedOn: "2025-05-24"]))
            == [FieldProblem(.capturedOn, "2025-05-24 is in the future (today is 2025-05-23)")])
        #expect(problems(person([.birthDate: "2026-01", .capturedOn: nil]))
            == [FieldProblem(.birthDate, "2026-01 is in the future (today is 2025-05-23)")])
        #expect((try? rules.check(person([.capturedOn: "2025-05-23"])).get())?.capturedOn == day("2025-05-23"))
    }

    @Test("the record's own problems come first, then dates, then parties")
    func order() {
        let found = problems(person([.category: "x", .sex: "?", .capturedOn: "2030-01-01", .heldBy: "PL"]))
        #expect(found == [
            FieldProblem(.category, "'x' is not one of pow, civilian, child"),
            FieldProblem(.sex, "'?' is not one of male, female"),
            FieldProblem(.capturedOn, "2030-01-01 is in the future (today is 2025-05-23)"),
            FieldProblem(.heldBy, "unknown party PL"),
        ])
    }
}
