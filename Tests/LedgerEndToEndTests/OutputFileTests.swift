import Foundation
import LedgerTestSupport
import Testing

/// Reports written to files with `--output`: the format from the name, readable by the owner
/// only, whole or not at all, and never over a file without `--force`.
@Suite struct OutputFileTests {
    static func mode(_ path: String) throws -> Int? {
        try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
    }

    /// What is in the session's folder besides the ledger, to see that nothing was left behind.
    static func leftovers(_ session: Session) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: session.scratch.directory.path).filter { !$0.hasPrefix("ledger.sqlite") }.sorted()
    }

    @Test func theFormatComesFromTheNameUnlessFormatSaysOtherwise() throws {
        let session = try Session.withAgreements()
        for (name, format, start) in [("b.csv", nil, "batch,agreement,"), ("b.json", nil, "["), ("b.html", nil, "<!DOCTYPE html>"),
                                      ("b-as-json.csv", "json", "["), ("b.txt", "table", "batch ")] {
            let result = try session.ledger(["batches", "--output", name] + (format.map { ["--format", $0] } ?? []))
            #expect(result.status == 0 && result.stdout.isEmpty && result.stderr.isEmpty, "\(name): \(result)")
            let path = session.scratch.path(name)
            #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix(start), "\(name)")
            #expect(try Self.mode(path) == 0o600, "\(name)")
        }
        #expect(try Self.leftovers(session) == ["b-as-json.csv", "b.csv", "b.html", "b.json", "b.txt"])
    }

    @Test func anExistingFileIsKeptUnlessForceIsGiven() throws {
        let session = try Session.withAgreements()
        let path = try session.write("report.html", "the report sent yesterday\n")
        let refused = try session.ledger("reconcile", "--output", "report.html")
        #expect(refused.status == 64 && refused.errorLines == ["error: --output report.html exists; give --force to replace it (see --help)"], "\(refused)")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "the report sent yesterday\n")
        let replaced = try session.ledger("reconcile", "--output", "report.html", "--force")
        #expect(replaced.status == 0, "\(replaced)")
        #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("<!DOCTYPE html>"))
        #expect(try Self.mode(path) == 0o600)
        #expect(try session.ledger("batches", "--force").errorLines == ["error: --force goes with --output (see --help)"])
    }

    @Test func aFailedCommandLeavesNoFile() throws {
        let session = try Session.withAgreements()
        let unknown = try session.ledger("person", "show", "RU-9999", "--output", "person.json")
        #expect(unknown.status == 65, "\(unknown)")
        // A listing that fails after its first rows: a person row damaged behind the ledger's back.
        try session.mustSucceed(["person", "import", try session.write("persons.csv", Session.generatedPersons(count: 3))])
        #expect(try tamper(session.db, "UPDATE persons SET status = 'lost' WHERE id = 'RU-000003'").status == 0)
        let damaged = try session.ledger("person", "list", "--output", "register.csv")
        #expect(damaged.status == 74, "\(damaged)")
        #expect(try Self.leftovers(session) == ["persons.csv"])
        let nameless = try session.ledger("batches", "--output", "notes.txt")
        #expect(nameless.status == 64 && nameless.errorLines == ["error: --output notes.txt: give --format, or a name ending in .csv, .json or .html (see --help)"])
        let nowhere = try session.ledger("batches", "--output", "missing/b.csv")
        #expect(nowhere.status == 74 && nowhere.errorLines == ["error: missing/b.csv: cannot write: no such file or directory"], "\(nowhere)")
    }
}
