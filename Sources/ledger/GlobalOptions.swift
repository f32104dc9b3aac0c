import ArgumentParser
import LedgerCSV
import LedgerDomain
import LedgerStore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The options every command takes: where the ledger is, who is acting, how to print.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The ledger file; else $LEDGER_DB, else ./ledger.sqlite.", valueName: "path"))
    var db: String?

    @Option(name: .long, help: ArgumentHelp("Who is making the change, for the journal; else $LEDGER_ACTOR, else the login name.", valueName: "name"))
    var actor: String?

    @Option(name: .customLong("format"), help: "How to print results; by default a table, or what the --output file's name ends in.")
    var chosenFormat: OutputFormat?

    @Option(help: ArgumentHelp("Write the results to this new file (mode 0600), whole or not at all, instead of printing them.", valueName: "file"))
    var output: String?

    @Flag(help: "With --output, replace a file of that name.")
    var force = false

    /// `--format`, else the format the `--output` file's name ends in (`.csv`, `.json`, `.html`), else a table.
    var format: OutputFormat {
        chosenFormat ?? output.flatMap(OutputFormat.init(fileName:)) ?? .table
    }

    /// The options of the command being run, wherever it is in the tree of commands.
    static func of(_ command: ParsableCommand) -> GlobalOptions? {
        Mirror(reflecting: command).children.lazy.compactMap { ($0.value as? OptionGroup<GlobalOptions>)?.wrappedValue }.first
    }

    static let defaultDatabase = "ledger.sqlite"

    var databasePath: String {
        db ?? environment("LEDGER_DB") ?? Self.defaultDatabase
    }

    func validate() throws {
        if let problem = Self.actorProblem(resolvedActor) { throw ValidationError(problem) }
        if databasePath.isEmpty { throw ValidationError("--db must not be empty") }
        if let output {
            if chosenFormat == nil && OutputFormat(fileName: output) == nil {
                throw ValidationError("--output \(output): give --format, or a name ending in .csv, .json or .html")
            }
            if !force && access(output, F_OK) == 0 { throw ValidationError("--output \(output) exists; give --force to replace it") }
        } else if force {
            throw ValidationError("--force goes with --output")
        }
    }

    /// docs/journal.md: the actor is never empty and never holds a control character.
    static func actorProblem(_ actor: String) -> String? {
        if actor.isEmpty { return "the actor must not be empty" }
        if TextRules.hasControlCharacter(actor) { return "the actor '\(TextRules.visible(actor))' contains a control character" }
        return nil
    }

    var resolvedActor: String {
        if let actor { return actor }
        if let actor = environment("LEDGER_ACTOR") { return actor }
        if let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name { return String(cString: name) }
        return environment("USER") ?? "unknown"
    }

    // The only place the tool names the kind of store it works with.
    func open() throws(LedgerError) -> any LedgerStore {
        try SQLiteLedger.open(path: databasePath, actor: resolvedActor)
    }

    /// Brings an older ledger to this version's schema: the schema versions before and after.
    func migrate() throws(LedgerError) -> (from: Int32, to: Int32) {
        try SQLiteLedger.migrate(path: databasePath, actor: resolvedActor)
    }

    /// Creates the ledger, or opens the one already there; `created` tells which.
    func create() throws(LedgerError) -> (ledger: any LedgerStore, created: Bool) {
        let (ledger, created) = try SQLiteLedger.create(path: databasePath, actor: resolvedActor)
        return (ledger, created)
    }

    /// Prints a table in the chosen format.
    func print(_ table: Table) {
        Output.write(table.render(format))
    }

    /// Prints the rows `produce` hands to `emit`: in csv each as it comes, a line a row, so that a
    /// listing of half a million rows is never held; in the other formats, which need every row
    /// before the first line (widths, brackets), as one table at the end.
    func print(_ columns: [Table.Column], rows produce: (_ emit: ([Table.Cell]) -> Void) throws -> Void) rethrows {
        guard format == .csv else {
            var table = Table(columns)
            try produce { table.append($0) }
            return print(table)
        }
        // The header waits for the first row, so that a command refused before any row prints nothing.
        var line = Table.csvHeader(columns), headed = false
        try produce { cells in
            if headed { line.removeAll(keepingCapacity: true) }
            headed = true
            CSVWriter.append(cells, to: &line)
            Output.write(line)
        }
        if !headed { Output.write(line) }
    }

    /// Prints one record's fields and the journal entries about it: two tables, or one page.
    func printRecord(title: String, fields: Table, history: Table) {
        guard format == .html else {
            print(fields)
            Output.line("")
            return print(history)
        }
        Output.write(HTMLPage.document(title: title, sections: [(nil, fields), ("Journal entries", history)]))
    }

    /// Confirms a write: a sentence for people, the journal entries written for programs.
    /// `record`, when the change made something with an id of its own (a batch), names it in every
    /// row, so that a program need not parse the sentence for it.
    func confirm(_ sentence: String, entries: [JournalEntry], record: (column: String, id: String)? = nil) {
        guard format != .table else { return Output.line(sentence) }
        var table = Table([.init(name: "seq", numeric: true, grouped: false), .init(name: "kind"), .init(name: "hash")]
                          + (record.map { [Table.Column(name: $0.column)] } ?? []))
        for entry in entries {
            table.append([.number(Int(entry.seq)), .text(entry.kind), .text(entry.hash)] + (record.map { [Table.Cell.text($0.id)] } ?? []))
        }
        print(table)
    }
}

func environment(_ name: String) -> String? {
    guard let value = getenv(name) else { return nil }
    let text = String(cString: value)
    return text.isEmpty ? nil : text
}

/// Parses an ISO 8601 day for an option, so that a bad date is a usage error (exit 64).
func parseDay(_ text: String) throws -> Day {
    guard let day = Day(text) else { throw LedgerError.usage("'\(text)' is not a date (YYYY-MM-DD)") }
    return day
}

/// Parses a count for an option: decimal digits only, so that `1e9`, `-0`, `+5` or `0x10` are
/// usage errors (exit 64) rather than numbers read otherwise than the operator meant.
func parseCount(_ text: String) throws -> Int {
    guard !text.isEmpty, text.utf8.allSatisfy({ (0x30...0x39).contains($0) }), let count = Int(text) else {
        throw LedgerError.usage("'\(text)' is not a count (digits 0–9 only)")
    }
    return count
}
