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
