import Testing
@testable import LedgerDomain

@Suite("RecoveryWindow rules")
struct RecoveryWindowTests {
    typealias F = RemainsFixture

    func make(id: String = "W-1", sector: String = "Kupiansk", from: String = "2025-06-20", to: String = "2025-06-22",
              agreedBy: [String] = ["UA", "RU"], facts: RecoveryWindow.Facts = F.windowFacts) throws(LedgerError) -> RecoveryWindow {
        try RecoveryWindow(id: id, sector: sector, from: day(from), to: day(to), agreedBy: agreedBy, facts: facts)
    }

    @Test("a window of one to seven days, ending today at the latest, is accepted", arguments: [
        ("2025-06-20", "2025-06-20", 1), ("2025-06-20", "2025-06-22", 3), ("2025-06-24", "2025-06-30", 7), ("2025-02-26", "2025-03-01", 4),
    ])
    func accepted(from: String, to: String, days: Int) throws {
        let window = try make(sector: "  Kupiansk, 12 km segment ", from: from, to: to)
        #expect(window.days == days)
        #expect(window.sector == "Kupiansk, 12 km segment")
        #expect(window.agreedBy == ["UA", "RU"])
        #expect(window.contains(day(from)) && window.contains(day(to)))
        #expect(!window.contains(Day(daysSinceEpoch: day(from).daysSinceEpoch - 1)))
        #expect(!window.contains(Day(daysSinceEpoch: day(to).daysSinceEpoch + 1)))
    }

    @Test("a window longer than seven days, or ending before it starts")
    func length() {
        #expect(rejections { try make(from: "2025-06-20", to: "2025-06-27") } == ["the window lasts 8 days; a recovery window lasts 1 to 7"])
        #expect(rejections { try make(from: "2025-06-22", to: "2025-06-20") } == ["the window ends on 2025-06-20, before it starts on 2025-06-22"])
    }

    @Test("dates in the future")
    func future() {
        #expect(rejections { try make(from: "2025-06-29", to: "2025-07-01") } == ["end 2025-07-01 is in the future (today is 2025-06-30)"])
        #expect(rejections { try make(from: "2025-07-01", to: "2025-07-02") }
            == ["start 2025-07-01 is in the future (today is 2025-06-30)", "end 2025-07-02 is in the future (today is 2025-06-30)"])
    }

    @Test("the parties: known, each once, at least two")
    func parties() throws {
        #expect(rejections { try make(agreedBy: ["UA", "PL"]) } == ["unknown party PL"])
        #expect(rejections { try make(agreedBy: ["UA", "UA"]) }
            == ["party UA is named twice in --agreed-by", "a recovery window is agreed by at least two parties; --agreed-by names 1"])
        #expect(rejections { try make(agreedBy: []) } == ["a recovery window is agreed by at least two parties; --agreed-by names 0"])
        #expect(try make(agreedBy: ["UA", "RU", "ICRC"]).agreedBy == ["UA", "RU", "ICRC"])
    }

    @Test("the id and the sector")
    func idAndSector() {
        #expect(rejections { try make(facts: .init(knownParties: F.parties, idTaken: true, today: F.today)) } == ["window W-1 already exists"])
        #expect(rejections { try make(id: "W 1") } == ["window id 'W 1' may hold only letters A–Z, digits and . _ : / -"])
        #expect(rejections { try make(sector: " ") } == ["sector is empty"])
        #expect(rejections { try make(sector: "a\u{202E}b") } == ["sector contains the invisible direction mark U+202E"])
        #expect(rejections { try make(sector: String(repeating: "x", count: 501)) } == ["sector is longer than 500 characters"])
    }
}

@Suite("RemainsRules.check")
struct RemainsRulesTests {
    typealias F = RemainsFixture

    func check(_ fields: [RemainsField: String], window: RecoveryWindow? = F.window) -> Result<Remains, RecordProblems<RemainsField>> {
        F.rules.check(fields, window: window)
    }

    @Test("a complete record is accepted, trimmed, the note's CRLF kept as LF")
    func accepted() throws {
        #expect(try check(F.record).get() == F.remains)
        var padded = F.record.mapValues { " \($0) " }
        padded[.note] = " found with a\r\nfield dressing "
        #expect(try check(padded).get() == F.remains)
    }

