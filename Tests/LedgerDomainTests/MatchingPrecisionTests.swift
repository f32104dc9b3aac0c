import Testing
@testable import LedgerDomain

/// Precision and recall of the matcher on a generated, labelled set (`MatchingSet`).
struct MatchingPrecisionTests {
    @Test func precisionAndRecallOnTwelveThousandLabelledPairs() {
        let set = MatchingSet.generate(seed: 2025, positives: 6_000, negatives: 6_000)
        #expect(set.matches.count + set.nonMatches.count == 12_000)
        let report = CounterpartyMatcher.match(ours: set.ours, theirs: set.theirs)
        let predicted = (report.matched + report.matchedWithConflicts).map { [$0.ours, $0.theirs] }
        let truePositives = predicted.filter { set.matches.contains($0) }.count
        let falsePositives = predicted.count - truePositives
        let precision = Double(truePositives) / Double(max(1, predicted.count))
        let recall = Double(truePositives) / Double(set.matches.count)
        print("matcher on 12,000 labelled pairs: precision \(precision), recall \(recall); "
            + "\(truePositives) true and \(falsePositives) false matches, \(report.needsReview.count) in review")
        #expect(precision > 0.98)
        #expect(recall > 0.98)
        // No labelled non-match is ever matched.
        #expect(predicted.filter { set.nonMatches.contains($0) } == [])
    }

    @Test func generatedVariantsAreWhatTheyClaim() {
        var random = SplitMix64(seed: 1)
        #expect(MatchingSet.typo(in: "Шевченко", using: &random) != "Шевченко")
        let set = MatchingSet.generate(seed: 3, positives: 50, negatives: 50)
        #expect(set.ours.count == 100 && set.theirs.count == 100)
        #expect(set.theirs.contains { $0.familyName.unicodeScalars.allSatisfy(\.isASCII) })
        #expect(set.theirs.contains { if case .year = $0.birthDate { true } else { false } })
    }
}
