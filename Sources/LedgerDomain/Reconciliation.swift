/// What was promised against what was delivered, and who is still missing (docs/commands.md, "Reconciliation"):
/// every agreement, named list, remains line and holding party's medical line, from recorded
/// facts alone.
public struct Reconciliation: Sendable, Hashable {
    public var agreements: [AgreementReconciliation]
    public var lists: [ListRecord]
    public var remains: [RemainsReportLine]
    public var medical: [MedicalLine]
    /// The day the report was made and the journal entry it was made from (`SEQ:HASH`), so that a
    /// printed report can be checked against the ledger.
    public var asOf: Day
    public var head: String?
    /// The counterparty's list matched against ours, when one was given.
    public var counterparty: CounterpartyMatch?

    public init(agreements: [AgreementReconciliation], lists: [ListRecord], remains: [RemainsReportLine], medical: [MedicalLine],
                asOf: Day, head: String?, counterparty: CounterpartyMatch? = nil) {
        self.agreements = agreements
        self.lists = lists
        self.remains = remains
        self.medical = medical
        self.asOf = asOf
        self.head = head
        self.counterparty = counterparty
    }

    /// What is not yet reconciled, by kind, each named for one and for many: what
    /// `reconcile --check` fails on.
    public var unresolved: [Unresolved] {
        let short = agreements.flatMap(\.lines).filter { ($0.difference ?? 0) < 0 && $0.amount != nil }.count
        let unidentified = remains.reduce(0) { total, line in
            if case .agreement = line.scope { return total + line.unidentified + line.dnaPending }
            return total
        }
        let theirs: [Unresolved] = counterparty.map { match in
            let report = match.report
            return [
                Unresolved(count: report.matchedWithConflicts.count, one: "match with conflicting fields", many: "matches with conflicting fields"),
                Unresolved(count: report.needsReview.count, one: "pair for review", many: "pairs for review"),
                Unresolved(count: report.onlyInOurs.count, one: "person only in our list", many: "persons only in our list"),
                Unresolved(count: report.onlyInTheirs.count, one: "person only in \(match.party)'s list", many: "persons only in \(match.party)'s list"),
            ]
        } ?? []
        let ours = [
            Unresolved(count: short, one: "quota line short of what was agreed", many: "quota lines short of what was agreed"),
            Unresolved(count: lists.reduce(0) { $0 + $1.count(.open) }, one: "open list entry", many: "open list entries"),
            Unresolved(count: lists.reduce(0) { $0 + $1.count(.disputed) }, one: "disputed list entry", many: "disputed list entries"),
            Unresolved(count: unidentified, one: "body received and not yet identified", many: "bodies received and not yet identified"),
            Unresolved(count: medical.reduce(0) { $0 + $1.overdue }, one: "prisoner overdue for repatriation",
                       many: "prisoners overdue for repatriation"),
        ]
        return (ours + theirs).filter { $0.count > 0 }
    }

    /// How many of one kind of thing are not yet reconciled.
    public struct Unresolved: Sendable, Hashable, CustomStringConvertible {
        public var count: Int
        public var one: String
        public var many: String

        public var description: String { "\(count.grouped) \(count == 1 ? one : many)" }
    }
}

/// A counterparty's list matched against the persons of our batches with that party: the
/// records of both sides, by id, and the matcher's report.
public struct CounterpartyMatch: Sendable, Hashable {
    public var party: String
    public var ours: [String: MatchRecord]
    public var theirs: [String: MatchRecord]
    public var report: MatchReport

    /// Matches `theirs` against `ours` with `CounterpartyMatcher`.
    public init(party: String, ours: [MatchRecord], theirs: [MatchRecord], thresholds: MatchThresholds) {
        self.party = party
        self.ours = Dictionary(ours.map { ($0.id, $0) }) { first, _ in first }
        self.theirs = Dictionary(theirs.map { ($0.id, $0) }) { first, _ in first }
        report = CounterpartyMatcher.match(ours: ours, theirs: theirs, thresholds: thresholds)
    }
}

/// One agreement reconciled: its quota lines, what each stage delivered, the parity of a
/// symmetric deal, and the batches over quota or voided.
public struct AgreementReconciliation: Sendable, Hashable {
    public var agreement: Agreement
    public var lines: [QuotaProgress]
    public var stages: [StageLine]
    public var parity: [ParityLine]
    public var overQuota: [RecordedBatch]
    public var voided: [RecordedBatch]

