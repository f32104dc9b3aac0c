import Testing
@testable import LedgerDomain

struct CounterpartyMatcherTests {
    private let taras = MatchRecord(id: "UA-1", familyName: "Шевченко", givenName: "Тарас", patronymic: "Григорович",
                                    birthDate: PartialDate("1985-03-02"), system: .ukrainian2010)

    private func theirs(_ family: String, _ given: String?, _ birth: String?, id: String = "T-1", ourID: String? = nil,
                        system: TransliterationSystem = .russianICAO) -> MatchRecord {
        MatchRecord(id: id, otherSideID: ourID, familyName: family, givenName: given, birthDate: birth.flatMap { PartialDate($0) }, system: system)
    }

    private func only(_ report: MatchReport, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> MatchPair? {
        let pairs = report.matched + report.matchedWithConflicts + report.needsReview
        #expect(pairs.count == 1, sourceLocation: sourceLocation)
        return pairs.first
    }

    @Test func cyrillicAgainstLatinIsAnExactMatch() {
        let report = CounterpartyMatcher.match(ours: [taras], theirs: [theirs("Shevchenko", "Taras", "1985-03-02")])
        #expect(report.matched == [MatchPair(ours: "UA-1", theirs: "T-1", outcome: .match, score: 1,
                                             rule: "name+dob exact after transliteration", conflicts: [])])
        #expect(report.onlyInOurs.isEmpty && report.onlyInTheirs.isEmpty && report.needsReview.isEmpty)
    }

    @Test func givenLatinFormsAreComparedToo() {
        // Their clerk wrote the Russian way; our record carries the passport spelling.
        var ours = taras
        ours.familyName = "Шевченко"
        ours.givenNameLatin = "Taras"
        ours.familyNameLatin = "Shevtchenko"
        let pair = CounterpartyMatcher.compare(ours, theirs("Shevtchenko", "Taras", "1985-03-02"))
        #expect(pair.rule == "name+dob exact after transliteration")
        #expect(pair.outcome == .match)
    }

    @Test func aTypoIsAFuzzyMatchWithItsScore() {
        let pair = only(CounterpartyMatcher.match(ours: [taras], theirs: [theirs("Shevchneko", "Taras", "1985-03-02")]))
        #expect(pair?.outcome == .match)
        #expect(pair?.rule == "fuzzy name 0.98 + dob")
        #expect(pair?.conflicts == [])
    }

    @Test func swappedFamilyAndGivenNamesMatch() {
        let pair = only(CounterpartyMatcher.match(ours: [taras], theirs: [theirs("Taras", "Shevchenko", "1985-03-02")]))
        #expect(pair?.outcome == .match)
        #expect(pair?.score == 1)
        #expect(pair?.rule == "name exact (family and given swapped) + dob")
    }

    @Test func aBirthYearAloneMatches() {
        let pair = only(CounterpartyMatcher.match(ours: [taras], theirs: [theirs("Шевченко", "Тарас", "1985", system: .ukrainian2010)]))
        #expect(pair?.outcome == .match)
        #expect(pair?.score == 0.98)
        #expect(pair?.rule == "name exact + dob compatible")
    }

    @Test func noBirthDateNeedsReview() {
        let report = CounterpartyMatcher.match(ours: [taras], theirs: [theirs("Shevchenko", "Taras", nil)])
        #expect(report.needsReview.map(\.rule) == ["name exact + no dob"])
        #expect(report.needsReview.map(\.score) == [0.88])
    }

    @Test func similarNamesWithOtherBirthDatesDoNotMatch() {
        let others = [
            theirs("Shevchenko", "Taras", "1986-03-02", id: "T-1"), // another year: never in the same block
            theirs("Shevchenko", "Taras", "1985-07-19", id: "T-2"), // same year, another day: a conflict
        ]
        let report = CounterpartyMatcher.match(ours: [taras], theirs: others)
        #expect(report.matched.isEmpty && report.matchedWithConflicts.isEmpty && report.needsReview.isEmpty)
        #expect(report.onlyInOurs == ["UA-1"])
        #expect(report.onlyInTheirs == ["T-1", "T-2"])
        let conflict = CounterpartyMatcher.compare(taras, others[1])
        #expect(conflict.outcome == .noMatch)
        #expect(conflict.conflicts == [.birthDate])
        #expect(conflict.rule == "name exact + conflicting dob")
    }

    /// Shevchuk is not a typo of Shevchenko (three typing mistakes apart), though Jaro–Winkler
    /// rates them 0.92: with only a birth year in common, a person looks.
    @Test func aMereResemblanceWithABirthYearNeedsReview() {
        let report = CounterpartyMatcher.match(ours: [taras], theirs: [theirs("Shevchuk", "Taras", "1985")])
        #expect(report.needsReview.map(\.rule) == ["fuzzy name 0.90 + dob compatible"])
        #expect(report.needsReview.map { ($0.score * 1000).rounded() } == [884])
        #expect(report.matched.isEmpty && report.onlyInOurs.isEmpty && report.onlyInTheirs.isEmpty)
    }

    @Test func anIDMatchShowsTheFieldsThatDisagree() {
        let report = CounterpartyMatcher.match(ours: [taras], theirs: [theirs("Petrenko", "Taras", "1979-01-01", ourID: "UA-1")])
        #expect(report.matchedWithConflicts == [MatchPair(ours: "UA-1", theirs: "T-1", outcome: .match, score: 1, rule: "id",
                                                          conflicts: [.familyName, .birthDate])])
        // Our record may name theirs instead.
        var ours = taras
        ours.otherSideID = "T-9"
        let byOurs = CounterpartyMatcher.match(ours: [ours], theirs: [theirs("Shevchenko", "Taras", nil, id: "T-9")])
        #expect(byOurs.matched.map(\.rule) == ["id"])
    }

    @Test func anIDOutsideTheOtherListFallsBackToNames() {
        let report = CounterpartyMatcher.match(ours: [taras], theirs: [theirs("Shevchenko", "Taras", "1985-03-02", ourID: "UA-404")])
        #expect(report.matched.map(\.rule) == ["name+dob exact after transliteration"])
    }

    @Test func twoEquallyGoodCandidatesGoToReview() {
        var twin = taras
        twin.id = "UA-2"
        twin.birthDate = PartialDate("1985-11-30")
        let report = CounterpartyMatcher.match(ours: [twin, taras], theirs: [theirs("Shevchenko", "Taras", "1985")])
        #expect(report.needsReview.map(\.ours) == ["UA-1"])
        #expect(report.needsReview.map(\.rule) == ["name exact + dob compatible, tied with another candidate"])
        #expect(report.onlyInOurs == ["UA-2"])
    }

    @Test func eachRecordIsUsedOnceTheBestFirst() {
        let report = CounterpartyMatcher.match(ours: [taras], theirs: [
            theirs("Shevchenko", "Taras", "1985", id: "T-1"), theirs("Shevchenko", "Taras", "1985-03-02", id: "T-2"),
        ])
        #expect(report.matched.map(\.theirs) == ["T-2"])
        #expect(report.onlyInTheirs == ["T-1"])
    }

    @Test func thresholdsComeFromTheCaller() {
        let strict = MatchThresholds(match: 0.99, review: 0.95)
        let yearOnly = [theirs("Shevchenko", "Taras", "1985")]
        #expect(CounterpartyMatcher.match(ours: [taras], theirs: yearOnly, thresholds: strict).needsReview.map(\.score) == [0.98])
        let typo = [theirs("Shevchneko", "Tars", "1985")]
        let report = CounterpartyMatcher.match(ours: [taras], theirs: typo, thresholds: strict)
        #expect(report.onlyInOurs == ["UA-1"] && report.onlyInTheirs == ["T-1"])
    }

    @Test func swappedAndTypedNamesShareABlock() {
        func keys(_ record: MatchRecord) -> Set<UInt64> {
            var names = NameTable()
            return CounterpartyMatcher.blockKeys(PreparedRecord(record, names: &names), names: names)
        }
        func sharesABlock(_ a: MatchRecord, _ b: MatchRecord) -> Bool { !keys(a).isDisjoint(with: keys(b)) }
        #expect(sharesABlock(taras, theirs("Taras", "Shevchenko", "1985")))
        #expect(sharesABlock(taras, theirs("Chevchenko", "Taras", "1985"))) // typo at the start
        #expect(sharesABlock(taras, theirs("Shevchenka", "Taras", "1985"))) // typo at the end
        #expect(sharesABlock(taras, theirs("Taras", "Shefchenko", "1985"))) // swapped, and a typo
        #expect(sharesABlock(taras, theirs("Shevchenko", "Tapas", "1985")))
        #expect(sharesABlock(taras, theirs("Shevchenko", nil, "1985")))
        #expect(!sharesABlock(taras, theirs("Kovalenko", "Taras", "1985")))
        #expect(!sharesABlock(taras, theirs("Bondar", "Ivan", "1985")))
        // The two systems' spellings of a Ukrainian name share all their keys.
        let russianSpelling = theirs("Iurchenko", "Oleg", nil)
        let ukrainian = MatchRecord(id: "UA-3", familyName: "Юрченко", givenName: "Олег", system: .ukrainian2010)
        #expect(keys(ukrainian) == keys(russianSpelling))
    }

    /// Records sharing no key are never compared, however alike otherwise.
    @Test func recordsInNoCommonBlockAreNotCompared() {
        let report = CounterpartyMatcher.match(ours: [taras], theirs: [theirs("Shevchenko", "Taras", "1986-03-02")])
        #expect(report.needsReview.isEmpty && report.onlyInTheirs == ["T-1"])
    }

    @Test func theReportDoesNotDependOnTheOrderOfTheLists() {
        let generated = MatchingSet.generate(seed: 7, positives: 300, negatives: 300)
        let report = CounterpartyMatcher.match(ours: generated.ours, theirs: generated.theirs)
        var random = SplitMix64(seed: 8)
        let shuffled = CounterpartyMatcher.match(ours: generated.ours.shuffled(using: &random), theirs: generated.theirs.shuffled(using: &random))
        #expect(report == shuffled)
        #expect(!report.matched.isEmpty)
    }
}
