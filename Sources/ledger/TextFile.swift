#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import LedgerDomain

/// Small text files the proof commands read and write: keys, checkpoints, proofs, a witness's
/// state; and every file written with `--output`.
enum TextFile {
    /// The largest file read: every file here is a few kilobytes; a larger one is not of these kinds.
    static let largest = 1 << 20

    /// The file's text; `.inputUnavailable` when it cannot be read, `.rejected` when it is not UTF-8.
    static func read(_ path: String) throws(LedgerError) -> String {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw .inputUnavailable(path: path, reason: systemReason()) }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count >= 0 else { throw .inputUnavailable(path: path, reason: systemReason()) }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[..<count])
            guard bytes.count <= largest else { throw .rejected([Problem("larger than \(largest.grouped) bytes; not a key, checkpoint or proof", at: SourceLocation(file: path))]) }
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw .rejected([Problem("not UTF-8 text", at: SourceLocation(file: path))])
        }
        return text
    }

    /// Writes `text` to `path` whole or not at all, mode 0600 (see `PendingFile`).
    static func write(_ text: String, to path: String, replacing: Bool) throws(LedgerError) {
        let file = try PendingFile(path)
        guard file.write(Array(text.utf8)) else {
            file.discard()
            throw .database("\(path): cannot write: \(systemReason())")
        }
        try file.commit(replacing: replacing)
    }

    static func systemReason() -> String {
        String(cString: strerror(errno)).lowercased()
    }
}

/// A file being written: under a temporary name in the same folder, readable by its owner only,
/// and given its name only once whole and synced, so that a reader never finds half of it and a
/// failed command leaves nothing. Private keys, and reports with names and medical findings, are
/// written so.
struct PendingFile {
    let path: String
    private let temporary: String
    private let descriptor: Int32

    init(_ path: String) throws(LedgerError) {
        self.path = path
        temporary = "\(path).\(getpid()).partial"
        descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw .database("\(path): cannot write: \(TextFile.systemReason())") }
    }

    /// Writes every byte; false when the system refuses (a full disk), with `errno` set.
    func write(_ bytes: [UInt8]) -> Bool {
        Output.writeAll(bytes, to: descriptor)
    }

    /// Syncs the file and gives it its name. Without `replacing`, a file that has the name already
    /// is kept as it is and the new one dropped.
    func commit(replacing: Bool) throws(LedgerError) {
        var reason: String?
        if fsync(descriptor) != 0 { reason = TextFile.systemReason() }
        close(descriptor)
        if reason == nil {
            // link() refuses an existing name, where rename() replaces it.
            let placed = replacing ? rename(temporary, path) == 0 : link(temporary, path) == 0
            if !placed { reason = errno == EEXIST ? "the file exists; it is not replaced" : TextFile.systemReason() }
        }
        unlink(temporary)
        if let reason { throw .database("\(path): cannot write: \(reason)") }
        // The new name is on disk only once its folder is: a witness's state that a power cut
        // could take back would let it cosign what it refused.
        let folder = Glibc.open(Self.folder(of: path), O_RDONLY)
        guard folder >= 0 else { throw .database("\(path): cannot write: \(TextFile.systemReason())") }
        defer { Glibc.close(folder) }
        if fsync(folder) != 0 { throw .database("\(path): cannot write: \(TextFile.systemReason())") }
    }

    private static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// Drops the file: the command failed.
    func discard() {
        close(descriptor)
        unlink(temporary)
    }
}
