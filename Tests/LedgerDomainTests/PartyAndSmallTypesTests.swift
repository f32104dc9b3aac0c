import Testing
@testable import LedgerDomain

@Suite("Party(code:name:)")
struct PartyTests {
    @Test("a good code and a name, trimmed")
    func valid() throws {
        let party = try Party(code: "ICRC", name: "  International Committee of the Red Cross\n")
        #expect(party.code == "ICRC")
        #expect(party.name == "International Committee of the Red Cross")
    }

    @Test("a bad code")
    func badCode() {
        #expect(rejections { try Party(code: "ua", name: "Україна") }
            == ["'ua' is not a party code (2–12 capital letters, digits or -, e.g. UA, RU, ICRC); did you mean UA?"])
    }

    @Test("an empty name")
    func emptyName() {
        #expect(rejections { try Party(code: "UA", name: " \t ") } == ["party name is empty"])
    }

    @Test("a name with a control character or a direction mark")
    func badName() {
        #expect(rejections { try Party(code: "UA", name: "Укра\u{0}їна") } == ["party name contains the control character U+0000"])
        #expect(rejections { try Party(code: "UA", name: "a\u{200F}b") } == ["party name contains the invisible direction mark U+200F"])
    }

    @Test("both problems at once")
    func both() {
        #expect(rejections { try Party(code: "U", name: "") }
            == ["'U' is not a party code (2–12 capital letters, digits or -, e.g. UA, RU, ICRC)", "party name is empty"])
    }
}

@Suite("PersonColumns(header:)")
struct PersonColumnsTests {
    private func problems(_ header: [String], sourceLocation: Testing.SourceLocation = #_sourceLocation) -> [String] {
        do {
            let columns = try PersonColumns(header: header)
            Issue.record("expected problems, got \(columns.fields)", sourceLocation: sourceLocation)
            return []
        } catch {
            return error.items.map { "\($0.column.map(String.init) ?? "-"): \($0.message)" }
        }
    }

    @Test("known columns in any order, names trimmed")
    func valid() throws {
        let columns = try PersonColumns(header: ["family_name", " id ", "category", "notes", "belongs_to", "held_by\t"])
        #expect(columns.fields == [.familyName, .id, .category, .notes, .belongsTo, .heldBy])
    }

    @Test("an unknown column is placed at its index and the known ones are listed")
    func unknown() {
        #expect(problems(["id", "held_by", "belongs_to", "category", "family_name", "age"]) == [
            "5: unknown column 'age' (columns: id, held_by, belongs_to, category, family_name, given_name, patronymic, family_name_latin, given_name_latin, patronymic_latin, sex, birth_date, service_number, unit, rank, captured_on, captured_place, status, notes)",
        ])
    }

    @Test("a column twice is placed at its second occurrence")
    func twice() {
        #expect(problems(["id", "held_by", "belongs_to", "category", "family_name", "id"]) == ["5: column id appears twice"])
    }

    @Test("each required column missing is reported for the whole header")
    func missingRequired() {
        #expect(problems(["id", "category"]) == [
            "-: required column held_by is missing", "-: required column belongs_to is missing", "-: required column family_name is missing",
        ])
        #expect(problems([]).count == 5)
    }
}

@Suite("ExpectedHead(parsing:)")
struct ExpectedHeadTests {
    static let hash = "649227b91b3b0bf499b0271495eccca83c32edb5b27b054dafc056a3fbdd3cf1"

    @Test("SEQ:HASH as ledger head prints it")
    func valid() throws {
        let head = try ExpectedHead(parsing: "12:" + Self.hash)
        #expect(head.seq == 12)
        #expect(head.hash == Self.hash)
        #expect(head.description == "12:" + Self.hash)
    }

    @Test("refuses anything else", arguments: [
        "0:\(hash)", "-1:\(hash)", "x:\(hash)", ":\(hash)", "12:\(hash.dropLast())", "12:\(hash)0", "12:\(hash.uppercased())",
        "12\(hash)", "12:\(hash):1", " 12:\(hash)", "12: \(hash.dropLast())", "12:" + String(repeating: "g", count: 64), "",
        "+12:\(hash)", "012:\(hash)",
    ])
    func invalid(text: String) {
        #expect(usageMessage { try ExpectedHead(parsing: text) }
            == "expected head '\(text)' must be SEQ:HASH as `ledger head` prints it (64 lowercase hex digits)")
    }
}

@Suite("Statuses, categories and numbers")
struct SmallTypesTests {
    @Test("held, listed, released and missing persons can be transferred; repatriated and deceased cannot")
    func transferable() {
        #expect(PersonStatus.allCases.filter(\.canBeTransferred) == [.held, .listed, .released, .missing])
    }

    @Test("a transferred person is repatriated when received by their own party, else released")
    func afterTransfer() {
        #expect(PersonStatus.afterTransfer(to: "UA", belongsTo: "UA") == .repatriated)
        #expect(PersonStatus.afterTransfer(to: "ICRC", belongsTo: "UA") == .released)
    }

    @Test("transfer categories order as printed: pow, civilian, child, remains")
    func categoryOrder() {
        #expect([TransferCategory.remains, .child, .pow, .civilian].sorted() == [.pow, .civilian, .child, .remains])
        #expect(PersonCategory.allCases.map(\.transferCategory) == [.pow, .civilian, .child])
    }

    @Test("numbers with thousands separators", arguments: [
        (0, "0"), (999, "999"), (1000, "1,000"), (6057, "6,057"), (-78, "-78"), (-1234, "-1,234"), (1_000_000, "1,000,000"),
        (Int.min, "-9,223,372,036,854,775,808"),
    ])
    func grouped(value: Int, text: String) {
        #expect(value.grouped == text)
    }

    @Test("quota progress: difference against a number, none against all, from zero without a quota")
    func quotaProgress() {
        let progress = QuotaProgress(
            agreementID: "A", title: "t", from: "RU", to: "UA", categories: [.remains], amount: .count(6000), delivered: 6057, named: 57)
        #expect(progress.difference == 57)
        #expect(progress.unnamed == 6000)
        #expect(progress.categoryLabel == "remains")
        var all = progress
        all.amount = .all
        #expect(all.difference == nil)
        var none = progress
        none.amount = nil
        #expect(none.difference == 6057)
    }
}
