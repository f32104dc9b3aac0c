import Foundation
import LedgerTestSupport
import Testing

/// Backups an office can rely on: consistent while others write, checked, never half there.
@Suite struct BackupTests {
    @Test func aBackupTakenWhileFourWritersAppendIsCompleteUpToItsHeadAndVerifies() throws {
        let session = try Session.withAgreements()
        let files = try (1...4).map { n in try session.write("writer-\(n).csv", Session.generatedPersons(count: 400, prefix: "W\(n)")) }
        let writers = try files.map { try session.start(["person", "import", $0]) }
        let copy = session.scratch.path("copy.sqlite")
        let backup = try session.ledger("backup", copy)
        for writer in writers { #expect(writer.wait().status == 0) }
        #expect(backup.status == 0 && backup.stderr.isEmpty, "\(backup)")

        // Whole imports only, and the head printed is the copy's last entry, unchanged in the original.
        let head = try #require(backup.stdout.split(separator: "\n").first?.split(separator: " ").last.map(String.init))
        let seq = try #require(Int(head.prefix { $0 != ":" }))
        #expect([4, 404, 804, 1204, 1604].contains(seq), "\(backup)")
        #expect(backup.stdout.hasSuffix("check it later with: ledger verify --db \(copy) --expect-head \(head)\n"))
        let restoreCheck = try session.ledger(["verify", "--expect-head", head], db: copy)
        let grouped = seq >= 1000 ? "\(seq / 1000),\(String(seq % 1000 + 1000).dropFirst())" : "\(seq)"
        #expect(restoreCheck.status == 0 && restoreCheck.stdout.hasPrefix("ok: \(grouped) entries"), "\(restoreCheck)")
        #expect(try session.ledger("verify", "--expect-head", head).status == 0)
        let mode = try FileManager.default.attributesOfItem(atPath: copy)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(try session.value("SELECT count(*) FROM persons", db: copy) == String(seq - 4))
    }

    @Test func aBackupNeverReplacesAFile() throws {
        let session = try Session.withAgreements()
        let copy = try session.write("copy.sqlite", "someone's file\n")
        let result = try session.ledger("backup", copy)
        #expect(result.status == 74 && result.errorLines == ["error: \(copy): exists; a backup never replaces a file"], "\(result)")
        #expect(try String(contentsOfFile: copy, encoding: .utf8) == "someone's file\n")
    }

    /// Runs `ledger backup` with `folder` mounted as a small tmpfs with `options`, in a mount
    /// namespace of its own, so that a full disk or a read-only folder is real and needs no root.
    private func backupInto(_ session: Session, options: String) throws -> (result: ProcessResult, left: [String]) {
        let folder = session.scratch.path("usb")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let script = "mount -t tmpfs -o \(options) tmpfs '\(folder)' || exit 99; '\(ledgerBinary)' --db '\(session.db)' backup '\(folder)/copy.sqlite'; status=$?; ls -A '\(folder)' >&2; exit $status"
        let result = try run("/usr/bin/unshare", ["--user", "--map-root-user", "--mount", "/bin/sh", "-c", script], in: session.scratch.directory.path)
        let lines = result.errorLines
        return (result, Array(lines.dropFirst(lines.first?.hasPrefix("error: ") == true ? 1 : 0)))
    }

    @Test func aBackupToAFullDiskFailsCleanlyAndLeavesNothingBehind() throws {
        let session = try Session.withAgreements()
        try session.mustSucceed(["person", "import", try session.write("persons.csv", Session.generatedPersons(count: 2000))])
        let (result, left) = try backupInto(session, options: "size=64k")
        #expect(result.status == 74, "\(result)")
        #expect(result.errorLines.first?.hasPrefix("error: ") == true && result.errorLines.first?.contains("full") == true, "\(result)")
        #expect(left.isEmpty, "left behind: \(left)")
        #expect(try session.ledger("verify").status == 0)
    }

    @Test func aBackupIntoAReadOnlyFolderFailsCleanlyAndLeavesNothingBehind() throws {
        let session = try Session.withAgreements()
        let (result, left) = try backupInto(session, options: "ro")
        #expect(result.status == 74, "\(result)")
        #expect(result.errorLines.first == "error: \(session.scratch.path("usb"))/copy.sqlite: cannot write the backup: read-only file system", "\(result)")
        #expect(left.isEmpty, "left behind: \(left)")
    }
}
