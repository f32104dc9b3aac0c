import ArgumentParser

struct VoidCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "void",
        abstract: "Void a batch recorded by mistake; nothing is deleted.",
        discussion: """
            The batch stays in the journal and in `ledger batches`, marked void, and no longer counts as \
            delivered. Persons it carried return to where they were. A batch whose persons were moved again \
            by a later batch cannot be voided until that later batch is.

            A void cannot be undone. A batch voided by mistake is recorded again with `ledger add`, as a new
            batch with a new id; the void and the first batch stay in the journal.

            Example:
              ledger void B-17 --reason "entered twice"
            """
    )

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The batch's id.") var batch: String
    @Option(help: "Why the batch is void.") var reason: String

    func run() throws {
        let entry = try global.open().voidBatch(id: batch, reason: reason)
        global.confirm("voided batch \(batch) (seq \(entry.seq))", entries: [entry])
    }
}
