import Testing
@testable import LedgerDomain

@Suite("QuotaTerm(parsing:)")
struct QuotaTermTests {
    @Test("reads categories joined by + and a shared amount, categories in print order", arguments: [
        ("pow+civilian=1000", [TransferCategory.pow, .civilian], QuotaAmount.count(1000)),
        ("civilian+pow=1000", [.pow, .civilian], .count(1000)),
        ("remains=6000", [.remains], .count(6000)),
        ("remains=all", [.remains], .all),
        ("child+remains+civilian+pow=all", [.pow, .civilian, .child, .remains], .all),
        ("pow=1", [.pow], .count(1)),
        ("pow=999999999", [.pow], .count(999_999_999)),
    ])
    func valid(text: String, categories: [TransferCategory], amount: QuotaAmount) throws {
        let term = try QuotaTerm(parsing: text)
        #expect(term.categories == categories)
        #expect(term.amount == amount)
    }

    @Test("an unknown category is named")
    func unknownCategory() {
        #expect(usageMessage { try QuotaTerm(parsing: "pow+soldiers=10") }
            == "quota 'pow+soldiers=10': unknown category 'soldiers' (one of pow, civilian, child, remains)")
        #expect(usageMessage { try QuotaTerm(parsing: "POW=10") }
            == "quota 'POW=10': unknown category 'POW' (one of pow, civilian, child, remains)")
        #expect(usageMessage { try QuotaTerm(parsing: "=10") }
            == "quota '=10': unknown category '' (one of pow, civilian, child, remains)")
        #expect(usageMessage { try QuotaTerm(parsing: "pow+=10") }
            == "quota 'pow+=10': unknown category '' (one of pow, civilian, child, remains)")
    }

    @Test("a category named twice")
    func repeatedCategory() {
        #expect(usageMessage { try QuotaTerm(parsing: "pow+civilian+pow=10") } == "quota 'pow+civilian+pow=10' names pow twice")
    }

    @Test("amounts that are not 1…999999999 or all", arguments: ["0", "-1", "1e9", "1000000000", "", "ALL", "10.5", "1,000", " 10", "+5", "١٠", "0005", "00"])
    func badAmounts(amount: String) {
        let text = "pow=" + amount
        #expect(usageMessage { try QuotaTerm(parsing: text) }
            == "quota '\(text)': the amount must be a whole number from 1 to 999999999, or all")
    }

    @Test("without exactly one =", arguments: ["pow", "pow:10", "pow=10=20", ""])
    func missingEquals(text: String) {
        #expect(usageMessage { try QuotaTerm(parsing: text) } == "quota '\(text)' must look like pow+civilian=1000 or remains=all")
    }

    @Test("the memberwise init sorts its categories too")
    func memberwise() {
        #expect(QuotaTerm(categories: [.remains, .pow], amount: .all).categories == [.pow, .remains])
    }

    @Test("amounts and labels print as typed")
    func printing() {
        #expect(QuotaAmount.count(6000).description == "6000")
        #expect(QuotaAmount.all.description == "all")
        #expect(Quota(party: "UA", term: QuotaTerm(categories: [.civilian, .pow], amount: .count(1))).categoryLabel == "pow+civilian")
    }
}

/// Builds agreements against a fixed ledger: parties UA, RU and ICRC; today 2025-06-30.
struct AgreementFixture {
    static let known: Set<String> = ["UA", "RU", "ICRC"]
    static let today = Day(year: 2025, month: 6, day: 30)!

    static func make(
        id: String = "IST-2025-05-16", title: String = "Istanbul 1000 for 1000", date: String = "2025-05-16",
        parties: [String] = ["UA", "RU"], each: [String] = ["pow+civilian=1000"], terms: [(String, String)] = []
    ) throws(LedgerError) -> Agreement {
        var eachTerms: [QuotaTerm] = []
        for text in each { eachTerms.append(try QuotaTerm(parsing: text)) }
        var partyTerms: [(party: String, term: QuotaTerm)] = []
        for (party, text) in terms { partyTerms.append((party, try QuotaTerm(parsing: text))) }
        return try Agreement(
            id: id, title: title, date: day(date), parties: parties, each: eachTerms, terms: partyTerms,
            knownParties: known, today: today)
    }
}