    @Test("only id, held_by, of and recovered_on are required; without a window any past date does")
    func lean() throws {
        let lean: [RemainsField: String] = [.id: "R-2", .heldBy: "UA", .of: "RU", .recoveredOn: "2024-01-05", .tag: " "]
        #expect(try check(lean, window: nil).get() == Remains(id: "R-2", heldBy: "UA", of: "RU", recoveredOn: day("2024-01-05")))
        #expect(RemainsField.allCases.filter(\.isRequired) == [.id, .heldBy, .of, .recoveredOn])
    }

    @Test("each required field", arguments: [RemainsField.id, .heldBy, .of, .recoveredOn])
    func required(field: RemainsField) {
        #expect(fieldProblems(check(F.record([field: nil]))) == [FieldProblem(field, "is required")])
    }

    @Test("the recovery date inside the window, its first and last day included", arguments: ["2025-06-20", "2025-06-22"])
    func insideWindow(on: String) throws {
        #expect(try check(F.record([.recoveredOn: on])).get().recoveredOn == day(on))
    }

    @Test("a recovery date outside the window", arguments: ["2025-06-19", "2025-06-23"])
    func outsideWindow(on: String) {
        #expect(fieldProblems(check(F.record([.recoveredOn: on])))
            == [FieldProblem(.recoveredOn, "\(on) is outside window W-2025-06-KUPIANSK (2025-06-20 – 2025-06-22)")])
    }

    @Test("every problem of a record at once")
    func everyProblem() {
        let bad = F.record([.id: "R 1", .heldBy: "PL", .of: "ua", .recoveredOn: "2025-07-01", .tag: "T\u{7}", .note: String(repeating: "n", count: 4001)])
        #expect(fieldProblems(check(bad, window: nil)) == [
            FieldProblem(.id, "'R 1' may hold only letters A–Z, digits and . _ : / -"),
            FieldProblem(.heldBy, "unknown party PL"),
            FieldProblem(.of, "'ua' is not a party code (2–12 capital letters, digits or -, e.g. UA, RU, ICRC); did you mean UA?"),
            FieldProblem(.recoveredOn, "2025-07-01 is in the future (today is 2025-06-30)"),
            FieldProblem(.tag, "contains the control character U+0007"),
            FieldProblem(.note, "is longer than 4000 characters"),
            FieldProblem(.window, "unknown window W-2025-06-KUPIANSK"),
        ])
    }

    @Test("a date that is not one")
    func notADate() {
        #expect(fieldProblems(check(F.record([.recoveredOn: "2025-02-30"]))) == [FieldProblem(.recoveredOn, "'2025-02-30' is not a date (YYYY-MM-DD)")])
    }
}

@Suite("RemainsSample rules")
struct RemainsSampleTests {
    typealias F = RemainsFixture

    func sample(_ id: String = "S-88812", on: String? = "2025-06-26", remains: RemainsState? = F.unidentified,
                sampleOf: String? = nil) throws(LedgerError) -> RemainsSample {
        try RemainsSample(remainsID: "R-1", sampleID: id, on: on.map { day($0) }, facts: .init(remains: remains, sampleOf: sampleOf, today: F.today))
    }

    @Test("unidentified or dna-pending remains are sampled; no date is today")
    func accepted() throws {
        #expect(try sample() == RemainsSample(remainsID: "R-1", sampleID: "S-88812", on: day("2025-06-26"),
                                              facts: .init(remains: F.unidentified, sampleOf: nil, today: F.today)))
        #expect(try sample("S-2", on: nil, remains: F.pending).on == F.today)
        #expect(try sample("S-2", on: "2025-06-25", remains: F.pending).on == day("2025-06-25"))
    }

    @Test("what refuses a sample", arguments: [
        (nil as RemainsState?, nil as String?, "2025-06-26", ["unknown remains R-1"]),
        (F.identified, nil, "2025-06-26", ["remains R-1 are identified already (as person UA-P-1); no sample is taken"]),
        (F.unidentified, nil, "2025-06-20", ["date 2025-06-20 is before the recovery on 2025-06-21"]),
        (F.pending, nil, "2025-06-24", ["date 2025-06-24 is before the sample S-1 of 2025-06-25"]),
        (F.unidentified, nil, "2025-07-01", ["date 2025-07-01 is in the future (today is 2025-06-30)"]),
        (F.unidentified, "R-9", "2025-06-26", ["sample S-88812 is already recorded for remains R-9"]),
        (F.pending, "R-1", "2025-06-26", ["remains R-1 already have sample S-88812"]),
    ])
    func refused(remains: RemainsState?, sampleOf: String?, on: String, messages: [String]) {
        #expect(rejections { try sample(on: on, remains: remains, sampleOf: sampleOf) } == messages)
    }

    @Test("a sample id that is not an identifier")
    func badID() {
        #expect(rejections { try sample("S 1") } == ["sample id 'S 1' may hold only letters A–Z, digits and . _ : / -"])
    }
}

