import Testing
@testable import LedgerDomain

/// A ledger with parties UA, RU and ICRC and one agreement of 16 May 2025: each side releases
/// up to 1,000 soldiers and civilians together; UA also releases all remains. Today is 2025-06-30.
enum BatchFixture {
    static let agreementID = "IST-2025-05-16"
    static let agreement = try! AgreementFixture.make(
        id: agreementID, date: "2025-05-16", each: ["pow+civilian=1000"], terms: [("UA", "remains=all")])
    static let ruQuota = Quota(party: "RU", term: QuotaTerm(categories: [.pow, .civilian], amount: .count(1000)))
    static let uaQuota = Quota(party: "UA", term: QuotaTerm(categories: [.pow, .civilian], amount: .count(1000)))

    static let persons: [String: PersonState] = [
        "UA-P-1": PersonState(heldBy: "RU", belongsTo: "UA", category: .pow, status: .held),
        "UA-P-2": PersonState(heldBy: "RU", belongsTo: "UA", category: .pow, status: .listed),
        "UA-C-3": PersonState(heldBy: "RU", belongsTo: "UA", category: .civilian, status: .missing),
        "UA-K-4": PersonState(heldBy: "RU", belongsTo: "UA", category: .child, status: .held),
        "RU-P-9": PersonState(heldBy: "UA", belongsTo: "RU", category: .pow, status: .held),
        "UA-P-5": PersonState(heldBy: "UA", belongsTo: "UA", category: .pow, status: .repatriated),
        "UA-P-6": PersonState(heldBy: "RU", belongsTo: "UA", category: .pow, status: .deceased),
        "RU-P-7": PersonState(heldBy: "ICRC", belongsTo: "RU", category: .pow, status: .released),
    ]

    static func facts(
        agreement: Agreement? = BatchFixture.agreement, delivered: [Quota: Int] = [:], idTaken: Bool = false
    ) -> BatchFacts {
        // What was delivered under each quota, as one recorded batch per quota.
        let batches = delivered.enumerated().map { index, entry in
            RecordedBatch(id: "D-\(index)", agreementID: agreement?.id ?? "", from: entry.key.party, to: entry.key.party == "UA" ? "RU" : "UA",
                          on: day("2025-05-20"), stage: nil, place: nil, note: nil, counts: [entry.key.categories[0]: entry.value],
                          named: false, overQuotaReason: nil, voidReason: nil, addedSeq: Int64(index))
        }
        return BatchFacts(
            agreement: agreement, knownParties: ["UA", "RU", "ICRC"], persons: persons, batches: batches,
            idTaken: idTaken, today: day("2025-06-30"))
    }

    static func request(
        id: String? = nil, from: String = "RU", to: String = "UA", on: String = "2025-05-23", stage: Int? = nil,
        place: String? = nil, note: String? = nil, counts: [TransferCategory: Int] = [.pow: 270, .civilian: 120],
        manifest: [String] = [], reason: String? = nil
    ) -> BatchRequest {
        BatchRequest(
            id: id, agreementID: agreementID, from: from, to: to, on: day(on), stage: stage, place: place, note: note,
            counts: counts, manifest: manifest.enumerated().map { ManifestEntry(personID: $1, location: SourceLocation(file: "m.csv", line: $0 + 2)) },
            overQuotaReason: reason)
    }
}

@Suite("Batch.init(request:defaultID:facts:)")
struct BatchRulesTests {
    typealias F = BatchFixture

    @Test("a count-only batch within its quota is recorded as asked")
    func countOnly() throws {
        let batch = try Batch(
            request: F.request(stage: 1, place: "  Belarus–Ukraine border ", note: " first stage "), defaultID: "B-1", facts: F.facts())
        #expect(batch.id == "B-1")
        #expect(batch.agreementID == F.agreementID)
        #expect(batch.from == "RU")
        #expect(batch.to == "UA")
        #expect(batch.on == day("2025-05-23"))
        #expect(batch.stage == 1)
        #expect(batch.place == "Belarus–Ukraine border")
        #expect(batch.note == "first stage")
        #expect(batch.counts == [.pow: 270, .civilian: 120])
        #expect(batch.total == 390)
        #expect(batch.manifest == [])
        #expect(batch.overQuotaReason == nil)
    }

