import Foundation
import LedgerDomain
import LedgerTestSupport
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A ledger file damaged, made unwritable or on a full disk: one clear line and exit 74, never a
/// crash, and the file's bytes as they were — nothing "repaired". (A missing file, a directory,
/// a text file and another program's database: `IntegrityTests`.)
@Suite struct DamagedFileTests {
    /// A ledger of a few dozen pages: the agreements and 300 persons.
    private func ledger() throws -> Session {
        let session = try Session.withAgreements()
        try session.mustSucceed(["person", "import", try session.write("persons.csv", Session.generatedPersons(count: 300))])
        return session
    }

    enum Damage: String, CaseIterable {
        case truncatedToHalf, randomBytesInTheMiddle, randomBytesOverThePersonsTable, randomBytesOverAnIndex
    }

    @Test(arguments: Damage.allCases)
    func aDamagedFileIsADatabaseErrorAndStaysAsItIs(_ damage: Damage) throws {
        let session = try ledger()
        let pageSize = 4096
        let size = try FileManager.default.attributesOfItem(atPath: session.db)[.size] as? Int ?? 0
        let middle = UInt64(size / pageSize / 2 * pageSize)
        let file = try FileHandle(forUpdating: URL(fileURLWithPath: session.db))
        // Whole pages of seeded random bytes: the damage is the same on every run.
        var random = SplitMix64(seed: 8)
        let noise = Data((0..<pageSize).map { _ in UInt8.random(in: 0...255, using: &random) })
        switch damage {
        case .truncatedToHalf:
            try file.truncate(atOffset: middle)
        case .randomBytesInTheMiddle:
            try file.seek(toOffset: middle)
            try file.write(contentsOf: noise)
        case .randomBytesOverThePersonsTable, .randomBytesOverAnIndex:
            // The index is a page the replay never reads: only a check of the file's pages finds it.
            let name = damage == .randomBytesOverAnIndex ? "sqlite_autoindex_persons_1" : "persons"
            let page = try #require(Int(try session.value("SELECT rootpage FROM sqlite_schema WHERE name = '\(name)'")))
            try file.seek(toOffset: UInt64((page - 1) * pageSize))
            try file.write(contentsOf: noise)
        }
        try file.close()
        let damaged = try Data(contentsOf: URL(fileURLWithPath: session.db))

        let result = try session.ledger("verify")
        #expect(result.status == 74, "\(result)")
        #expect(result.errorLines.count == 1 && result.stderr.hasPrefix("error: \(session.db): database file is damaged ("), "\(result)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: session.db)) == damaged)
    }

    /// Root ignores file permissions, so as root the file is made immutable instead (`chattr +i`),
    /// which binds root too.
    @Test(.enabled(if: ReadOnlyFile.possible,
                   "running as root, which file permissions do not bind, and `chattr +i` is not available here"))
    func aReadOnlyFileCanBeReadButNotWritten() throws {
        let session = try ledger()
        let before = try Data(contentsOf: URL(fileURLWithPath: session.db))
        let readOnly = try ReadOnlyFile(session.db)
        defer { readOnly.restore() }

        let write = try session.ledger("party", "add", "PL", "--name", "Poland")
        #expect(write.status == 74, "\(write)")
        #expect(write.errorLines == ["error: \(session.db): database is read-only"])
        let verify = try session.ledger("verify")
        #expect(verify.status == 0 && verify.stdout.hasPrefix("ok: 304 entries"), "\(verify)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: session.db)) == before)
    }

    /// The ledger on a file system of 1 MiB (a tmpfs in a private mount namespace, gone when the
    /// command ends), and an import that needs more.
    @Test(.enabled(if: FullDisk.unshare != nil, "mounting a tmpfs in a private mount namespace is not allowed here"))
    func anImportOntoAFullDiskFailsAndChangesNothing() throws {
        let session = try Session.withAgreements()
        let csv = try session.write("persons.csv", Session.generatedPersons(count: 5_000))
        let mountPoint = session.scratch.path("small-disk"), after = session.scratch.path("after")
        for folder in [mountPoint, after] { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false) }
        let onDisk = mountPoint + "/ledger.sqlite"
        let script = """
            mount -t tmpfs -o size=1m tmpfs "$1" || exit 99
            cp "$2" "$1/ledger.sqlite"
            LEDGER_ACTOR=e2e "$3" --db "$1/ledger.sqlite" person import "$4"
            status=$?
            cp "$1"/ledger.sqlite* "$5"/
            exit $status
            """
        let result = try run("/usr/bin/env", try #require(FullDisk.unshare) + ["/bin/sh", "-c", script, "sh", mountPoint, session.db, ledgerBinary, csv, after])
        #expect(result.status == 74, "\(result)")
        #expect(result.errorLines == ["error: \(onDisk): disk full, nothing was written"], "\(result)")
        #expect(try dump(after + "/ledger.sqlite") == (try dump(session.db)))
        #expect(try session.ledger(["verify"], db: after + "/ledger.sqlite").status == 0)
    }
}

/// A file made unwritable in a way that binds the current user: mode 0400, or for root, which
/// permissions do not bind, the immutable attribute.
struct ReadOnlyFile {
    let path: String
    private static let asRoot = geteuid() == 0

    init(_ path: String) throws {
        self.path = path
        if Self.asRoot {
            let result = try run("/usr/bin/env", ["chattr", "+i", path])
            guard result.status == 0 else { throw SetupFailed(result: result) }
        } else {
            try FileManager.default.setAttributes([.posixPermissions: 0o400], ofItemAtPath: path)
        }
    }

    /// Makes the file writable again, so that the scratch folder can be removed.
    func restore() {
        if Self.asRoot { _ = try? run("/usr/bin/env", ["chattr", "-i", path]) }
    }

    static let possible: Bool = {
        guard asRoot, let scratch = try? Scratch(), let probe = try? scratch.write("probe", "") else { return !asRoot }
        guard let file = try? ReadOnlyFile(probe) else { return false }
        file.restore()
        return true
    }()
}

enum FullDisk {
    /// How to start a program in a private mount namespace where it may mount a tmpfs: as root
    /// directly, else as root of a new user namespace; nil when neither is allowed.
    static let unshare: [String]? = {
        guard let scratch = try? Scratch() else { return nil }
        for command in [["unshare", "--mount", "--propagation", "private"], ["unshare", "--user", "--map-root-user", "--mount"]] {
            let probe = try? run("/usr/bin/env", command + ["/bin/sh", "-c", "mount -t tmpfs -o size=1m tmpfs '\(scratch.directory.path)'"])
            if probe?.status == 0 { return command }
        }
        return nil
    }()
}
