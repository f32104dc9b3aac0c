extension Batch {
    /// Checks a requested batch against the rules of docs/contract.md ("Batches") and returns the batch to
    /// record. Throws every problem found at once:
    /// - the agreement exists; `from` and `to` are known, differ and are its parties;
    /// - the date is not before the agreement and not in the future;
    /// - counts are from 0 to `maximumCount` and not all zero, unless there is a manifest;
    /// - each manifest id exists, appears once, is held by `from` and has not been transferred;
    ///   remains go only to the party they belong to (as identified, else as presumed);
    /// - counts typed alongside a manifest equal the manifest's own counts;
    /// - a count-only batch with the counts, direction and day of a standing count-only batch is
    ///   refused as typed twice unless `again` says it is a second transfer; `again` is refused
    ///   when there is no such batch;
    /// - a batch that takes a quota past its amount, or carries a category the agreement has no
    ///   quota for, needs a reason; a reason is refused when nothing is over quota.
    public init(request: BatchRequest, defaultID: String, facts: BatchFacts) throws(LedgerError) {
        var problems = ProblemList()
        let id = request.id ?? defaultID
        if let problem = TextRules.newIdentifierProblem(id) { problems.add(Problem("batch id \(problem)")) }
        // b-1 is refused for its lower case, and named as the reserved id it would be in capitals.
        if let chosen = request.id, Self.isDefaultID(chosen.uppercased()) {
            problems.add(Problem("batch ids B-<number> are given by the ledger; choose another --id than \(chosen)"))
        }
        if facts.idTaken { problems.add(Problem("batch id \(id) already exists")) }
        for (label, text) in [("place", request.place), ("note", request.note), ("over-quota reason", request.overQuotaReason)] {
            guard let text = text?.trimmingWhitespace else { continue }
            if text.isEmpty { problems.add(Problem("\(label) is empty")) }
            if let problem = TextRules.freeTextProblem(text) { problems.add(Problem("\(label) \(problem)")) }
        }
        if let stage = request.stage, stage < 1 { problems.add(Problem("stage must be 1 or more, got \(stage)")) }
        problems.add(contentsOf: Self.routeProblems(agreementID: request.agreementID, from: request.from, to: request.to, on: request.on, facts: facts))

        var counts: [TransferCategory: Int] = [:]
        for (category, count) in request.counts {
            if count < 0 { problems.add(Problem("--\(category.rawValue) must not be negative, got \(count)")) }
            if count > Self.maximumCount {
                problems.add(Problem("--\(category.rawValue) must be at most \(Self.maximumCount.grouped), got \(count.grouped)"))
            }
            if (1...Self.maximumCount).contains(count) { counts[category] = count }
        }
        if !request.manifest.isEmpty {
            let manifestCounts = Self.checkManifest(request.manifest, from: request.from, to: request.to, facts: facts, problems: &problems)
            for (category, given) in request.counts where given != (manifestCounts[category] ?? 0) {
                problems.add(Problem("--\(category.rawValue) \(given) does not match the manifest, which names \(manifestCounts[category] ?? 0)"))
            }
            counts.merge(manifestCounts) { given, _ in given }
        } else if let problem = Self.nobodyProblem(counts: request.counts) {
            problems.add(problem)
        }

        // Checked before the quotas: a batch typed twice is what takes a quota past its amount,
        // and the operator is to be pointed at the first copy, not asked for a reason.
        if problems.isEmpty {
            let twin = request.manifest.isEmpty ? Self.twin(of: counts, from: request.from, to: request.to, on: request.on, in: facts.batches) : nil
            if let twin, !request.again {
                problems.add(Problem("batch \(twin.id) of \(twin.on) already records \(Self.countWords(counts)) from \(twin.from) to \(twin.to); "
                                     + "add --again if this is a second transfer"))
            } else if twin == nil && request.again {
                problems.add(Problem("no standing count-only batch records the same from \(request.from) to \(request.to) on \(request.on); leave out --again"))
            }
        }
        if let agreement = facts.agreement, problems.isEmpty {
            let excess = Self.quotaExcess(counts: counts, from: request.from, agreement: agreement, batches: facts.batches)
            if !excess.isEmpty && request.overQuotaReason == nil {
                for line in excess { problems.add(Problem("\(line); record it anyway with --over-quota-reason TEXT")) }
            } else if excess.isEmpty && request.overQuotaReason != nil {
                problems.add(Problem("nothing in this batch is over quota; leave out --over-quota-reason"))
            }
        }
        try problems.throwIfAny()

        self.id = id
        agreementID = request.agreementID
        from = request.from
        to = request.to
        on = request.on
        stage = request.stage
        place = request.place?.trimmingWhitespace
        note = request.note?.trimmingWhitespace
        self.counts = counts
        manifest = request.manifest.filter { $0.names == .person }.map(\.id)
        remains = request.manifest.filter { $0.names == .remains }.map(\.id)
        overQuotaReason = request.overQuotaReason?.trimmingWhitespace
    }

    /// The problem of a batch without a manifest whose counts carry nobody, or nil. A count out of
    /// range is a problem of its own, not this one.
    public static func nobodyProblem(counts: [TransferCategory: Int]) -> Problem? {
        guard counts.values.allSatisfy({ $0 == 0 }) else { return nil }
        return Problem("a batch needs a count above zero (--pow, --civilian, --child, --remains) or a --manifest")
    }

    /// The problems of a batch's agreement, parties and date, in the order `init` reports them: the
    /// parties are known and differ, the date is not in the future, the agreement exists, both
    /// parties are its own and the date is not before it. A field left nil is not checked, so that
    /// a batch typed field by field is checked by the same rules as each field is given.
    public static func routeProblems(agreementID: String, from: String?, to: String?, on: Day?, facts: BatchFacts) -> [Problem] {
        var problems: [Problem] = []
        let parties = [from, to].compactMap { $0 }
        for party in Set(parties).sorted() where !facts.knownParties.contains(party) {
            problems.append(Problem("unknown party \(party)"))
        }
        if let from, from == to { problems.append(Problem("a batch goes from one party to another, not from \(from) to itself")) }
        if let on, on > facts.today { problems.append(Problem("date \(on) is in the future (today is \(facts.today))")) }
        guard let agreement = facts.agreement else {
            return problems + [Problem(TextRules.unknown("agreement", agreementID, meant: facts.meant[agreementID]))]
        }
        for party in parties where !agreement.parties.contains(party) {
            problems.append(Problem("\(party) is not a party to agreement \(agreement.id) (\(agreement.parties.joined(separator: ", ")))"))
        }
        if let on, on < agreement.date {
            problems.append(Problem("date \(on) is before agreement \(agreement.id) of \(agreement.date)"))
        }
        return problems
    }

    /// Whether `id` has the form of the ids the ledger gives (`B-` and digits), which an operator
    /// may not choose, so that a chosen id never blocks a later batch's default id.
    public static func isDefaultID(_ id: String) -> Bool {
        id.hasPrefix("B-") && id.count > 2 && id.dropFirst(2).allSatisfy(\.isASCII) && id.dropFirst(2).allSatisfy(\.isNumber)
    }

    /// The first standing count-only batch that carries exactly `counts` from `from` to `to` on `on`.
    private static func twin(of counts: [TransferCategory: Int], from: String, to: String, on: Day, in batches: [RecordedBatch]) -> RecordedBatch? {
        batches.first { !$0.isVoid && !$0.named && $0.from == from && $0.to == to && $0.on == on && $0.counts == counts }
    }

    /// "270 pow and 120 civilian": the counts in words, categories in their order.
    private static func countWords(_ counts: [TransferCategory: Int]) -> String {
        counts.keys.sorted().map { "\(counts[$0]!.grouped) \($0.rawValue)" }.joined(separator: " and ")
    }

    /// Checks each manifest entry and returns the counts per category of the persons and remains it names.
    private static func checkManifest(
        _ manifest: [ManifestEntry], from: String, to: String, facts: BatchFacts, problems: inout ProblemList
    ) -> [TransferCategory: Int] {
        var counts: [TransferCategory: Int] = [:]
        var firstSeen: [ManifestEntry.Names: [String: ManifestEntry]] = [:]
        for entry in manifest {
            let id = entry.id
            let noun = entry.names == .person ? "person" : "remains"
            if let earlier = firstSeen[entry.names]?[id] {
                let firstLine = earlier.location?.line.map { " (first at line \($0))" } ?? ""
                problems.add(Problem("\(noun) \(id) appear\(entry.names == .person ? "s" : "") twice in the manifest\(firstLine)", at: entry.location))
                continue
            }
            firstSeen[entry.names, default: [:]][id] = entry
            let unknown = TextRules.identifierProblem(id).map { "\(noun) id \($0)" } ?? TextRules.unknown(noun, id, meant: facts.meant[id])
            switch entry.names {
            case .person:
                guard let person = facts.persons[id] else {
                    problems.add(Problem(unknown, at: entry.location))
                    continue
                }
                if !person.status.canBeTransferred {
                    problems.add(Problem("person \(id) is \(person.status.rawValue) (now held by \(person.heldBy)) and cannot be transferred", at: entry.location))
                } else if person.heldBy != from {
                    problems.add(Problem("person \(id) is held by \(person.heldBy), not by \(from)", at: entry.location))
                }
                counts[person.category.transferCategory, default: 0] += 1
            case .remains:
                guard let remains = facts.remains[id] else {
                    problems.add(Problem(unknown, at: entry.location))
                    continue
                }
                if remains.heldBy != from {
                    problems.add(Problem("remains \(id) are held by \(remains.heldBy), not by \(from)", at: entry.location))
                } else if remains.party != to {
                    let known = remains.identifiedParty == nil ? "presumed" : "identified"
                    problems.add(Problem("remains \(id) are of \(remains.party) (\(known)); they are handed over to their own party, not to \(to)",
                                         at: entry.location))
                }
                counts[.remains, default: 0] += 1
            }
        }
        return counts
    }

    /// One line per quota this batch would exceed, or per category the releasing party has no quota for:
    /// when there is any, the batch needs an over-quota reason.
    public static func quotaExcess(
        counts: [TransferCategory: Int], from: String, agreement: Agreement, batches: [RecordedBatch]
    ) -> [String] {
        let progress = QuotaProgress.lines(of: agreement, batches: batches)
        var lines: [String] = []
        var perQuota: [Quota: Int] = [:]
        for category in counts.keys.sorted() {
            if let quota = agreement.quota(releasedBy: from, category: category) {
                perQuota[quota, default: 0] += counts[category]!
            } else {
                lines.append("agreement \(agreement.id) has no quota for \(category.rawValue) released by \(from)")
            }
        }
        for quota in agreement.quotas {
            guard let adding = perQuota[quota], case .count(let amount) = quota.amount else { continue }
            let before = progress.first { $0.from == quota.party && $0.categories == quota.categories }?.delivered ?? 0
            if before + adding > amount {
                lines.append("\(quota.categoryLabel) released by \(from) would reach \((before + adding).grouped) of \(amount.grouped) agreed under \(agreement.id)")
            }
        }
        return lines
    }
}