@Suite("RemainsIdentification rules")
struct RemainsIdentificationTests {
    typealias F = RemainsFixture

    @Test("identified as a person by DNA, or as of the other party with a note")
    func accepted() throws {
        let byDNA = try F.identification(F.byDNA)
        #expect(byDNA.identifiedAs == .person("UA-P-1"))
        #expect(byDNA.method == .dna)
        #expect(byDNA.on == day("2025-06-28"))
        #expect(byDNA.supersedeReason == nil)
        let other = try F.identification(F.otherParty, remains: F.unidentified, person: nil)
        #expect(other.identifiedAs == .party("RU"))
        #expect(other.note == "documents of a Russian serviceman")
        #expect(other.method == nil)
        var today = F.byDNA
        today.on = nil
        #expect(try F.identification(today).on == F.today)
    }

    @Test("a person must be known and the method given")
    func person() {
        var request = F.byDNA
        request.method = nil
        #expect(rejections { try F.identification(request, person: nil) }
            == ["unknown person UA-P-1", "an identification as a person needs its --method"])
    }

    @Test("the other party: known, not the one presumed, with a note")
    func otherParty() {
        var request = F.otherParty
        request.identifiedAs = .party("UA")
        request.note = nil
        #expect(rejections { try F.identification(request, person: nil) } == [
            "remains R-1 are presumed to be of UA already; --as-other-party names the party they were found to belong to instead",
            "a finding that remains belong to the other party needs a --note saying how it is known",
        ])
        request.identifiedAs = .party("PL")
        request.note = " "
        #expect(rejections { try F.identification(request, person: nil) } == ["note is empty", "unknown party PL"])
    }

    @Test("dates: not in the future, not before the recovery or the sample")
    func dates() {
        var request = F.byDNA
        request.on = day("2025-06-24")
        #expect(rejections { try F.identification(request) } == ["date 2025-06-24 is before the sample S-1 of 2025-06-25"])
        request.on = day("2025-06-20")
        #expect(rejections { try F.identification(request, remains: F.unidentified) } == ["date 2025-06-20 is before the recovery on 2025-06-21"])
        request.on = day("2025-07-01")
        #expect(rejections { try F.identification(request) } == ["date 2025-07-01 is in the future (today is 2025-06-30)"])
    }

    @Test("unknown remains")
    func unknownRemains() {
        #expect(rejections { try F.identification(F.byDNA, remains: nil) } == ["unknown remains R-1"])
    }

    @Test("never twice for one body without --supersede")
    func bodyTwice() throws {
        var other = F.byDNA
        other.identifiedAs = .person("UA-P-2")
        #expect(rejections { try F.identification(other, remains: F.identified) }
            == ["remains R-1 are identified as person UA-P-1 already; to replace that, give --supersede --reason TEXT"])
        #expect(rejections { try F.identification(F.otherParty, remains: F.identified, person: nil) }
            == ["remains R-1 are identified as person UA-P-1 already; to replace that, give --supersede --reason TEXT"])
        other.supersedeReason = " laboratory mix-up "
        #expect(try F.identification(other, remains: F.identified).supersedeReason == "laboratory mix-up")
    }

    @Test("never one person to two bodies without --supersede")
    func personTwice() throws {
        #expect(rejections { try F.identification(F.byDNA, personIdentifiedAs: "R-7") }
            == ["person UA-P-1 is identified as remains R-7 already; to replace that, give --supersede --reason TEXT"])
        var request = F.byDNA
        request.supersedeReason = "the first match was a relative's"
        #expect(try F.identification(request, personIdentifiedAs: "R-7").identifiedAs == .person("UA-P-1"))
    }

    @Test("the same identification again is refused, with or without --supersede")
    func same() {
        var request = F.byDNA
        #expect(rejections { try F.identification(request, remains: F.identified, personIdentifiedAs: "R-1") }
            == ["remains R-1 are identified as person UA-P-1 already"])
        request.supersedeReason = "again"
        #expect(rejections { try F.identification(request, remains: F.identified, personIdentifiedAs: "R-1") }
            == ["remains R-1 are identified as person UA-P-1 already"])
    }

    @Test("--supersede with nothing to supersede, or with an empty reason")
    func nothingToSupersede() {
        var request = F.byDNA
        request.supersedeReason = "just in case"
        #expect(rejections { try F.identification(request) }
            == ["remains R-1 are not identified and nobody named is identified as other remains: there is nothing to supersede; leave out --supersede"])
        request.supersedeReason = "  "
        #expect(rejections { try F.identification(request, remains: F.identified, person: F.missing) }.first == "reason is empty")
    }
}