    @Test("an id in the request replaces the default; zero counts are left out")
    func requestID() throws {
        let batch = try Batch(request: F.request(id: "IST-1-RU-UA", counts: [.pow: 307, .civilian: 0]), defaultID: "B-1", facts: F.facts())
        #expect(batch.id == "IST-1-RU-UA")
        #expect(batch.counts == [.pow: 307])
    }

    @Test("a bad or taken id")
    func badID() {
        #expect(rejections { try Batch(request: F.request(id: "B 1"), defaultID: "B-1", facts: F.facts()) }
            == ["batch id 'B 1' may hold only letters A–Z, digits and . _ : / -"])
        #expect(rejections { try Batch(request: F.request(), defaultID: "B-1", facts: F.facts(idTaken: true)) }
            == ["batch id B-1 already exists"])
    }

    @Test("ids of the form B-<number> are the ledger's own and cannot be chosen", arguments: ["B-1", "B-0007", "B-1621"])
    func reservedIDs(id: String) {
        #expect(rejections { try Batch(request: F.request(id: id), defaultID: "B-9", facts: F.facts()) }
            == ["batch ids B-<number> are given by the ledger; choose another --id than \(id)"])
    }

    @Test("other ids that start with B- may be chosen", arguments: ["B-1A", "B-", "B-X1", "B1", "B-١"])
    func unreservedIDs(id: String) throws {
        #expect(Batch.isDefaultID(id) == false)
        if TextRules.identifierProblem(id) == nil {
            #expect(try Batch(request: F.request(id: id), defaultID: "B-9", facts: F.facts()).id == id)
        }
    }

    @Test("a chosen id in lower case is refused with the id in capitals; b-1 is also the reserved B-1")
    func lowerCaseIDs() {
        #expect(rejections { try Batch(request: F.request(id: "ist-1"), defaultID: "B-9", facts: F.facts()) }
            == ["batch id 'ist-1' has lower case letters; ids are written in capitals: IST-1"])
        #expect(rejections { try Batch(request: F.request(id: "b-1"), defaultID: "B-9", facts: F.facts()) }
            == ["batch id 'b-1' has lower case letters; ids are written in capitals: B-1",
                "batch ids B-<number> are given by the ledger; choose another --id than b-1"])
    }

    /// A standing count-only batch of 270 pow and 120 civilians from RU to UA on 2025-05-23: what
    /// `F.request()` asks for again; `change` makes it differ.
    static func twinFacts(_ change: (inout RecordedBatch) -> Void = { _ in }) -> BatchFacts {
        var facts = F.facts()
        var twin = RecordedBatch(id: "B-45", agreementID: F.agreementID, from: "RU", to: "UA", on: day("2025-05-23"), stage: 1, place: nil,
                                 note: nil, counts: [.pow: 270, .civilian: 120], named: false, overQuotaReason: nil, voidReason: nil, addedSeq: 45)
        change(&twin)
        facts.batches = [twin]
        return facts
    }

    static let typedTwice = "batch B-45 of 2025-05-23 already records 270 pow and 120 civilian from RU to UA; add --again if this is a second transfer"

    @Test("a count-only batch typed twice is refused, naming the first; --again records it")
    func typedTwice() throws {
        #expect(rejections { try Batch(request: F.request(stage: 2), defaultID: "B-46", facts: Self.twinFacts()) } == [Self.typedTwice])
        var again = F.request()
        again.again = true
        #expect(try Batch(request: again, defaultID: "B-46", facts: Self.twinFacts()).counts == [.pow: 270, .civilian: 120])
    }

    @Test("a copy that takes a quota over points at the first copy, not at --over-quota-reason")
    func typedTwiceOverQuota() {
        let facts = Self.twinFacts { $0.counts = [.pow: 600] }
        #expect(rejections { try Batch(request: F.request(counts: [.pow: 600]), defaultID: "B-46", facts: facts) }
            == ["batch B-45 of 2025-05-23 already records 600 pow from RU to UA; add --again if this is a second transfer"])
    }

    @Test("no twin: void, named, or another day, direction or count", arguments: 0..<5)
    func notATwin(variant: Int) throws {
        let facts = Self.twinFacts { twin in
            switch variant {
            case 0: twin.voidReason = "entered twice"
            case 1: twin.named = true
            case 2: twin.on = day("2025-05-24")
            case 3: (twin.from, twin.to) = ("UA", "RU")
            default: twin.counts = [.pow: 270, .civilian: 121]
            }
        }
        #expect(try Batch(request: F.request(), defaultID: "B-46", facts: facts).id == "B-46")
        var again = F.request()
        again.again = true
        #expect(rejections { try Batch(request: again, defaultID: "B-46", facts: facts) }
            == ["no standing count-only batch records the same from RU to UA on 2025-05-23; leave out --again"])
    }

    @Test("what counts against a quota is what the reports count: void batches free their share")
    func voidBatchesDoNotCount() throws {
        func recorded(_ id: String, _ count: Int, void: Bool) -> RecordedBatch {
            RecordedBatch(id: id, agreementID: F.agreement.id, from: "RU", to: "UA", on: day("2025-05-23"), stage: 1, place: nil,
                          note: nil, counts: [.pow: count], named: false, overQuotaReason: nil,
                          voidReason: void ? "entered twice" : nil, addedSeq: 1)
        }
        var facts = F.facts()
        facts.batches = [recorded("B-1", 600, void: false), recorded("B-2", 600, void: true)]
        #expect(try Batch(request: F.request(counts: [.pow: 400]), defaultID: "B-3", facts: facts).overQuotaReason == nil)
        facts.batches[1].voidReason = nil
        #expect(rejections { try Batch(request: F.request(counts: [.pow: 400]), defaultID: "B-3", facts: facts) }.count == 1)
    }

    @Test("a count above a billion is refused, so that no sum of counts can overflow")
    func hugeCount() throws {
        #expect(rejections { try Batch(request: F.request(counts: [.pow: Int.max, .civilian: 5]), defaultID: "B-1", facts: F.facts()) }
            == ["--pow must be at most 1,000,000,000, got 9,223,372,036,854,775,807"])
        #expect(try Batch(request: F.request(counts: [.pow: 1000, .civilian: 0]), defaultID: "B-1", facts: F.facts()).counts == [.pow: 1000])
        #expect(throws: PayloadError.self) {
            try LedgerEvent(kind: "batch.add", payload: #"{"agreement":"A","counts":{"pow":1000000001},"from":"RU","id":"B","on":"2025-05-23","to":"UA"}"#)
        }
    }

    @Test("empty or unprintable place, note and reason")
    func freeText() throws {
        #expect(rejections { try Batch(request: F.request(place: "  "), defaultID: "B-1", facts: F.facts()) } == ["place is empty"])
        // Surrounding whitespace is trimmed before the check, as for a person's fields.
        #expect(try Batch(request: F.request(note: "source: TASS\t"), defaultID: "B-1", facts: F.facts()).note == "source: TASS")
        #expect(rejections { try Batch(request: F.request(note: "two\nlines"), defaultID: "B-1", facts: F.facts()) }
            == ["note contains the control character U+000A"])
        #expect(rejections { try Batch(request: F.request(reason: ""), defaultID: "B-1", facts: F.facts()) } == ["over-quota reason is empty"])
        #expect(rejections { try Batch(request: F.request(reason: "x\u{202E}y"), defaultID: "B-1", facts: F.facts()) }
            == ["over-quota reason contains the invisible direction mark U+202E"])
    }

    @Test("a stage below 1", arguments: [0, -3])
    func badStage(stage: Int) {
        #expect(rejections { try Batch(request: F.request(stage: stage), defaultID: "B-1", facts: F.facts()) }
            == ["stage must be 1 or more, got \(stage)"])
    }

    @Test("an unknown agreement")
    func unknownAgreement() {
        #expect(rejections { try Batch(request: F.request(), defaultID: "B-1", facts: F.facts(agreement: nil)) }
            == ["unknown agreement IST-2025-05-16"])
    }

    @Test("an unknown party is also not a party to the agreement")
    func unknownParty() {
        #expect(rejections { try Batch(request: F.request(from: "PL"), defaultID: "B-1", facts: F.facts()) }
            == ["unknown party PL", "PL is not a party to agreement IST-2025-05-16 (UA, RU)"])
        #expect(rejections { try Batch(request: F.request(from: "PL", to: "BY"), defaultID: "B-1", facts: F.facts()) }
            == ["unknown party BY", "unknown party PL",
                "PL is not a party to agreement IST-2025-05-16 (UA, RU)", "BY is not a party to agreement IST-2025-05-16 (UA, RU)"])
    }

    @Test("a known party that is not a member of the agreement")
    func nonMemberParty() {
        #expect(rejections { try Batch(request: F.request(to: "ICRC"), defaultID: "B-1", facts: F.facts()) }
            == ["ICRC is not a party to agreement IST-2025-05-16 (UA, RU)"])
    }

    @Test("from and to the same party")
    func sameParty() {
        #expect(rejections { try Batch(request: F.request(from: "RU", to: "RU"), defaultID: "B-1", facts: F.facts()) }
            == ["a batch goes from one party to another, not from RU to itself"])
    }

    @Test("a date before the agreement; the agreement's own date is allowed")
    func beforeAgreement() throws {
        #expect(rejections { try Batch(request: F.request(on: "2025-05-15"), defaultID: "B-1", facts: F.facts()) }
            == ["date 2025-05-15 is before agreement IST-2025-05-16 of 2025-05-16"])
        #expect(try Batch(request: F.request(on: "2025-05-16"), defaultID: "B-1", facts: F.facts()).on == day("2025-05-16"))
    }

    @Test("a date in the future; today is allowed")
    func futureDate() throws {
        #expect(rejections { try Batch(request: F.request(on: "2025-07-01"), defaultID: "B-1", facts: F.facts()) }
            == ["date 2025-07-01 is in the future (today is 2025-06-30)"])
        #expect(try Batch(request: F.request(on: "2025-06-30"), defaultID: "B-1", facts: F.facts()).on == day("2025-06-30"))
    }

    @Test("negative counts, without also asking for a count above zero")
    func negativeCounts() {
        #expect(rejections { try Batch(request: F.request(counts: [.pow: -5]), defaultID: "B-1", facts: F.facts()) }
            == ["--pow must not be negative, got -5"])
        #expect(rejections { try Batch(request: F.request(counts: [.pow: 10, .remains: -1]), defaultID: "B-1", facts: F.facts()) }
            == ["--remains must not be negative, got -1"])
    }

    @Test("all-zero or no counts without a manifest", arguments: [[TransferCategory: Int](), [.pow: 0], [.pow: 0, .civilian: 0, .child: 0, .remains: 0]])
    func noCounts(counts: [TransferCategory: Int]) {
        #expect(rejections { try Batch(request: F.request(counts: counts), defaultID: "B-1", facts: F.facts()) }
            == ["a batch needs a count above zero (--pow, --civilian, --child, --remains) or a --manifest"])
    }

    @Test("counts are derived from the manifest, whose ids are kept in order")
    func countsFromManifest() throws {
        let batch = try Batch(request: F.request(counts: [:], manifest: ["UA-C-3", "UA-P-1", "UA-P-2"]), defaultID: "B-2", facts: F.facts())
        #expect(batch.counts == [.pow: 2, .civilian: 1])
        #expect(batch.manifest == ["UA-C-3", "UA-P-1", "UA-P-2"])
        #expect(batch.total == 3)
    }

    @Test("counts typed alongside a manifest must equal its counts")
    func countsAgreeWithManifest() throws {
        let manifest = ["UA-P-1", "UA-P-2", "UA-C-3"]
        let agreed = try Batch(request: F.request(counts: [.pow: 2, .civilian: 1, .child: 0], manifest: manifest), defaultID: "B-3", facts: F.facts())
        #expect(agreed.counts == [.pow: 2, .civilian: 1])
        #expect(rejections { try Batch(request: F.request(counts: [.pow: 3], manifest: manifest), defaultID: "B-3", facts: F.facts()) }
            == ["--pow 3 does not match the manifest, which names 2"])
        #expect(rejections { try Batch(request: F.request(counts: [.civilian: 0], manifest: manifest), defaultID: "B-3", facts: F.facts()) }
            == ["--civilian 0 does not match the manifest, which names 1"])
        #expect(rejections { try Batch(request: F.request(counts: [.pow: 2, .remains: 4], manifest: manifest), defaultID: "B-3", facts: F.facts()) }
            == ["--remains 4 does not match the manifest, which names 0"])
    }

    @Test("an unknown person or a malformed id in the manifest, placed at its line")
    func unknownPerson() {
        #expect(rejections { try Batch(request: F.request(counts: [:], manifest: ["UA-P-1", "UA-P-404"]), defaultID: "B-1", facts: F.facts()) }
            == ["m.csv:3: unknown person UA-P-404"])
        #expect(rejections { try Batch(request: F.request(counts: [:], manifest: ["UA P 1"]), defaultID: "B-1", facts: F.facts()) }
            == ["m.csv:2: person id 'UA P 1' may hold only letters A–Z, digits and . _ : / -"])
    }

    @Test("a person named twice: the message names the line of the first")
    func duplicateInManifest() {
        #expect(rejections { try Batch(request: F.request(counts: [:], manifest: ["UA-P-1", "UA-P-2", "UA-C-3", "UA-P-1"]), defaultID: "B-1", facts: F.facts()) }
            == ["m.csv:5: person UA-P-1 appears twice in the manifest (first at line 2)"])
        // A location that names a file but no line: nothing to name either, never "line 0".
        var fileOnly = F.request(counts: [:])
        fileOnly.manifest = [ManifestEntry(personID: "UA-P-2", location: SourceLocation(file: "m.csv")),
                             ManifestEntry(personID: "UA-P-2", location: SourceLocation(file: "m.csv"))]
        #expect(rejections { try Batch(request: fileOnly, defaultID: "B-1", facts: F.facts()) }
            == ["m.csv: person UA-P-2 appears twice in the manifest"])
        // Without locations (typed on the command line) there is no line to name.
        var request = F.request(counts: [:])
        request.manifest = [ManifestEntry(personID: "UA-P-2"), ManifestEntry(personID: "UA-P-2")]
        #expect(rejections { try Batch(request: request, defaultID: "B-1", facts: F.facts()) }
            == ["person UA-P-2 appears twice in the manifest"])
    }

    @Test("a duplicate is counted once against typed counts")
    func duplicateCountedOnce() {
        let messages = rejections { try Batch(request: F.request(counts: [.pow: 2], manifest: ["UA-P-1", "UA-P-1"]), defaultID: "B-1", facts: F.facts()) }
        #expect(messages == ["m.csv:3: person UA-P-1 appears twice in the manifest (first at line 2)", "--pow 2 does not match the manifest, which names 1"])
    }

    @Test("a person held by another party")
    func heldByAnother() {
        #expect(rejections { try Batch(request: F.request(counts: [:], manifest: ["UA-P-1", "RU-P-9"]), defaultID: "B-1", facts: F.facts()) }
            == ["m.csv:3: person RU-P-9 is held by UA, not by RU"])
    }

    @Test("a person already home or dead cannot be transferred", arguments: [
        ("UA-P-5", "person UA-P-5 is repatriated (now held by UA) and cannot be transferred"),
        ("UA-P-6", "person UA-P-6 is deceased (now held by RU) and cannot be transferred"),
    ])
    func notTransferable(id: String, message: String) {
        #expect(rejections { try Batch(request: F.request(counts: [:], manifest: [id]), defaultID: "B-1", facts: F.facts()) }
            == ["m.csv:2: " + message])
    }

    @Test("a released person is moved on only by the party now holding them")
    func releasedMovesOnFromTheirHolder() throws {
        // RU-P-7 was released to the ICRC (e.g. accommodation in a neutral country): RU cannot release them again.
        #expect(rejections { try Batch(request: F.request(counts: [:], manifest: ["RU-P-7"]), defaultID: "B-1", facts: F.facts()) }
            == ["m.csv:2: person RU-P-7 is held by ICRC, not by RU"])
    }

    @Test("listed and missing persons can be transferred")
    func listedAndMissing() throws {
        let batch = try Batch(request: F.request(counts: [:], manifest: ["UA-P-2", "UA-C-3"]), defaultID: "B-1", facts: F.facts())
        #expect(batch.counts == [.pow: 1, .civilian: 1])
    }

    @Test("reaching a quota exactly needs no reason")
    func exactlyAtQuota() throws {
        let batch = try Batch(request: F.request(counts: [.pow: 60, .civilian: 40]), defaultID: "B-9", facts: F.facts(delivered: [F.ruQuota: 900]))
        #expect(batch.total == 100)
        #expect(batch.overQuotaReason == nil)
    }

    @Test("going past a quota without a reason is refused")
    func overQuotaRefused() {
        #expect(rejections { try Batch(request: F.request(counts: [.pow: 61, .civilian: 40]), defaultID: "B-9", facts: F.facts(delivered: [F.ruQuota: 900])) }
            == ["pow+civilian released by RU would reach 1,001 of 1,000 agreed under IST-2025-05-16; record it anyway with --over-quota-reason TEXT"])
        #expect(rejections { try Batch(request: F.request(counts: [.pow: 1001]), defaultID: "B-9", facts: F.facts()) }
            == ["pow+civilian released by RU would reach 1,001 of 1,000 agreed under IST-2025-05-16; record it anyway with --over-quota-reason TEXT"])
    }

    @Test("going past a quota with a reason is accepted and the reason recorded")
    func overQuotaWithReason() throws {
        let batch = try Batch(
            request: F.request(counts: [.pow: 61, .civilian: 40], reason: "  two more released on the day "), defaultID: "B-9",
            facts: F.facts(delivered: [F.ruQuota: 900]))
        #expect(batch.overQuotaReason == "two more released on the day")
        #expect(batch.counts == [.pow: 61, .civilian: 40])
    }

    @Test("a reason when nothing is over quota is refused")
    func reasonWithoutExcess() {
        #expect(rejections { try Batch(request: F.request(reason: "just in case"), defaultID: "B-1", facts: F.facts()) }
            == ["nothing in this batch is over quota; leave out --over-quota-reason"])
    }

    @Test("only the releasing party's own deliveries count against its quota")
    func releasingPartyQuota() throws {
        // UA has delivered its whole quota; RU releasing is unaffected.
        _ = try Batch(request: F.request(counts: [.pow: 1000]), defaultID: "B-1", facts: F.facts(delivered: [F.uaQuota: 1000]))
        #expect(rejections { try Batch(request: F.request(from: "UA", to: "RU", counts: [.pow: 1]), defaultID: "B-1", facts: F.facts(delivered: [F.uaQuota: 1000])) }
            == ["pow+civilian released by UA would reach 1,001 of 1,000 agreed under IST-2025-05-16; record it anyway with --over-quota-reason TEXT"])
    }

    @Test("a manifest's persons count against the quota too")
    func manifestOverQuota() {
        #expect(rejections { try Batch(request: F.request(counts: [:], manifest: ["UA-P-1", "UA-P-2"]), defaultID: "B-1", facts: F.facts(delivered: [F.ruQuota: 999])) }
            == ["pow+civilian released by RU would reach 1,001 of 1,000 agreed under IST-2025-05-16; record it anyway with --over-quota-reason TEXT"])
    }

    @Test("a category the releasing party has no quota for needs a reason")
    func categoryWithoutQuota() throws {
        #expect(rejections { try Batch(request: F.request(counts: [.remains: 10]), defaultID: "B-1", facts: F.facts()) }
            == ["agreement IST-2025-05-16 has no quota for remains released by RU; record it anyway with --over-quota-reason TEXT"])
        #expect(rejections { try Batch(request: F.request(counts: [:], manifest: ["UA-K-4"]), defaultID: "B-1", facts: F.facts()) }
            == ["agreement IST-2025-05-16 has no quota for child released by RU; record it anyway with --over-quota-reason TEXT"])
        let batch = try Batch(request: F.request(counts: [.remains: 10], reason: "bodies found at the crossing"), defaultID: "B-1", facts: F.facts())
        #expect(batch.counts == [.remains: 10])
        #expect(batch.overQuotaReason == "bodies found at the crossing")
    }

    @Test("an 'all' quota is never exceeded")
    func allQuota() throws {
        let batch = try Batch(request: F.request(from: "UA", to: "RU", counts: [.remains: 6057]), defaultID: "B-1", facts: F.facts())
        #expect(batch.counts == [.remains: 6057])
        #expect(rejections { try Batch(request: F.request(from: "UA", to: "RU", counts: [.remains: 6057], reason: "x"), defaultID: "B-1", facts: F.facts()) }
            == ["nothing in this batch is over quota; leave out --over-quota-reason"])
    }

    @Test("every problem is reported at once, and the quota is not judged while others remain")
    func allProblems() {
        let messages = rejections {
            try Batch(
                request: F.request(id: "", from: "RU", to: "ICRC", on: "2025-05-01", stage: 0, counts: [.pow: 2, .civilian: 5000],
                                   manifest: ["UA-P-1", "RU-P-9", "UA-P-404"]),
                defaultID: "B-1", facts: F.facts(idTaken: true))
        }
        #expect(messages == [
            "batch id is empty",
            "batch id  already exists",
            "stage must be 1 or more, got 0",
            "ICRC is not a party to agreement IST-2025-05-16 (UA, RU)",
            "date 2025-05-01 is before agreement IST-2025-05-16 of 2025-05-16",
            "m.csv:3: person RU-P-9 is held by UA, not by RU",
            "m.csv:4: unknown person UA-P-404",
            "--civilian 5000 does not match the manifest, which names 0",
        ])
    }
}