/// The cancellation of a batch recorded by mistake. Nothing is deleted: the batch stays in the
/// journal and in `batches`, marked void, and its persons return to where they were.
public struct BatchVoid: Sendable, Hashable {
    public var batchID: String
    public var reason: String

    /// What the store knows about the batch to be voided.
    public struct Facts: Sendable {
        public var batchExists: Bool
        public var alreadyVoided: Bool
        /// Persons of this batch who were moved again by a later batch that still stands.
        public var movedLater: [(person: String, batch: String)]
        /// Remains of this batch that were moved again by a later batch that still stands.
        public var remainsMovedLater: [(remains: String, batch: String)]

        public init(batchExists: Bool, alreadyVoided: Bool, movedLater: [(person: String, batch: String)],
                    remainsMovedLater: [(remains: String, batch: String)] = []) {
            self.batchExists = batchExists
            self.alreadyVoided = alreadyVoided
            self.movedLater = movedLater
            self.remainsMovedLater = remainsMovedLater
        }
    }

    public init(batchID: String, reason: String, facts: Facts) throws(LedgerError) {
        var problems = ProblemList()
        let reason = reason.trimmingWhitespace
        if reason.isEmpty { problems.add(Problem("a void needs a reason")) }
        if let problem = TextRules.freeTextProblem(reason) { problems.add(Problem("reason \(problem)")) }
        if !facts.batchExists {
            problems.add(Problem(TextRules.unknown("batch", batchID)))
        } else if facts.alreadyVoided {
            problems.add(Problem("batch \(batchID) is already void"))
        }
        for (person, batch) in facts.movedLater {
            problems.add(Problem("person \(person) of batch \(batchID) was moved again by batch \(batch); void \(batch) first"))
        }
        for (remains, batch) in facts.remainsMovedLater {
            problems.add(Problem("remains \(remains) of batch \(batchID) were moved again by batch \(batch); void \(batch) first"))
        }
        try problems.throwIfAny()
        self.batchID = batchID
        self.reason = reason
    }

    init(payload: JSONValue) throws(PayloadError) {
        let reader = try PayloadReader(payload)
        batchID = try reader.string("batch")
        reason = try reader.string("reason")
    }

    var payload: JSONValue { .object(["batch": .string(batchID), "reason": .string(reason)]) }
}