@Suite("Remains in batches and voids")
struct RemainsBatchRulesTests {
    typealias B = BatchFixture

    static let remains: [String: RemainsState] = [
        "R-1": RemainsState(heldBy: "UA", of: "RU", recoveredOn: day("2025-06-21")),
        "R-2": RemainsState(heldBy: "UA", of: "RU", recoveredOn: day("2025-06-21"), status: .dnaPending, sampleID: "S-1", sampledOn: day("2025-06-22")),
        "R-3": RemainsState(heldBy: "UA", of: "UA", recoveredOn: day("2025-06-21")),
        "R-4": RemainsState(heldBy: "RU", of: "RU", recoveredOn: day("2025-06-21")),
        "R-5": RemainsState(heldBy: "UA", of: "UA", recoveredOn: day("2025-06-21"), status: .identified, identifiedParty: "RU"),
    ]

    func batch(_ ids: [String], persons: [String] = [], counts: [TransferCategory: Int] = [:], from: String = "UA", to: String = "RU") throws(LedgerError) -> Batch {
        var request = B.request(from: from, to: to, counts: counts, manifest: persons)
        request.manifest += ids.enumerated().map { ManifestEntry(remainsID: $1, location: SourceLocation(file: "m.csv", line: $0 + 10, column: 2)) }
        let facts = B.facts()
        return try Batch(request: request, defaultID: "B-1", facts: BatchFacts(
            agreement: facts.agreement, knownParties: facts.knownParties, persons: facts.persons, remains: Self.remains,
            batches: facts.batches, idTaken: false, today: facts.today))
    }

    @Test("named remains are counted and journaled apart from persons; those identified as the receiver's go to it")
    func accepted() throws {
        let carried = try batch(["R-1", "R-2", "R-5"], persons: ["RU-P-9"], counts: [.remains: 3, .pow: 1])
        #expect(carried.remains == ["R-1", "R-2", "R-5"])
        #expect(carried.manifest == ["RU-P-9"])
        #expect(carried.counts == [.remains: 3, .pow: 1])
    }

    @Test("each body must exist, appear once, be held by the releasing party and go to its own party")
    func refused() {
        #expect(rejections { try batch(["R-1", "R-1", "R-9", "R-4", "R-3", "R 8"], counts: [.remains: 1]) } == [
            "m.csv:11:2: remains R-1 appear twice in the manifest (first at line 10)",
            "m.csv:12:2: unknown remains R-9",
            "m.csv:13:2: remains R-4 are held by RU, not by UA",
            "m.csv:14:2: remains R-3 are of UA (presumed); they are handed over to their own party, not to RU",
            "m.csv:15:2: remains id 'R 8' may hold only letters A–Z, digits and . _ : / -",
            "--remains 1 does not match the manifest, which names 3",
        ])
        #expect(rejections { try batch(["R-5"], from: "UA", to: "ICRC") }.contains(
            "m.csv:10:2: remains R-5 are of RU (identified); they are handed over to their own party, not to ICRC"))
    }

    @Test("a person and remains of the same id are told apart by the manifest")
    func sameID() throws {
        #expect(rejections { try batch(["RU-P-9"], persons: ["RU-P-9"]) } == ["m.csv:10:2: unknown remains RU-P-9"])
    }

    @Test("a void is refused while a later batch moved its remains again")
    func void() {
        let facts = BatchVoid.Facts(batchExists: true, alreadyVoided: false, movedLater: [("UA-P-1", "B-9")], remainsMovedLater: [("R-1", "B-9")])
        #expect(rejections { try BatchVoid(batchID: "B-7", reason: "wrong", facts: facts) } == [
            "person UA-P-1 of batch B-7 was moved again by batch B-9; void B-9 first",
            "remains R-1 of batch B-7 were moved again by batch B-9; void B-9 first",
        ])
    }
}
