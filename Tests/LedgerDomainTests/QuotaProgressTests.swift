import LedgerDomain
import Testing

@Suite struct QuotaProgressTests {
    static let agreement = try! Agreement(
        id: "IST-2025-05-16", title: "Istanbul: 1,000 for 1,000", date: Day("2025-05-16")!, parties: ["UA", "RU"],
        each: [QuotaTerm(categories: [.pow, .civilian], amount: .count(1000))], terms: [("RU", QuotaTerm(categories: [.remains], amount: .all))],
        knownParties: ["UA", "RU"], today: Day("2026-01-01")!)

    static func batch(
        _ id: String, from: String, _ counts: [TransferCategory: Int], named: Bool = false, overQuota: Bool = false,
        void: Bool = false, agreement: String = "IST-2025-05-16"
    ) -> RecordedBatch {
        RecordedBatch(id: id, agreementID: agreement, from: from, to: from == "UA" ? "RU" : "UA", on: Day("2025-05-23")!, stage: 1,
                      place: nil, note: nil, counts: counts, named: named, overQuotaReason: overQuota ? "reported" : nil,
                      voidReason: void ? "entered twice" : nil, addedSeq: 1)
    }

    @Test func eachQuotaGetsALineEvenWithNothingDelivered() {
        let lines = QuotaProgress.lines(of: Self.agreement, batches: [])
        #expect(lines.map { "\($0.from)>\($0.to) \($0.categoryLabel) \($0.amount.map(\.description) ?? "-") \($0.delivered)" }
                == ["UA>RU pow+civilian 1000 0", "RU>UA pow+civilian 1000 0", "RU>UA remains all 0"])
        #expect(lines.map(\.difference) == [-1000, -1000, nil])
    }

    @Test func deliveriesAddUpPerLineAndABatchCountsOncePerLine() {
        let lines = QuotaProgress.lines(of: Self.agreement, batches: [
            Self.batch("B-1", from: "RU", [.pow: 270, .civilian: 120]),
            Self.batch("B-2", from: "UA", [.pow: 270, .civilian: 120], named: true),
            Self.batch("B-3", from: "RU", [.pow: 307]),
            Self.batch("B-4", from: "RU", [.pow: 307], void: true),
            Self.batch("B-5", from: "RU", [.remains: 1212]),
            Self.batch("B-6", from: "RU", [.pow: 999], agreement: "OTHER"),
        ])
        let russia = lines[1]
        #expect((russia.delivered, russia.named, russia.unnamed, russia.batches, russia.voidedBatches) == (697, 0, 697, 2, 1))
        #expect(russia.difference == -303)
        let ukraine = lines[0]
        #expect((ukraine.delivered, ukraine.named, ukraine.batches) == (390, 390, 1))
        #expect((lines[2].delivered, lines[2].difference) == (1212, nil))
    }

    @Test func categoriesWithoutAQuotaGetLinesOfTheirOwnAndCountAsExcess() {
        let lines = QuotaProgress.lines(of: Self.agreement, batches: [
            Self.batch("B-1", from: "UA", [.remains: 27, .child: 3], overQuota: true),
            Self.batch("B-2", from: "UA", [.child: 2], overQuota: true),
        ])
        #expect(lines.count == 5)
        #expect(lines[3].categories == [.child] && lines[3].amount == nil)
        #expect((lines[3].delivered, lines[3].batches, lines[3].overQuotaBatches, lines[3].difference) == (5, 2, 2, 5))
        #expect(lines[4].categories == [.remains] && lines[4].delivered == 27 && lines[4].from == "UA")
    }
}
