#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GRDB
import LedgerDomain

extension SQLiteLedger {
    /// Copies the ledger to `destination`, a new file (mode 0600), while others may go on writing:
    /// `VACUUM INTO` reads one snapshot of the file, so the copy holds every entry committed before
    /// it began and nothing half-written, where `cp` of a file in WAL mode can miss the last
    /// transactions or copy a page mid-write. The copy is made under a temporary name in the same
    /// folder, synced, checked with the full `verify`, and only then given its name: a full disk,
    /// a folder that cannot be written or a copy that fails its check leave nothing behind.
    public func backup(to destination: String, progress: ProgressHandler?) throws(LedgerError) -> VerifyReport {
        guard Self.fileKind(destination) == .missing else { throw .database("\(destination): exists; a backup never replaces a file") }
        let partial = "\(destination).\(getpid()).partial"
        let descriptor = Glibc.open(partial, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw .database("\(destination): cannot write the backup: \(Self.systemReason())") }
        close(descriptor)
        defer { for suffix in ["", "-wal", "-shm", "-journal"] { unlink(partial + suffix) } }
        try mappingErrors(path: destination) {
            try queue.writeWithoutTransaction { try $0.execute(sql: "VACUUM INTO ?", arguments: [partial]) }
        }
        let report = try Self.verifyCopy(partial, progress: progress)
        if report.failure != nil { return report }
        try Self.sync(partial, destination: destination)
        // link() gives the copy its name only if no file took that name meanwhile.
        guard link(partial, destination) == 0 else { throw .database("\(destination): cannot write the backup: \(Self.systemReason())") }
        try Self.sync(Self.folder(of: destination), destination: destination)
        return report
    }

    /// The full `verify` of the copy, on a connection of its own that is closed before the copy
    /// is named.
    private static func verifyCopy(_ path: String, progress: ProgressHandler?) throws(LedgerError) -> VerifyReport {
        let queue = try mappingErrors(path: path) { try DatabaseQueue(path: path, configuration: configuration()) }
        return try SQLiteLedger(path: path, queue: queue, actor: "backup", clock: systemClock).verify(expectedHead: nil, progress: progress)
    }

    private static func sync(_ path: String, destination: String) throws(LedgerError) {
        let descriptor = Glibc.open(path, O_RDONLY)
        guard descriptor >= 0, fsync(descriptor) == 0 else {
            let reason = systemReason()
            if descriptor >= 0 { close(descriptor) }
            throw .database("\(destination): cannot write the backup: \(reason)")
        }
        close(descriptor)
    }

    private static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    private static func systemReason() -> String { String(cString: strerror(errno)).lowercased() }
}
