import ArgumentParser
import LedgerDomain
import LedgerImport

struct AddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Record a batch: one transfer in one direction under one agreement.",
        discussion: """
            A batch gives counts by category, or a manifest naming the persons and remains transferred, or both \
            (then the counts must match the manifest). Persons in a manifest must be held by --from and not yet \
            transferred; they move to --to and become repatriated (if --to is their own party) or released. \
            Remains (column remains_id) must be held by --from and go to the party they belong to; they move to --to. \
            A batch that would take a quota past its number, or carries a category the agreement has no \
            quota for, is refused unless --over-quota-reason says why it is recorded anyway.
            A count-only batch with the same counts, direction and day as one that stands under the agreement
            is refused as typed twice, unless --again says it is a second transfer.

            With no option of a batch, at a terminal, `ledger add` asks for each field in turn, offers defaults
            from the last batch of the agreement, and records nothing until the summary is confirmed.

            Examples:
              ledger add
              ledger add --agreement IST-2025-05-16 --from RU --to UA --on 2025-05-23 \\
                  --stage 1 --pow 270 --civilian 120
              ledger add --agreement IST-2025-05-16 --from UA --to RU --on 2025-05-23 \\
                  --stage 1 --manifest released.csv
            """
    )

    @OptionGroup var global: GlobalOptions
    // Optional to the parser, since the guided form at a terminal takes none of them; `validate()`
    // requires them otherwise.
    @Option(help: "The agreement the batch is made under.") var agreement: String?
    @Option(help: "The releasing party.") var from: String?
    @Option(help: "The receiving party.") var to: String?
    @Option(help: "The day of the transfer, YYYY-MM-DD.", transform: parseDay) var on: Day?
    @Option(help: "The stage of the exchange (1, 2, 3 …).") var stage: Int?
    @Option(help: "Where the transfer took place.") var place: String?
    @Option(help: "A note, e.g. the source of a figure.") var note: String?
    // Unconditional, so that a value starting with '-' ("-0", "-5") is the count, refused as such,
    // not taken for an option and reported as a missing value.
    @Option(parsing: .unconditional, help: "Prisoners of war.", transform: parseCount) var pow: Int?
    @Option(parsing: .unconditional, help: "Civilians.", transform: parseCount) var civilian: Int?
    @Option(parsing: .unconditional, help: "Children.", transform: parseCount) var child: Int?
    @Option(parsing: .unconditional, help: "Bodies.", transform: parseCount) var remains: Int?
    @Option(help: ArgumentHelp("A CSV file with an id column naming the persons, and/or a remains_id column naming the remains transferred.", valueName: "file"))
    var manifest: String?
    @Option(help: "Why the batch is recorded although it exceeds a quota.") var overQuotaReason: String?
    @Option(help: "The batch's id; by default B-<seq>.") var id: String?
    @Flag(help: "Record a count-only batch although a standing one has the same counts, direction and day: a second transfer.")
    var again = false

    /// Whether to ask for the batch at the terminal: no option of a batch was given (the global
    /// options say which ledger and who, not what), and someone is there to answer. Not with
    /// `--output`, which would take the questions into the file.
    private var isGuided: Bool {
        [agreement, from, to, on?.description, stage?.description, place, note, manifest, overQuotaReason, id].allSatisfy { $0 == nil }
            && typedCounts.isEmpty && !again && global.output == nil && LineEditor.isInteractive
    }

    private var typedCounts: [TransferCategory: Int] {
        Dictionary(uniqueKeysWithValues: [(TransferCategory.pow, pow), (.civilian, civilian), (.child, child), (.remains, remains)]
            .compactMap { category, count in count.map { (category, $0) } })
    }

    func validate() throws {
        if isGuided { return }
        // In the parser's own words, as when these options were required by it.
        for (name, value) in [("agreement", agreement), ("from", from), ("to", to), ("on", on?.description)] where value == nil {
            throw ValidationError("Missing expected argument '--\(name) <\(name)>'")
        }
        if typedCounts.isEmpty && manifest == nil {
            throw ValidationError("give counts (--pow, --civilian, --child, --remains) or a --manifest")
        }
        try UsageChecks.identifier(agreement!, "--agreement")
        try UsageChecks.partyCode(from!, "--from")
        try UsageChecks.partyCode(to!, "--to")
        if let id { try UsageChecks.identifier(id, "--id") }
        if let stage { try Self.checkStage(stage) }
        for category in typedCounts.keys.sorted() { try Self.checkCount(typedCounts[category]!, category) }
    }

    /// The stage's check before the database is opened, for the option and the guided form alike.
    static func checkStage(_ stage: Int) throws {
        if stage < 1 { throw ValidationError("--stage must be 1 or more, got \(stage)") }
    }

    /// A count's check before the database is opened, for the option and the guided form alike.
    static func checkCount(_ count: Int, _ category: TransferCategory) throws {
        if !(0...Batch.maximumCount).contains(count) {
            throw ValidationError("--\(category.rawValue) must be from 0 to \(Batch.maximumCount.grouped), got \(count.grouped)")
        }
    }

    func run() throws {
        let ledger = try global.open()
        guard !isGuided else {
            var form = GuidedAdd(ledger: ledger)
            guard let request = try form.ask() else { return Output.line("nothing recorded") }
            return try record(request, in: ledger)
        }
        let request = BatchRequest(
            id: id, agreementID: agreement!, from: from!, to: to!, on: on!, stage: stage, place: place, note: note,
            counts: typedCounts, manifest: try manifest.map { path throws(LedgerError) in try ManifestFile.read(path: path) } ?? [],
            overQuotaReason: overQuotaReason, again: again)
        try record(request, in: ledger)
    }

    private func record(_ request: BatchRequest, in ledger: any LedgerStore) throws {
        let (batch, entry) = try ledger.addBatch(request)
        let namedCount = batch.manifest.count + batch.remains.count
        let named = namedCount == 0 ? "count only" : "\(namedCount.grouped) named"
        let flag = batch.overQuotaReason == nil ? "" : "; over quota: \(batch.overQuotaReason!)"
        global.confirm("recorded batch \(batch.id): \(batch.total.grouped) from \(batch.from) to \(batch.to) on \(batch.on), \(named)\(flag) (seq \(entry.seq))",
                       entries: [entry], record: ("batch", batch.id))
    }
}
