import ArgumentParser
import LedgerDomain

struct BatchesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batches",
        abstract: "The batches recorded, per agreement, date, stage and direction.",
        discussion: """
            Example:
              ledger batches --agreement IST-2025-05-16
            """
    )

    @OptionGroup var global: GlobalOptions
    @Option(help: "Only this agreement.") var agreement: String?

    func run() throws {
        var table = Table([
            .init(name: "batch"), .init(name: "agreement"), .init(name: "on"), .init(name: "stage", numeric: true),
            .init(name: "from"), .init(name: "to"),
        ] + TransferCategory.allCases.map { .init(name: $0.rawValue, numeric: true) } + [
            .init(name: "total", numeric: true), .init(name: "named"), .init(name: "status"),
            .init(name: "over_quota_reason", tableWidth: 40), .init(name: "void_reason", tableWidth: 40),
            .init(name: "place", inTable: false), .init(name: "note", inTable: false), .init(name: "seq", numeric: true, grouped: false),
        ])
        for batch in try global.open().batches(agreementID: agreement) {
            let counts: [Table.Cell] = TransferCategory.allCases.map { batch.counts[$0].map { .number($0) } ?? .empty }
            table.append([
                .text(batch.id), .text(batch.agreementID), .text(batch.on.description), batch.stage.map { .number($0) } ?? .empty,
                .text(batch.from), .text(batch.to),
            ] + counts + [
                .number(batch.total), .flag(batch.named), .text(batch.isVoid ? "void" : "recorded"),
                batch.overQuotaReason.map { .text($0) } ?? .empty, batch.voidReason.map { .text($0) } ?? .empty,
                batch.place.map { .text($0) } ?? .empty, batch.note.map { .text($0) } ?? .empty, .number(Int(batch.addedSeq)),
            ])
        }
        global.print(table)
    }
}
