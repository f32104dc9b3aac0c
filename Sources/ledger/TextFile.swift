#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import LedgerDomain

/// Small text files the proof commands read and write: keys, checkpoints, proofs, a witness's
/// state. Written whole or not at all, readable by the owner only: a private key must never be
/// left half-written or readable by others, and a file someone relies on is never clobbered.
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

    /// Writes `text` to `path` with mode 0600, through a temporary file in the same folder, so that
    /// the file is either whole or absent. Without `replacing`, an existing file is refused and left
    /// as it is.
    static func write(_ text: String, to path: String, replacing: Bool) throws(LedgerError) {
        let temporary = "\(path).\(getpid()).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        guard descriptor >= 0 else { throw .database("\(path): cannot write: \(systemReason())") }
        var written = true
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let count = bytes[offset...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { written = false; break }
            offset += count
        }
        let failure = written && fsync(descriptor) == 0 ? nil : systemReason()
        close(descriptor)
        if let failure {
            unlink(temporary)
            throw .database("\(path): cannot write: \(failure)")
        }
        // link() refuses an existing name, where rename() would replace it.
        let placed = replacing ? rename(temporary, path) == 0 : link(temporary, path) == 0
        let reason = placed ? nil : (errno == EEXIST ? "the file exists; it is not replaced" : systemReason())
        unlink(temporary)
        if let reason { throw .database("\(path): cannot write: \(reason)") }
    }

    private static func systemReason() -> String {
        String(cString: strerror(errno)).lowercased()
    }
}
