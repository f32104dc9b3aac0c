import PropertyBased
import Testing
@testable import LedgerDomain

/// Generated names: Cyrillic of both alphabets in both cases, Latin, apostrophes, hyphens, spaces.
enum NameGen {
    static let alphabet = Array("абвгґдеєжзиіїйклмнопрстуфхцчшщьюяёъыэАБВГҐДЕЄЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЬЮЯЁЪЫЭabcxyzABCXYZéß'’- ")
    static let name = Gen.int(in: 0...(alphabet.count - 1)).array(of: 0...12).map { String($0.map { alphabet[$0] }) }
    static let system = Gen.int(in: 0...1).map { TransliterationSystem.allCases[$0] }
    static let latinKey = Gen.int(in: 0...5).array(of: 0...8).map { $0.map { UInt8(ascii: "a") + UInt8($0) } }
}

@Suite("Counterparty matching: properties over generated names and lists")
struct CounterpartyMatcherPropertyTests {
    @Test("transliteration leaves no Cyrillic letter, and the key of a name is the key of its transliteration")
    func transliterationIsComplete() async {
        await propertyCheck(count: 500, input: NameGen.name, NameGen.system) { name, system in
            let latin = system.latin(name)
            #expect(!latin.unicodeScalars.contains(where: TransliterationSystem.isCyrillic), "\(name) → \(latin)")
            #expect(system.latin(latin) == latin)
            let key = NameKey(name, system: system)
            #expect(key.letters.allSatisfy { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) })
            #expect(NameKey(latin, system: system) == key)
        }
    }

    @Test("Jaro–Winkler is within 0…1, symmetric, and 1 exactly for equal strings")
    func jaroWinklerBounds() async {
        await propertyCheck(count: 500, input: NameGen.latinKey, NameGen.latinKey) { a, b in
            let similarity = JaroWinkler.similarity(a, b)
            #expect((0...1).contains(similarity))
            #expect(similarity == JaroWinkler.similarity(b, a))
            #expect((similarity == 1) == (a == b))
            #expect(TypingDistance.atMostOne(a, b) == TypingDistance.atMostOne(b, a))
        }
    }

    @Test("every record lands in exactly one section, and shuffling the lists changes nothing")
    func reportPartitionsTheLists() async {
        await propertyCheck(count: 40, input: Gen.int(in: 0...Int.max)) { seed in
            let set = MatchingSet.generate(seed: UInt64(seed), positives: 40, negatives: 40)
            let report = CounterpartyMatcher.match(ours: set.ours, theirs: set.theirs)
            let pairs = report.matched + report.matchedWithConflicts + report.needsReview
            #expect((pairs.map(\.ours) + report.onlyInOurs).sorted() == set.ours.map(\.id).sorted())
            #expect((pairs.map(\.theirs) + report.onlyInTheirs).sorted() == set.theirs.map(\.id).sorted())
            #expect(report.matched.allSatisfy { $0.outcome == .match && $0.conflicts.isEmpty && $0.score >= 0.90 })
            #expect(report.matchedWithConflicts.allSatisfy { $0.outcome == .match && !$0.conflicts.isEmpty })
            #expect(report.needsReview.allSatisfy { $0.outcome == .review && $0.score >= 0.75 })
            var random = SplitMix64(seed: UInt64(seed))
            #expect(CounterpartyMatcher.match(ours: set.ours.shuffled(using: &random), theirs: set.theirs.shuffled(using: &random)) == report)
        }
    }
}

@Suite("Counterparty matching: remembered similarities are the ones computed afresh")
struct RememberedSimilarityTests {
    @Test("a row asked in any order, switching names, answers as the similarity computed afresh")
    func similarityRowAnswersAsComputedAfresh() async {
        await propertyCheck(count: 100, input: NameGen.name.array(of: 1...8), Gen.int(in: 0...Int.max)) { spellings, seed in
            var names = NameTable()
            let numbers = spellings.map { names.number($0, latin: nil, system: .ukrainian2010) }
            var row = SimilarityRow(names: names)
            var random = SplitMix64(seed: UInt64(seed))
            for _ in 0..<40 {
                let a = numbers.randomElement(using: &random)!, b = numbers.randomElement(using: &random)!
                let expected: Double? = if let a, let b { PairScore.similarity(names.forms[Int(a)], names.forms[Int(b)]) } else { nil }
                #expect(row.similarity(of: a, to: b, in: names) == expected)
            }
        }
    }

    @Test("every pair matched or sent to review by name has the score and rule that comparing the two alone gives")
    func pairsScoreAsComparedAlone() async {
        await propertyCheck(count: 20, input: Gen.int(in: 0...Int.max)) { seed in
            let set = MatchingSet.generate(seed: UInt64(seed), positives: 60, negatives: 60)
            let report = CounterpartyMatcher.match(ours: set.ours, theirs: set.theirs)
            let ours = Dictionary(uniqueKeysWithValues: set.ours.map { ($0.id, $0) })
            let theirs = Dictionary(uniqueKeysWithValues: set.theirs.map { ($0.id, $0) })
            let pairs = report.matched + report.matchedWithConflicts + report.needsReview
            #expect(!pairs.isEmpty)
            for pair in pairs {
                let alone = CounterpartyMatcher.compare(ours[pair.ours]!, theirs[pair.theirs]!)
                #expect(pair.score == alone.score)
                #expect(pair.rule.hasPrefix(alone.rule))
                #expect(pair.conflicts == alone.conflicts)
            }
        }
    }

    /// "Андрій" with its й precomposed and decomposed is one String to Swift but two spellings,
    /// transliterated differently: each record is keyed by its own, whichever came first.
    @Test func spellingsOfTheSameLettersInAnotherUnicodeFormKeepTheirOwnKeys() throws {
        let spellings = ["Андрій", "Андрі\u{0438}\u{0306}"]
        #expect(spellings[0] == spellings[1], "the same String to Swift")
        let keys = spellings.map { NameKey($0, system: .ukrainian2010) }
        #expect(keys[0] != keys[1], "but not the same key")
        for order in [spellings, spellings.reversed()] {
            var names = NameTable()
            for spelling in order {
                let numbered = names.number(spelling, latin: nil, system: .ukrainian2010)
                let number = try #require(numbered)
                #expect(names.forms[Int(number)] == [NameKey(spelling, system: .ukrainian2010)])
            }
        }
    }

    @Test func aNameWithoutLettersIsNoName() {
        var names = NameTable()
        #expect(names.number(nil, latin: nil, system: .russianICAO) == nil)
        #expect(names.number("-- 1", latin: nil, system: .russianICAO) == nil)
        let ivanov = names.number("Иванов", latin: "Ivanov", system: .russianICAO)
        #expect(ivanov == names.number("Иванов", latin: "Ivanov", system: .russianICAO))
        #expect(names.forms.map { $0.map(\.description) } == [["ivanov"]])
    }
}