    /// Reconciles `agreement` against `batches` (those of other agreements are ignored). Quota
    /// lines are `QuotaProgress.lines`, the accounting every report shares.
    public init(agreement: Agreement, batches: [RecordedBatch]) {
        let own = batches.filter { $0.agreementID == agreement.id }
        self.agreement = agreement
        lines = QuotaProgress.lines(of: agreement, batches: own)
        stages = StageLine.lines(of: own.filter { !$0.isVoid })
        parity = ParityLine.lines(of: agreement, quotaLines: lines)
        overQuota = own.filter { !$0.isVoid && $0.overQuotaReason != nil }
        voided = own.filter(\.isVoid)
    }
}

/// What one stage of an exchange delivered in one direction: the batches of the same stage,
/// from and to the same parties (a batch without a stage is a stage of its own date).
public struct StageLine: Sendable, Hashable {
    public var from: String
    public var to: String
    public var stage: Int?
    public var first: Day
    public var last: Day
    public var counts: [TransferCategory: Int]
    public var batches: Int

    public var total: Int { counts.values.reduce(0, +) }

    /// In order of stage (unstaged last), then date, then direction.
    static func lines(of batches: [RecordedBatch]) -> [StageLine] {
        var lines: [StageLine] = []
        for batch in batches.sorted(by: { ($0.on, $0.addedSeq) < ($1.on, $1.addedSeq) }) {
            if let index = lines.firstIndex(where: {
                $0.from == batch.from && $0.to == batch.to && $0.stage == batch.stage && ($0.stage != nil || $0.first == batch.on)
            }) {
                lines[index].counts.merge(batch.counts, uniquingKeysWith: +)
                lines[index].last = max(lines[index].last, batch.on)
                lines[index].batches += 1
            } else {
                lines.append(StageLine(from: batch.from, to: batch.to, stage: batch.stage, first: batch.on, last: batch.on,
                                       counts: batch.counts, batches: 1))
            }
        }
        return lines.sorted { a, b in
            let keyA = (a.stage ?? Int.max, a.first, a.from), keyB = (b.stage ?? Int.max, b.first, b.from)
            return keyA < keyB
        }
    }
}

/// A symmetric term of an agreement ("1,000 for 1,000", "6,000 bodies for 6,000"): what each
/// side delivered against the same number, and the imbalance between them.
public struct ParityLine: Sendable, Hashable {
    public var categories: [TransferCategory]
    public var amount: QuotaAmount
    /// The two parties in the agreement's order, and what each delivered.
    public var parties: [String]
    public var delivered: [Int]

    /// What the second party delivered beyond the first (negative: less).
    public var imbalance: Int { delivered[1] - delivered[0] }

    /// One line for each quota that both parties of a two-party agreement hold on the same terms.
    static func lines(of agreement: Agreement, quotaLines: [QuotaProgress]) -> [ParityLine] {
        guard agreement.parties.count == 2 else { return [] }
        let (a, b) = (agreement.parties[0], agreement.parties[1])
        return quotaLines.compactMap { line in
            guard line.from == a, let amount = line.amount,
                  let other = quotaLines.first(where: { $0.from == b && Set($0.categories) == Set(line.categories) && $0.amount == amount })
            else { return nil }
            return ParityLine(categories: line.categories, amount: amount, parties: [a, b], delivered: [line.delivered, other.delivered])
        }
    }
}

/// The medical commission's work for the prisoners one party holds or held: how many have a
/// finding in force, by outcome, how many of them have since been released, refused, or are overdue.
public struct MedicalLine: Sendable, Hashable {
    public var heldBy: String
    public var assessed: Int
    public var directRepatriation: Int
    public var neutralCountry: Int
    public var notEligible: Int
    /// Assessed prisoners no longer held (released or repatriated).
    public var released: Int
    public var refused: Int
    public var overdue: Int

    public init(heldBy: String, assessed: Int, directRepatriation: Int, neutralCountry: Int, notEligible: Int, released: Int,
                refused: Int, overdue: Int) {
        self.heldBy = heldBy
        self.assessed = assessed
        self.directRepatriation = directRepatriation
        self.neutralCountry = neutralCountry
        self.notEligible = notEligible
        self.released = released
        self.refused = refused
        self.overdue = overdue
    }
}
