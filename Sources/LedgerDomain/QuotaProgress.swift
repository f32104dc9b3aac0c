/// How far one party has delivered on one quota of an agreement: what was agreed against what
/// was delivered, counting batches that stand (voided batches are counted apart).
public struct QuotaProgress: Sendable, Hashable {
    public var agreementID: String
    public var title: String
    /// The releasing party and the receiving party.
    public var from: String
    public var to: String
    public var categories: [TransferCategory]
    /// The agreed amount; nil for categories delivered without any quota.
    public var amount: QuotaAmount?
    public var delivered: Int
    /// Of `delivered`, how many were carried by named batches (with a manifest).
    public var named: Int
    public var batches: Int
    public var voidedBatches: Int
    public var overQuotaBatches: Int

    public init(
        agreementID: String, title: String, from: String, to: String, categories: [TransferCategory],
        amount: QuotaAmount?, delivered: Int = 0, named: Int = 0, batches: Int = 0, voidedBatches: Int = 0,
        overQuotaBatches: Int = 0
    ) {
        self.agreementID = agreementID
        self.title = title
        self.from = from
        self.to = to
        self.categories = categories
        self.amount = amount
        self.delivered = delivered
        self.named = named
        self.batches = batches
        self.voidedBatches = voidedBatches
        self.overQuotaBatches = overQuotaBatches
    }

    public var unnamed: Int { delivered - named }

    /// Delivered minus agreed: negative while short, positive when over; nil when the quota is
    /// `all`, which has no number to measure against. Categories without a quota count from zero.
    public var difference: Int? {
        switch amount {
        case .count(let count): delivered - count
        case .all: nil
        case nil: delivered
        }
    }

    public var categoryLabel: String { categories.map(\.rawValue).joined(separator: "+") }

    /// Agreed against delivered under one agreement: a line per quota, in the agreement's order,
    /// then a line per category a party delivered without having a quota for it. A batch counts
    /// once per line however many of the line's categories it carries; a void batch counts only
    /// as voided. Batches of other agreements are ignored.
    public static func lines(of agreement: Agreement, batches: [RecordedBatch]) -> [QuotaProgress] {
        func line(from party: String, categories: [TransferCategory], amount: QuotaAmount?) -> QuotaProgress {
            QuotaProgress(agreementID: agreement.id, title: agreement.title, from: party,
                          to: agreement.parties.first { $0 != party } ?? party, categories: categories, amount: amount)
        }
        var lines = agreement.quotas.map { line(from: $0.party, categories: $0.categories, amount: $0.amount) }
        for batch in batches where batch.agreementID == agreement.id {
            var countPerLine: [Int: Int] = [:]
            for category in batch.counts.keys.sorted() {
                let index = lines.firstIndex { $0.from == batch.from && $0.categories.contains(category) } ?? {
                    lines.append(line(from: batch.from, categories: [category], amount: nil))
                    return lines.count - 1
                }()
                countPerLine[index, default: 0] += batch.counts[category]!
            }
            for (index, count) in countPerLine {
                if batch.isVoid {
                    lines[index].voidedBatches += 1
                    continue
                }
                lines[index].delivered += count
                lines[index].named += batch.named ? count : 0
                lines[index].batches += 1
                lines[index].overQuotaBatches += batch.overQuotaReason == nil ? 0 : 1
            }
        }
        return lines
    }
}
