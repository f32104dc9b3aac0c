import Foundation
import LedgerTestSupport
import Testing

/// docs/guarantees.md: a command killed at any moment — a power cut, the OOM killer, an operator's `kill -9` —
/// leaves the ledger as it was before the command or as it is after it, never in between, and
/// always readable. Sizes are small enough for the debug binary; `bench/soak-crash` runs the same
/// attack with 200,000 rows on a release build.
@Suite struct CrashTests {
    static let importedPersons = 4_000
    static let manifestPersons = 2_000
    static let kills = 22

    @Test func anImportKilledAtAnyMomentLeavesAllRowsOrNone() throws {
        let session = try Session.withAgreements()
        let csv = try session.write("persons.csv", Session.generatedPersons(count: Self.importedPersons))
        try killRepeatedly(session, ["person", "import", csv],
                           state: "SELECT (SELECT count(*) FROM persons) || ' persons, head ' || (SELECT max(seq) FROM journal)")
    }

    @Test func aNamedBatchKilledAtAnyMomentMovesEveryoneOrNobody() throws {
        let session = try Session.withAgreements()
        try session.mustSucceed(["person", "import", try session.write("persons.csv", Session.generatedPersons(count: Self.manifestPersons))])
        let ids = (1...Self.manifestPersons).map { Session.generatedID($0) }
        let manifest = try session.write("manifest.csv", "id\n" + ids.joined(separator: "\n") + "\n")
        try killRepeatedly(session, ["add", "--agreement", "IST-2025-05-16", "--from", "UA", "--to", "RU", "--on", "2025-05-23",
                                     "--manifest", manifest, "--over-quota-reason", "crash test: more than the quota"],
                           state: """
                               SELECT (SELECT count(*) FROM persons WHERE status = 'repatriated') || ' repatriated, '
                                   || (SELECT count(*) FROM batches) || ' batches, head ' || (SELECT max(seq) FROM journal)
                               """)
    }

    /// Runs `arguments` once to its end, to learn how long it takes and what it leaves (`state`,
    /// a summary read with the sqlite3 shell); then, each time on a fresh copy of the ledger, kills
    /// it with SIGKILL at moments spread from 3% to 110% of that time, so that the last kills fall
    /// around the commit, the checkpoint and the closing of the file. After every kill the ledger must
    /// open, verify, and be exactly as before (the same dump) or hold everything the command does.
    private func killRepeatedly(_ session: Session, _ arguments: [String], state: String) throws {
        let original = session.scratch.path("original.sqlite")
        try FileManager.default.copyItem(atPath: session.db, toPath: original)
        let before = try dump(original)

        let clock = ContinuousClock()
        let started = clock.now
        try session.mustSucceed(arguments)
        let duration = started.duration(to: clock.now)
        let complete = try session.value(state)

        var interrupted = 0
        for kill in 0..<Self.kills {
            let copy = session.scratch.path("killed-\(kill).sqlite")
            try FileManager.default.copyItem(atPath: original, toPath: copy)
            let command = try session.start(arguments, db: copy)
            Thread.sleep(forTimeInterval: (duration * (0.03 + 1.07 * Double(kill) / Double(Self.kills - 1))).seconds)
            command.kill()
            let ended = command.wait()
            #expect(ended.killed || ended.status == 0, "kill \(kill): \(ended)")

            let verify = try session.ledger(["verify"], db: copy)
            #expect(verify.status == 0, "kill \(kill): \(verify)")
            if try dump(copy) == before {
                interrupted += 1
            } else {
                #expect(try session.value(state, db: copy) == complete, "kill \(kill) left a state between before and after")
            }
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: copy + suffix) }
        }
        // The early kills must have interrupted the command, or the attack proved nothing.
        #expect(interrupted > 0)
    }
}

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
