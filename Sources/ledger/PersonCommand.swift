import ArgumentParser
import LedgerDomain
import LedgerImport

struct PersonCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "person",
        abstract: "The register of persons held or claimed.",
        discussion: """
            Examples:
              ledger person import persons.csv
              ledger person show UA-000001
              ledger person list --held-by RU --status held
            """,
        subcommands: [Add.self, Import.self, Show.self, List.self]
    )

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add one person to the register.",
            discussion: """
                Example:
                  ledger person add UA-000001 --held-by RU --belongs-to UA --category pow \\
                      --family-name Приклад --given-name Тарас --family-name-latin Pryklad \\
                      --given-name-latin Taras --birth-date 1994-03 \\
                      --captured-on 2024-11-02 --captured-place "Pokrovsk direction"
                """
        )

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The office's id for the person.") var id: String
        @Option(help: "Code of the party holding the person.") var heldBy: String
        @Option(help: "Code of the party the person belongs to.") var belongsTo: String
        @Option(help: "Category.") var category: PersonCategory
        @Option(help: "Family name as written, any script.") var familyName: String
        @Option(help: "Given name as written.") var givenName: String?
        @Option(help: "Patronymic as written.") var patronymic: String?
        @Option(help: "Family name in Latin letters.") var familyNameLatin: String?
        @Option(help: "Given name in Latin letters.") var givenNameLatin: String?
        @Option(help: "Patronymic in Latin letters.") var patronymicLatin: String?
        @Option(help: "Sex.") var sex: Sex?
        @Option(help: "Birth date: 1990, 1990-04 or 1990-04-12.", transform: { text in
            guard let date = PartialDate(text) else { throw LedgerError.usage("'\(text)' is not a date (1990, 1990-04 or 1990-04-12)") }
            return date
        }) var birthDate: PartialDate?
        @Option(help: "Service number.") var serviceNumber: String?
        @Option(help: "Military unit.") var unit: String?
        @Option(help: "Military rank.") var rank: String?
        @Option(help: "Date of capture or detention, YYYY-MM-DD.", transform: parseDay) var capturedOn: Day?
        @Option(help: "Place of capture or detention.") var capturedPlace: String?
        @Option(help: "Status.") var status: PersonStatus = .held
        @Option(help: "Notes.") var notes: String?

        func validate() throws {
            try UsageChecks.identifier(id, "person id")
            try UsageChecks.partyCode(heldBy, "--held-by")
            try UsageChecks.partyCode(belongsTo, "--belongs-to")
        }

        func run() throws {
            let values: [(PersonField, String?)] = [
                (.id, id), (.heldBy, heldBy), (.belongsTo, belongsTo), (.category, category.rawValue),
                (.familyName, familyName), (.givenName, givenName), (.patronymic, patronymic),
                (.familyNameLatin, familyNameLatin), (.givenNameLatin, givenNameLatin), (.patronymicLatin, patronymicLatin),
                (.sex, sex?.rawValue), (.birthDate, birthDate?.description), (.serviceNumber, serviceNumber), (.unit, unit),
                (.rank, rank), (.capturedOn, capturedOn?.description), (.capturedPlace, capturedPlace),
                (.status, status.rawValue), (.notes, notes),
            ]
            let fields = Dictionary(uniqueKeysWithValues: values.compactMap { field, value in value.map { (field, $0) } })
            let entry = try global.open().addPerson(fields: fields)
            global.confirm("added person \(id) (seq \(entry.seq))", entries: [entry])
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import persons from a CSV file, all or nothing.",
            discussion: """
                The first row names the columns, in any order (* required):
                \(columnsHelp(PersonField.self))

                One bad row rejects the whole file and every bad row is listed (the first 50, then a count). \
                Rows already in the ledger with the same data are skipped, so importing twice is harmless.

                Example:
                  ledger person import persons.csv
                """
        )

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The CSV file.") var file: String

        func run() throws {
            let source = try CSVRecordFile<PersonField>(path: file, noun: "persons")
            let summary = try global.open().importPersons(from: source, progress: TerminalProgress.reporter("rows read"))
            TerminalProgress.clear()
            global.reportImport(summary, from: file, one: "person", many: "persons")
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show one person and every journal entry that concerns them.",
            discussion: """
                In csv format, prints the person as one row in the import format (without the history).

                Example:
                  ledger person show UA-000001
                """
        )

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The person's id.") var id: String

        func run() throws {
            let record = try global.open().person(id: id)
            switch global.format {
            case .csv:
                global.print(personColumns) { emit in emit(personRow(record.person)) }
            case .json:
                let person = Table.jsonObject(columns: personColumns, row: personRow(record.person))
                let history = record.history.map { Table.jsonObject(columns: entryColumns, row: entryRow($0)) }
                Output.line(JSONValue.object(["person": person, "history": .array(history)]).canonicalText)
            case .table, .html:
                var fields = Table([.init(name: "field"), .init(name: "value")])
                for field in PersonField.allCases {
                    if let value = record.person.fields[field] { fields.append([.text(field.rawValue), .text(value)]) }
                }
                var history = Table(entryColumns)
                for entry in record.history { history.append(entryRow(entry)) }
                global.printRecord(title: "Person \(id)", fields: fields, history: history)
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List persons of the register.",
            discussion: """
                Example:
                  ledger person list --held-by RU --status held --format csv > held-by-ru.csv
                """
        )

        @OptionGroup var global: GlobalOptions
        @Option(help: "Only persons held by this party.") var heldBy: String?
        @Option(help: "Only persons in this status.") var status: PersonStatus?
        @Option(help: "Only persons of this category.") var category: PersonCategory?

        func run() throws {
            let ledger = try global.open()
            try global.print(personColumns) { emit in
                try ledger.persons(PersonFilter(heldBy: heldBy, status: status, category: category)) { emit(personRow($0)) }
            }
        }
    }
}

private let personColumns = PersonField.allCases.map { Table.Column(name: $0.rawValue, tableWidth: 30, inTable: $0.showsInTable) }

private func personRow(_ person: Person) -> [Table.Cell] {
    PersonField.allCases.map { field in person.fields[field].map { .text($0) } ?? .empty }
}

extension PersonField {
    /// The fields a person listing shows on screen; csv and json carry them all.
    var showsInTable: Bool {
        switch self {
        case .id, .heldBy, .belongsTo, .category, .familyName, .givenName, .familyNameLatin, .givenNameLatin, .birthDate, .status: true
        default: false
        }
    }
}
