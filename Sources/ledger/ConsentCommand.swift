import ArgumentParser
import LedgerDomain

struct ConsentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "consent",
        abstract: "Record a prisoner's refusal of repatriation (GC III Art. 109), or its withdrawal.",
        discussion: """
            No sick or wounded prisoner may be repatriated against their will during hostilities. A prisoner \
            who refuses stays off priority lists (and is counted in their footer) until the refusal is \
            withdrawn with --accepts. The latest decision is in force; a new one must be of a later date.

            Examples:
              ledger consent UA-000123 --refuses --on 2025-06-06 \\
                  --witness "ICRC delegate M. Keller"
              ledger consent UA-000123 --accepts --on 2025-07-01 --witness "Dr A (neutral)"
            """
    )

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The prisoner's id in the register.") var person: String
    @Flag(help: "The prisoner refuses repatriation.") var refuses = false
    @Flag(help: "The prisoner withdraws an earlier refusal.") var accepts = false
    @Option(help: "The day the prisoner said it, YYYY-MM-DD; today if left out.", transform: parseDay) var on: Day?
    @Option(help: "Who heard the prisoner say it.") var witness: String

    func validate() throws {
        try UsageChecks.identifier(person, "person id")
        if refuses == accepts { throw ValidationError("give exactly one of --refuses and --accepts") }
    }

    func run() throws {
        let entry = try global.open().recordConsent(personID: person, on: on, refuses: refuses, witness: witness)
        global.confirm("recorded that \(person) \(refuses ? "refuses" : "accepts") repatriation (seq \(entry.seq))", entries: [entry])
    }
}
