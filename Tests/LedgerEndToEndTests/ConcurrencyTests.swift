import Foundation
import LedgerTestSupport
import Testing

/// Several operators at once (docs/storage.md): writers are serialised, none is lost, and a check run
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
        let writer = try backgroundLoop(session, times: 60, "add --agreement IST-2025-06-02-REMAINS --from UA --to RU --on 2025-06-20 --remains $((i + 1))")
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
            try backgroundLoop(session, times: 15, "add --agreement IST-2025-05-16 --from RU --to UA --on 2025-05-$((16 + i)) --note writer-\(n) --pow \(n)")
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

    /// docs/storage.md's serialised writers, at scale: four processes append 500 entries each (an import of 500
    /// persons, one entry per person) at the same moment, while readers keep asking for the head
    /// and verifying. Each import is one transaction, so a reader only ever sees whole imports.
    @Test func fourWritersOf500EntriesAreSerialisedAndReadersSeeWholeImports() throws {
        let session = try Session.withAgreements()
        let files = try (1...4).map { n in try session.write("writer-\(n).csv", Session.generatedPersons(count: 500, prefix: "W\(n)")) }
        let writers = try files.map { try session.start(["person", "import", $0]) }
        var reads = 0
        repeat {
            let head = try session.ledger("head")
            let seq = Int(head.stdout.prefix { $0 != ":" }) ?? -1
            #expect(head.status == 0 && [4, 504, 1004, 1504, 2004].contains(seq), "\(head)")
            let verify = try session.ledger("verify")
            #expect(verify.status == 0, "\(verify)")
            reads += 1
        } while writers.contains(where: \.isRunning) || reads < 2
        for writer in writers {
            let result = writer.wait()
            #expect(result.status == 0 && result.stderr.isEmpty, "\(result)")
        }
        #expect(try session.ledger("verify").stdout.hasPrefix("ok: 2,004 entries"))
        // Per writer: 500 entries, 500 different persons, in one unbroken run of seqs.
        let runs = try session.value("""
            SELECT group_concat(writer || ':' || entries || ',' || persons || ',' || span, ' ') FROM (
                SELECT substr(json_extract(payload, '$.id'), 1, 2) AS writer, count(*) AS entries,
                       count(DISTINCT json_extract(payload, '$.id')) AS persons, max(seq) - min(seq) + 1 AS span
                FROM journal WHERE kind = 'person.add' GROUP BY writer ORDER BY writer)
            """)
        #expect(runs == "W1:500,500,500 W2:500,500,500 W3:500,500,500 W4:500,500,500")
        #expect(try session.value("SELECT count(DISTINCT id) FROM persons") == "2000")
    }

    /// A writer finds the file locked (a `sqlite3` shell holding `BEGIN IMMEDIATE`): it waits,
    /// goes on when the lock is released within the busy timeout, and gives up with one line and
    /// exit 74 — not a crash, and not before the timeout — when it is not.
    @Test func aBlockedWriterWaitsAndGivesUpOnlyAfterTheBusyTimeout() throws {
        let session = try Session.withAgreements()
        var lock = try LockHolder(session)
        let waiting = try session.start(["party", "add", "PL", "--name", "Poland"])
        Thread.sleep(forTimeInterval: 2)
        #expect(waiting.isRunning, "a writer must wait for the lock, not fail at once")
        lock.release()
        let waited = waiting.wait()
        #expect(waited.status == 0, "\(waited)")

        let before = try dump(session.db)
        lock = try LockHolder(session)
        let clock = ContinuousClock()
        let started = clock.now
        let blocked = try session.ledger("party", "add", "CZ", "--name", "Czechia")
        let elapsed = started.duration(to: clock.now)
        lock.release()
        #expect(blocked.status == 74, "\(blocked)")
        #expect(blocked.errorLines == ["error: \(session.db): database is busy (another process kept it locked for more than 10 s); try again"])
        // The timeout is 10 s; a loose bound, so that a slow machine cannot make this fail.
        #expect(elapsed >= .seconds(8))
        #expect(try dump(session.db) == before)
    }
}

/// Another program holding the ledger's write lock: a `sqlite3` shell in the middle of a
/// `BEGIN IMMEDIATE` transaction, fed through a pipe, until it is told to commit.
private struct LockHolder {
    private let shell: RunningProcess
    private let input = Pipe()

    init(_ session: Session) throws {
        let marker = session.scratch.path("locked-\(UUID().uuidString)")
        shell = try RunningProcess(sqlite3Path, [session.db], input: input.fileHandleForReading)
        input.fileHandleForWriting.write(Data("BEGIN IMMEDIATE;\n.shell touch '\(marker)'\n".utf8))
        // The marker appears once the lock is held.
        while !FileManager.default.fileExists(atPath: marker) {
            guard shell.isRunning else { throw SetupFailed(result: shell.wait()) }
            Thread.sleep(forTimeInterval: 0.01)
        }
    }

    func release() {
        input.fileHandleForWriting.write(Data("COMMIT;\n".utf8))
        try? input.fileHandleForWriting.close()
        _ = shell.wait()
    }
}
