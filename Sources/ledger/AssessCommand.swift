import ArgumentParser
import LedgerDomain
import LedgerImport

struct AssessCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assess",
        abstract: "Findings of the mixed medical commission (GC III Art. 110, 112, Annex II).",
        discussion: """
            `ledger assess PERSON …` records a finding (`record` is the default subcommand).

            Examples:
              ledger assess UA-000123 --on 2025-06-05 --category long-term --severity 4 \\
                  --members "Dr A (neutral), Dr B (neutral), Dr C (detaining)" --vote 2-1 \\
                  --findings "Open femur fracture"
              ledger assess UA-000123 --history
              ledger assess import sitting-2025-06-05.csv
            """,
        subcommands: [Record.self, Import.self],
        defaultSubcommand: Record.self
    )

    struct Record: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "record",
            abstract: "Record one finding on a prisoner, or show their findings (--history).",
            discussion: """
                The commission has three members, two from a neutral country and one named by the detaining \
                party, and decides by majority: --vote 3-0 or 2-1 (for, against). The latest finding of a person \
                is in force; earlier ones stay in the history. Categories (GC III Art. 110):
                \(MedicalCategory.allCases.map { "  \($0.rawValue): \($0.meaning) → \($0.outcome.words)" }.joined(separator: "\n"))

                Examples:
                  ledger assess UA-000123 --on 2025-06-05 --category long-term --severity 4 \\
                      --members "Dr A (neutral), Dr B (neutral), Dr C (detaining)" --vote 2-1 \\
                      --findings "Open femur fracture, osteomyelitis"
                  ledger assess UA-000123 --history
                """
        )

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The prisoner's id in the register.") var person: String
        @Flag(help: "Show every finding on the person, newest first, instead of recording one.") var history = false
        @Option(help: "The day of the finding, YYYY-MM-DD.", transform: parseDay) var on: Day?
        @Option(help: "The GC III Art. 110 category.") var category: MedicalCategory?
        @Option(help: "1 (light) to 5 (critical).") var severity: Int?
        @Option(help: ArgumentHelp("The three members and their roles.", valueName: "\"NAME (neutral), NAME (neutral), NAME (detaining)\""))
        var members: String?
        @Option(help: ArgumentHelp("Votes for and against the finding.", valueName: "3-0|2-1")) var vote: String?
        @Option(help: "The commission's findings.") var findings: String?

        private var finding: [AssessmentField: String?] {
            [.on: on?.description, .category: category?.rawValue, .severity: severity.map(String.init), .members: members,
             .vote: vote, .findings: findings]
        }

        func validate() throws {
            try UsageChecks.identifier(person, "person id")
            let given = finding.filter { $0.value != nil }.keys.map { "--\($0.rawValue)" }.sorted()
            if history {
                if !given.isEmpty { throw ValidationError("--history shows findings; it takes no \(given.joined(separator: ", "))") }
                return
            }
            let missing = AssessmentField.allCases.filter { $0 != .personID && finding[$0]! == nil }.map { "--\($0.rawValue)" }
            if !missing.isEmpty { throw ValidationError("a finding needs \(missing.joined(separator: ", ")) (or --history to show findings)") }
            if let severity, !Assessment.severities.contains(severity) {
                throw ValidationError("--severity must be from 1 (light) to 5 (critical), got \(severity)")
            }
            if let members, case .failure(let problem) = Commission.members(members) { throw ValidationError("--members: \(problem.message)") }
            if let vote, case .failure(let problem) = Commission.vote(vote) { throw ValidationError("--vote: \(problem.message)") }
        }

        func run() throws {
            let ledger = try global.open()
            guard !history else { return printHistory(try ledger.assessments(personID: person)) }
            var fields = finding.compactMapValues { $0 }
            fields[.personID] = person
            let entry = try ledger.addAssessment(fields: fields)
            let found = category.map { "\($0.rawValue) → \($0.outcome.words)" } ?? ""
            global.confirm("recorded assessment of \(person) on \(fields[.on] ?? ""): \(found), severity \(fields[.severity] ?? "") (seq \(entry.seq))",
                           entries: [entry])
        }

        private func printHistory(_ assessments: [RecordedAssessment]) {
            var table = Table([
                .init(name: "on"), .init(name: "category"), .init(name: "outcome"), .init(name: "severity", numeric: true),
                .init(name: "vote"), .init(name: "in_force"), .init(name: "members", tableWidth: 40), .init(name: "findings", tableWidth: 50),
                .init(name: "seq", numeric: true, grouped: false),
            ])
            for recorded in assessments {
                let finding = recorded.assessment
                table.append([
                    .text(finding.on.description), .text(finding.category.rawValue), .text(finding.category.outcome.words),
                    .number(finding.severity), .text(finding.vote.description), .flag(recorded.inForce),
                    .text(finding.membersText), .text(finding.findings), .number(Int(recorded.seq)),
                ])
            }
            global.print(table)
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import a commission sitting from a CSV file, all or nothing.",
            discussion: """
                The first row names the columns, in any order (* required):
                \(columnsHelp(AssessmentField.self))

                One bad row rejects the whole file and every bad row is listed (the first 50, then a count). \
                A finding already recorded with the same data is skipped, so importing twice is harmless.

                Example:
                  ledger assess import sitting-2025-06-05.csv
                """
        )

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The CSV file.") var file: String

        func run() throws {
            let source = try CSVRecordFile<AssessmentField>(path: file, noun: "assessments")
            global.reportImport(try global.open().importAssessments(from: source), from: file, one: "assessment", many: "assessments")
        }
    }
}