@Suite("Agreement.init")
struct AgreementTests {
    @Test("each term gives one quota per party, in party order; per-party terms follow")
    func quotas() throws {
        let agreement = try AgreementFixture.make(
            id: "IST-2025-06-02", title: "  Istanbul: all for all, 6000 for 6000 ", date: "2025-06-02",
            each: ["pow=all", "remains=6000"], terms: [("RU", "civilian=120")])
        #expect(agreement.id == "IST-2025-06-02")
        #expect(agreement.title == "Istanbul: all for all, 6000 for 6000")
        #expect(agreement.date == day("2025-06-02"))
        #expect(agreement.parties == ["UA", "RU"])
        #expect(agreement.quotas == [
            Quota(party: "UA", term: QuotaTerm(categories: [.pow], amount: .all)),
            Quota(party: "UA", term: QuotaTerm(categories: [.remains], amount: .count(6000))),
            Quota(party: "RU", term: QuotaTerm(categories: [.pow], amount: .all)),
            Quota(party: "RU", term: QuotaTerm(categories: [.remains], amount: .count(6000))),
            Quota(party: "RU", term: QuotaTerm(categories: [.civilian], amount: .count(120))),
        ])
    }

    @Test("an agreement dated today is accepted; one dated tomorrow is refused")
    func futureDate() throws {
        #expect(try AgreementFixture.make(date: "2025-06-30").date == day("2025-06-30"))
        #expect(rejections { try AgreementFixture.make(date: "2025-07-01") }
            == ["agreement date 2025-07-01 is in the future (today is 2025-06-30)"])
    }

    @Test("the same party twice")
    func samePartyTwice() {
        let messages = rejections { try AgreementFixture.make(parties: ["UA", "UA"], each: [], terms: [("UA", "pow=10")]) }
        #expect(messages == ["an agreement has exactly two different parties, got UA,UA"])
    }

    @Test("not exactly two parties", arguments: [[String](), ["UA"], ["UA", "RU", "ICRC"]])
    func partyCount(parties: [String]) {
        let messages = rejections { try AgreementFixture.make(parties: parties, each: [], terms: [("UA", "pow=10")]) }
        #expect(messages.contains("an agreement has exactly two different parties, got \(parties.joined(separator: ","))"))
    }

    @Test("an unknown party")
    func unknownParty() {
        #expect(rejections { try AgreementFixture.make(parties: ["UA", "PL"]) }
            == ["unknown party PL (add it with `ledger party add PL --name …`)"])
    }

    @Test("a quota for a party that is not a party to the agreement")
    func quotaForNonParty() {
        #expect(rejections { try AgreementFixture.make(terms: [("ICRC", "remains=10")]) }
            == ["quota for ICRC, which is not a party to this agreement"])
    }

    @Test("no quota at all")
    func noQuota() {
        #expect(rejections { try AgreementFixture.make(each: []) } == ["an agreement needs at least one quota (--each or --quota)"])
    }

    @Test("a category released by one party in two quotas")
    func overlappingCategories() {
        #expect(rejections { try AgreementFixture.make(each: ["pow+civilian=1000"], terms: [("UA", "pow=all")]) }
            == ["pow released by UA is in more than one quota"])
        #expect(rejections { try AgreementFixture.make(each: ["pow=10", "pow+child=5"]) }
            == ["pow released by UA is in more than one quota", "pow released by RU is in more than one quota"])
    }

    @Test("the same category under different parties does not overlap")
    func sameCategoryDifferentParties() throws {
        let agreement = try AgreementFixture.make(each: [], terms: [("UA", "remains=6000"), ("RU", "remains=6000")])
        #expect(agreement.quotas.map(\.party) == ["UA", "RU"])
    }

    @Test("a bad id and an empty or unprintable title")
    func idAndTitle() {
        #expect(rejections { try AgreementFixture.make(id: "IST 2025") }
            == ["agreement id 'IST 2025' may hold only letters A–Z, digits and . _ : / -"])
        #expect(rejections { try AgreementFixture.make(title: "  ") } == ["agreement title is empty"])
        #expect(rejections { try AgreementFixture.make(title: "a\u{202E}b") } == ["agreement title contains the invisible direction mark U+202E"])
    }

    @Test("every problem is reported at once")
    func allProblems() {
        let messages = rejections { try AgreementFixture.make(id: "", date: "2026-01-01", parties: ["UA", "XX"], each: [], terms: [("PL", "pow=1")]) }
        #expect(messages == [
            "agreement id is empty",
            "agreement date 2026-01-01 is in the future (today is 2025-06-30)",
            "unknown party XX (add it with `ledger party add XX --name …`)",
            "quota for PL, which is not a party to this agreement",
            "an agreement needs at least one quota (--each or --quota)",
        ])
    }

    @Test("quota(releasedBy:category:) finds the quota of that party holding that category")
    func quotaLookup() throws {
        let agreement = try AgreementFixture.make(each: ["pow+civilian=1000"], terms: [("RU", "remains=all")])
        let uaShared = Quota(party: "UA", term: QuotaTerm(categories: [.pow, .civilian], amount: .count(1000)))
        #expect(agreement.quota(releasedBy: "UA", category: .pow) == uaShared)
        #expect(agreement.quota(releasedBy: "UA", category: .civilian) == uaShared)
        #expect(agreement.quota(releasedBy: "UA", category: .remains) == nil)
        #expect(agreement.quota(releasedBy: "UA", category: .child) == nil)
        #expect(agreement.quota(releasedBy: "RU", category: .remains) == Quota(party: "RU", term: QuotaTerm(categories: [.remains], amount: .all)))
        #expect(agreement.quota(releasedBy: "RU", category: .pow)?.party == "RU")
        #expect(agreement.quota(releasedBy: "ICRC", category: .pow) == nil)
    }
}
