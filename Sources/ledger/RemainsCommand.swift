import ArgumentParser
import LedgerDomain
import LedgerImport

struct RemainsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remains",
        abstract: "The register of remains: recovered, sampled, identified, handed over.",
        discussion: """
            Remains are unidentified when recorded, dna-pending once a sample is taken, identified once found to \
            be a person of the register (who becomes deceased) or of the other party (then they may be handed \
            back to it by a batch). Batches carry them by name with a manifest's remains_id column.

            Examples:
              ledger remains import remains.csv
              ledger remains sample R-000123 --dna S-88812 --on 2025-06-25
              ledger remains identify R-000123 --as UA-000123 --method dna
              ledger remains --status dna-pending
              ledger remains report
            """,
        subcommands: [List.self, Show.self, Add.self, Import.self, Sample.self, Identify.self, Report.self],
        defaultSubcommand: List.self
    )

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the remains (the default).",
            discussion: """
                The csv output serves as a batch manifest: its remains_id column names the remains.

                Examples:
                  ledger remains --status dna-pending
                  ledger remains list --held-by UA --format csv
                """
        )

        @OptionGroup var global: GlobalOptions
        @Option(help: "Only remains of this status.") var status: RemainsStatus?
        @Option(help: "Only remains held by this party.") var heldBy: String?

        func validate() throws {
            if let heldBy { try UsageChecks.partyCode(heldBy, "--held-by") }
        }

        func run() throws {
            var table = Table(remainsColumns)
            for record in try global.open().remains(RemainsFilter(status: status, heldBy: heldBy)) { table.append(remainsRow(record)) }
            global.print(table)
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show remains and every journal entry that concerns them.",
            discussion: """
                From recovery to identification: the record, the batches that carried them (and their voids), every \
                sample and identification, superseded ones included. In csv format, one row as `ledger remains` prints it.

                Example:
                  ledger remains show R-000123
                """
        )

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The remains' id.") var id: String

        func validate() throws {
            try UsageChecks.identifier(id, "remains id")
        }

        func run() throws {
            let (record, history) = try global.open().remains(id: id)
            switch global.format {
            case .csv:
                var table = Table(remainsColumns)
                table.append(remainsRow(record))
                global.print(table)
            case .json:
                let entries = history.map { Table.jsonObject(columns: entryColumns, row: entryRow($0)) }
                Output.line(JSONValue.object(["remains": Table.jsonObject(columns: remainsColumns, row: remainsRow(record)),
                                              "history": .array(entries)]).canonicalText)
            case .table, .html:
                var fields = Table([.init(name: "field"), .init(name: "value")])
                for (column, cell) in zip(remainsColumns, remainsRow(record)) where column.name != "seq" {
                    if case .text(let text) = cell { fields.append([.text(column.name), .text(text)]) }
                }
                var entries = Table(entryColumns)
                for entry in history { entries.append(entryRow(entry)) }
                global.printRecord(title: "Remains \(id)", fields: fields, history: entries)
            }
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record remains as recovered.",
            discussion: """
                The recovery date may not be in the future and must fall inside the window when one is given.

                Example:
                  ledger remains add R-000123 --held-by RU --of UA --recovered 2025-06-21 \\
                      --window W-2025-06-KUPIANSK \\
                      --tag "T-55/12" --place "forest belt north of Kupiansk"
                """
        )

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The office's id for the remains.") var id: String
        @Option(help: "Code of the party holding the remains.") var heldBy: String
        @Option(help: "Code of the party the deceased is presumed to belong to.") var of: String
        @Option(help: "The day of recovery, YYYY-MM-DD.", transform: parseDay) var recovered: Day
        @Option(help: "The recovery window they were recovered in.") var window: String?
        @Option(help: "Tag number.") var tag: String?
        @Option(help: "Place or section of the front.") var place: String?
        @Option(help: "A note.") var note: String?

        func validate() throws {
            try UsageChecks.identifier(id, "remains id")
            try UsageChecks.partyCode(heldBy, "--held-by")
            try UsageChecks.partyCode(of, "--of")
            if let window { try UsageChecks.identifier(window, "--window") }
        }

        func run() throws {
            let fields: [RemainsField: String?] = [.id: id, .heldBy: heldBy, .of: of, .recoveredOn: recovered.description, .window: window,
                                                   .tag: tag, .place: place, .note: note]
            let entry = try global.open().addRemains(fields: fields.compactMapValues { $0 })
            global.confirm("added remains \(id) (seq \(entry.seq))", entries: [entry])
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import remains from a CSV file, all or nothing.",
            discussion: """
                The first row names the columns, in any order (* required):
                \(columnsHelp(RemainsField.self))

                One bad row rejects the whole file and every bad row is listed (the first 50, then a count). \
                Remains already recorded with the same data are skipped, so importing twice is harmless.

                Example:
                  ledger remains import remains.csv
                """
        )

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The CSV file.") var file: String

        func run() throws {
            let source = try CSVRecordFile<RemainsField>(path: file, noun: "remains")
            global.reportImport(try global.open().importRemains(from: source), from: file, one: "body", many: "bodies")
        }
    }

    struct Sample: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record a DNA sample taken from remains: they become dna-pending.",
            discussion: """
                A body may be sampled again until it is identified; a sample id belongs to one body only.

                Example:
                  ledger remains sample R-000123 --dna S-88812 --on 2025-06-25
                """
        )

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The remains' id.") var id: String
        @Option(help: ArgumentHelp("The sample's id.", valueName: "sample-id")) var dna: String
        @Option(help: "The day it was taken, YYYY-MM-DD; today if left out.", transform: parseDay) var on: Day?

        func validate() throws {
            try UsageChecks.identifier(id, "remains id")
            try UsageChecks.identifier(dna, "--dna")
        }

        func run() throws {
            let entry = try global.open().sampleRemains(id: id, sampleID: dna, on: on)
            global.confirm("remains \(id) are dna-pending: sample \(dna) (seq \(entry.seq))", entries: [entry])
        }
    }

    struct Identify: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record who remains are: a person of the register, or the other party.",
            discussion: """
                --as PERSON-ID identifies them as a person of the register, who becomes deceased; --method is required. \
                --as-other-party P records that they belong to P, not to the party presumed; --note says how it is \
                known, and a later batch may hand them over to P. Remains already identified, or a person already \
                identified as other remains, need --supersede --reason TEXT: the earlier identification is then \
                replaced, and a person it named gets back the status they had before it.

                Examples:
                  ledger remains identify R-000123 --as UA-000123 --method dna --on 2026-02-10
                  ledger remains identify R-000124 --as-other-party RU \\
                      --note "DNA profile matches a Russian serviceman"
                  ledger remains identify R-000123 --as UA-000124 --method dna --supersede \\
                      --reason "laboratory mix-up"
                """
        )

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The remains' id.") var id: String
        @Option(name: .customLong("as"), help: ArgumentHelp("The person of the register they are.", valueName: "person-id")) var person: String?
        @Option(help: ArgumentHelp("The party they were found to belong to.", valueName: "party")) var asOtherParty: String?
        @Option(help: "How they were identified.") var method: IdentificationMethod?
        @Option(help: "The day of the identification, YYYY-MM-DD; today if left out.", transform: parseDay) var on: Day?
        @Option(help: "How it is known: the laboratory, the document, the witness.") var note: String?
        @Flag(help: "Replace an identification already recorded.") var supersede = false
        @Option(help: "Why the earlier identification is replaced (with --supersede).") var reason: String?

        func validate() throws {
            try UsageChecks.identifier(id, "remains id")
            switch (person, asOtherParty) {
            case (let person?, nil):
                try UsageChecks.identifier(person, "--as")
                if method == nil { throw ValidationError("--as PERSON-ID needs --method") }
            case (nil, let party?):
                try UsageChecks.partyCode(party, "--as-other-party")
            default:
                throw ValidationError("give either --as PERSON-ID or --as-other-party PARTY")
            }
            if supersede != (reason != nil) { throw ValidationError("--supersede and --reason go together") }
        }

        func run() throws {
            let identifiedAs: IdentifiedAs = person.map { .person($0) } ?? .party(asOtherParty ?? "")
            let request = IdentificationRequest(remainsID: id, identifiedAs: identifiedAs, method: method, on: on, note: note, supersedeReason: reason)
            let entry = try global.open().identifyRemains(request)
            let who = person.map { "as person \($0), now deceased" } ?? "as of party \(asOtherParty ?? "")"
            global.confirm("remains \(id) are identified \(who) (seq \(entry.seq))", entries: [entry])
        }
    }

    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Remains received, handed over and identified: per agreement and party, and per window.",
            discussion: """
                Under an agreement, for each party: bodies received and handed over by batches that stand (named or \
                counted), and of those received, how many are identified and DNA pending; the rest are unidentified, \
                bodies received by count only among them. mis_assigned counts bodies received that were identified as \
                another party's. Windows follow (without --agreement): their bodies recovered, handed over and identified.

                Examples:
                  ledger remains report
                  ledger remains report --agreement IST-2025-06-02-REMAINS --format csv
                """
        )

        @OptionGroup var global: GlobalOptions
        @Option(help: "Only this agreement.") var agreement: String?

        func validate() throws {
            if let agreement { try UsageChecks.identifier(agreement, "--agreement") }
        }

        func run() throws {
            global.print(remainsReportTable(try global.open().remainsReport(agreementID: agreement)))
        }
    }
}

