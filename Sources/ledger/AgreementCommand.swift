import ArgumentParser
import LedgerDomain

struct AgreementCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agreement",
        abstract: "Agreements and their terms.",
        discussion: """
            Examples:
              ledger agreement add IST-2025-05-16 --title "Istanbul: 1,000 for 1,000" \\
                  --date 2025-05-16 \\
                  --parties UA,RU --each pow+civilian=1000
              ledger agreement list
            """,
        subcommands: [Add.self, List.self]
    )

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record an agreement and its quotas.",
            discussion: """
                A quota is CATEGORY[+CATEGORY…]=NUMBER or =all; categories: pow, civilian, child, remains. \
                Categories joined by + share one number ("1,000 for 1,000" counted soldiers and civilians together).

                Examples:
                  ledger agreement add IST-2025-05-16 --title "Istanbul: 1,000 for 1,000" \\
                      --date 2025-05-16 \\
                      --parties UA,RU --each pow+civilian=1000
                  ledger agreement add IST-2025-06-02-REMAINS \\
                      --title "6,000 bodies for 6,000" --date 2025-06-02 \\
                      --parties UA,RU --each remains=6000
                  ledger agreement add X-1 --title "Asymmetric" --date 2025-07-01 \\
                      --parties UA,RU \\
                      --quota UA:pow=84 --quota RU:pow=all
                """
        )

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The agreement's id.") var id: String
        @Option(help: "What the agreement is called.") var title: String
        @Option(help: "The day it was agreed, YYYY-MM-DD.", transform: parseDay) var date: Day
        @Option(help: "The two parties, comma-separated: UA,RU.") var parties: String
        @Option(help: ArgumentHelp("A quota both parties agreed to release, e.g. pow+civilian=1000.", valueName: "quota"),
                transform: { try QuotaTerm(parsing: $0) })
        var each: [QuotaTerm] = []
        @Option(help: ArgumentHelp("A quota for one releasing party, e.g. RU:remains=6000.", valueName: "party:quota"))
        var quota: [String] = []

        func validate() throws {
            try UsageChecks.identifier(id, "agreement id")
            for party in partyCodes { try UsageChecks.partyCode(party, "--parties") }
            guard !each.isEmpty || !quota.isEmpty else { throw ValidationError("give the terms with --each or --quota") }
            for (party, _) in try partyTerms() { try UsageChecks.partyCode(party, "--quota") }
        }

        private var partyCodes: [String] { UsageChecks.partyCodes(parties) }

        private func partyTerms() throws -> [(party: String, term: QuotaTerm)] {
            try quota.map { text in
                guard let colon = text.firstIndex(of: ":") else {
                    throw ValidationError("--quota '\(text)' must look like RU:remains=6000")
                }
                return (String(text[..<colon]), try QuotaTerm(parsing: String(text[text.index(after: colon)...])))
            }
        }

        func run() throws {
            let request = AgreementRequest(
                id: id, title: title, date: date, parties: partyCodes,
                each: each, terms: try partyTerms())
            let entry = try global.open().addAgreement(request)
            global.confirm("added agreement \(id) (seq \(entry.seq))", entries: [entry])
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Agreed against delivered: one line per quota and direction.",
            discussion: """
                Delivered counts batches that stand; voided batches are counted apart. A category delivered \
                without a quota shows no agreed amount. Difference is delivered minus agreed.

                Example:
                  ledger agreement list --agreement IST-2025-05-16
                """
        )

        @OptionGroup var global: GlobalOptions
        @Option(help: "Only this agreement.") var agreement: String?

        func run() throws {
            global.print(progressTable(try global.open().quotaProgress(agreementID: agreement)))
        }
    }
}

/// The agreed-against-delivered table, shared by `agreement list` and `demo`.
func progressTable(_ lines: [QuotaProgress]) -> Table {
    var table = Table([
        .init(name: "agreement"), .init(name: "from"), .init(name: "to"), .init(name: "categories"),
        .init(name: "agreed", numeric: true), .init(name: "delivered", numeric: true), .init(name: "named", numeric: true),
        .init(name: "unnamed", numeric: true), .init(name: "difference", numeric: true), .init(name: "batches", numeric: true),
        .init(name: "over_quota", numeric: true), .init(name: "voided", numeric: true),
    ])
    for line in lines {
        let agreed: Table.Cell = switch line.amount {
        case .count(let count): .number(count)
        case .all: .text("all")
        case nil: .empty
        }
        table.append([
            .text(line.agreementID), .text(line.from), .text(line.to), .text(line.categoryLabel), agreed,
            .number(line.delivered), .number(line.named), .number(line.unnamed), line.difference.map { .number($0) } ?? .empty,
            .number(line.batches), .number(line.overQuotaBatches), .number(line.voidedBatches),
        ])
    }
    return table
}
