import ArgumentParser
import LedgerDomain
import LedgerImport

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "Named lists handed over between the parties, followed entry by entry.",
        discussion: """
            A list is recorded whole and never changed: imported from a file one party handed over, or saved \
            from `ledger priority --save-list`. Each entry is open until it is resolved: automatically as \
            released when a batch carries the person it names, or by hand with `ledger list resolve`. \
            `ledger lists` shows every list and where it stands.

            Examples:
              ledger list import CHILDREN-2025-06-02 --from UA --to RU --on 2025-06-02 \\
                  --file children.csv
              ledger list show CHILDREN-2025-06-02
              ledger list resolve CHILDREN-2025-06-02 17 --as returned \\
                  --note "Confirmed by the ombudsman"
            """,
        subcommands: [Show.self, Import.self, Resolve.self]
    )

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show a list's entries and where each stands.",
            discussion: """
                Example:
                  ledger list show CHILDREN-2025-06-02
                """
        )

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The list's id.") var id: String

        func run() throws {
            let record = try global.open().list(id: id)
            if global.format == .table {
                let list = record.list
                let source = list.from.map { "handed over by \($0) to \(list.to)" } ?? "saved from priority (\(list.criteria ?? "")) for \(list.to)"
                Output.line("list \(list.id): \(source) on \(list.on) (seq \(record.seq))")
                Output.line("entries: \(record.entries.count.grouped); \(record.count(.open).grouped) open, "
                            + "\(record.count(.resolved).grouped) resolved, \(record.count(.disputed).grouped) disputed")
                Output.line("")
            }
            var table = Table([
                .init(name: "entry"), .init(name: "person"), .init(name: "family_name", tableWidth: 24), .init(name: "given_name", tableWidth: 20),
                .init(name: "patronymic", inTable: false), .init(name: "birth_date"), .init(name: "status"), .init(name: "outcome"),
                .init(name: "resolved_on"), .init(name: "batch"), .init(name: "note", tableWidth: 40), .init(name: "notes", inTable: false),
            ])
            for entryRecord in record.entries {
                let entry = entryRecord.entry, resolution = entryRecord.resolution
                table.append([
                    .text(entry.key), entry.personID.map { .text($0) } ?? .empty, .text(entry.familyName), entry.givenName.map { .text($0) } ?? .empty,
                    entry.patronymic.map { .text($0) } ?? .empty, entry.birthDate.map { .text($0) } ?? .empty, .text(entryRecord.status.rawValue),
                    resolution.map { .text($0.outcome.rawValue) } ?? .empty, resolution.map { .text($0.on.description) } ?? .empty,
                    resolution?.batchID.map { .text($0) } ?? .empty, resolution?.note.map { .text($0) } ?? .empty, entry.notes.map { .text($0) } ?? .empty,
                ])
            }
            global.print(table)
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record a list one party handed over to the other, from a CSV file, all or nothing.",
            discussion: """
                The first row names the columns, in any order (* required):
                \(columnsHelp(ListEntryField.self))

                One bad row rejects the whole list and every bad row is listed. Recording the same list again is \
                harmless; a list of the same id with other entries is refused.

                Example:
                  ledger list import CHILDREN-2025-06-02 --from UA --to RU --on 2025-06-02 \\
                      --file children.csv
                """
        )

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The list's id.") var id: String
        @Option(help: "The party that handed the list over.") var from: String
        @Option(help: "The party the list was handed to.") var to: String
        @Option(help: "The day it was handed over, YYYY-MM-DD; today if left out.", transform: parseDay) var on: Day?
        @Option(help: "The CSV file.") var file: String

        func validate() throws {
            try UsageChecks.identifier(id, "list id")
            try UsageChecks.partyCode(from, "--from")
            try UsageChecks.partyCode(to, "--to")
        }

        func run() throws {
            let source = try CSVRecordFile<ListEntryField>(path: file, noun: "list entries")
            let summary = try global.open().importList(ListImportRequest(id: id, from: from, to: to, on: on), from: source)
            global.reportImport(summary, from: file, one: "entry of list \(id)", many: "entries of list \(id)")
        }
    }

    struct Resolve: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Settle an entry of a list by hand, saying how it is known.",
            discussion: """
                returned, not-found and adult resolve the entry; disputed marks it disputed. An entry is named by \
                its key on the list or by the id of the person it names. Entries whose person a batch carries are \
                resolved as released by that batch, without this command.

                Example:
                  ledger list resolve CHILDREN-2025-06-02 17 --as returned \\
                      --note "Returned via Belarus, confirmed by the ombudsman"
                """
        )

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The list's id.") var id: String
        @Argument(help: "The entry's key, or the id of the person it names.") var entry: String
        @Option(name: .customLong("as"), help: "How the entry is settled.") var outcome: EntryOutcome
        @Option(help: "How it is known: the source, the document, the witness.") var note: String
        @Option(help: "The day it became known, YYYY-MM-DD; today if left out.", transform: parseDay) var on: Day?

        func validate() throws {
            try UsageChecks.identifier(id, "list id")
            try UsageChecks.identifier(entry, "entry")
            if outcome == .released { throw ValidationError("released is recorded by the batch that carries the person; choose returned, not-found, adult or disputed") }
        }

        func run() throws {
            let recorded = try global.open().resolveListEntry(listID: id, entry: entry, outcome: outcome, note: note, on: on)
            global.confirm("entry \(entry) of \(id) is now \(outcome.words) (seq \(recorded.seq))", entries: [recorded])
        }
    }
}

struct ListsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lists",
        abstract: "Every named list: its entries open, resolved and disputed.",
        discussion: """
            A list is open while any entry is open, disputed while any is disputed and none open, else resolved.

            Example:
              ledger lists
            """
    )

    @OptionGroup var global: GlobalOptions

    func run() throws {
        global.print(listsTable(try global.open().lists()))
    }
}

/// Every list on one line: its origin, parties, and its entries open, resolved and disputed.
func listsTable(_ lists: [ListRecord]) -> Table {
    var table = Table([
        .init(name: "list"), .init(name: "origin"), .init(name: "from"), .init(name: "to"), .init(name: "on"),
        .init(name: "entries", numeric: true), .init(name: "open", numeric: true), .init(name: "resolved", numeric: true),
        .init(name: "disputed", numeric: true), .init(name: "status"), .init(name: "seq", numeric: true, grouped: false),
    ])
    for record in lists {
        let list = record.list
        let counts: [Table.Cell] = [.number(record.entries.count)] + EntryStatus.allCases.map { .number(record.count($0)) }
        table.append([.text(list.id), .text(list.origin.rawValue), list.from.map { .text($0) } ?? .empty, .text(list.to), .text(list.on.description)]
                     + counts + [.text(record.status.rawValue), .number(Int(record.seq))])
    }
    return table
}