/// The remains report: a line per agreement and party, then per window.
func remainsReportTable(_ lines: [RemainsReportLine]) -> Table {
    var table = Table([.init(name: "scope"), .init(name: "id"), .init(name: "party"), .init(name: "received", numeric: true)]
                      + RemainsReportColumns.progress)
    for line in lines {
        let scope: [Table.Cell] = switch line.scope {
        case .agreement(let id, let party): [.text("agreement"), .text(id), .text(party)]
        case .window(let id): [.text("window"), .text(id), .empty]
        }
        table.append(scope + [.number(line.received)] + RemainsReportColumns.progress(line))
    }
    return table
}

/// The columns of the remains listing; its id column is `remains_id`, so that the csv serves as a manifest.
let remainsColumns: [Table.Column] = [
    .init(name: RemainsField.id.rawValue), .init(name: "held_by"), .init(name: "of"), .init(name: "recovered_on"), .init(name: "window"),
    .init(name: "tag"), .init(name: "place", tableWidth: 30), .init(name: "status"), .init(name: "sample"), .init(name: "sampled_on"),
    .init(name: "person"), .init(name: "belongs_to"), .init(name: "method"), .init(name: "identified_on"),
    .init(name: "identification_note", tableWidth: 40), .init(name: "note", inTable: false), .init(name: "seq", numeric: true, grouped: false),
]

func remainsRow(_ record: RemainsRecord) -> [Table.Cell] {
    func cell(_ text: String?) -> Table.Cell { text.map { .text($0) } ?? .empty }
    let remains = record.remains, state = record.state
    return [
        .text(remains.id), .text(state.heldBy), .text(remains.of), .text(remains.recoveredOn.description), cell(remains.windowID),
        cell(remains.tag), cell(remains.place), .text(state.status.rawValue), cell(state.sampleID), cell(state.sampledOn?.description),
        cell(state.personID), cell(state.identifiedParty), cell(record.method?.rawValue), cell(record.identifiedOn?.description),
        cell(record.identificationNote), cell(remains.note), .number(Int(record.seq)),
    ]
}
