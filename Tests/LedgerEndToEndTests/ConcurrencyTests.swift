import Foundation
import LedgerTestSupport
import Testing

/// Several operators at once (SPEC §3): writers are serialised, none is lost, and a check run
/// while others write sees one consistent state.
@Suite struct ConcurrencyTests {
    /// Starts `ledger` ARGUMENTS `times` times in a row, in a background shell.
    private func backgroundLoop(_ session: Session, times: Int, _ arguments: String) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "i=0; while [ $i -lt \(times) ]; do '\(ledgerBinary)' --db '\(session.db)' \(arguments) >/dev/null || exit 1; i=$((i+1)); done"]
        process.environment = ["LEDGER_ACTOR": "writer", "PATH": "/usr/bin:/bin"]
        try process.run()
        return process
    }

    @Test func verifyDuringWritesNeverReportsTampering() throws {
        let session = try Session.withAgreements()
        let writer = try backgroundLoop(session, times: 60, "add --agreement IST-2025-06-02-REMAINS --from UA --to RU --on 2025-06-20 --remains 1")
        var checks = 0
        while writer.isRunning || checks < 3 {
            let result = try session.ledger("verify")
            #expect(result.status == 0, "\(result)")
            checks += 1
        }
        writer.waitUntilExit()
        #expect(writer.terminationStatus == 0)
        #expect(try session.ledger("verify").stdout.hasPrefix("ok: 64 entries"))
    }

    @Test func writersAtOnceAreAllRecordedOnce() throws {
        let session = try Session.withAgreements()
        let writers = try (1...3).map { n in
            try backgroundLoop(session, times: 15, "add --agreement IST-2025-05-16 --from RU --to UA --on 2025-05-23 --note writer-\(n) --pow 1")
        }
        for writer in writers {
            writer.waitUntilExit()
            #expect(writer.terminationStatus == 0)
        }
        #expect(try session.ledger("verify").stdout.hasPrefix("ok: 49 entries"))
        let notes = try session.ledger("batches", "--format", "json").stdout
        let batches = try JSONSerialization.jsonObject(with: Data(notes.utf8)) as? [[String: Any]] ?? []
        #expect(Dictionary(grouping: batches.compactMap { $0["note"] as? String }, by: { $0 }).mapValues(\.count)
                == ["writer-1": 15, "writer-2": 15, "writer-3": 15])
    }
}
