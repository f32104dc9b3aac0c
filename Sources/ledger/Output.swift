#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import LedgerDomain

/// Writes to stdout through one buffer, so long listings are fast, and to stderr a line at a time.
/// The tool is single-threaded: the buffer is touched by one thread at a time, the main thread or
/// the database queue's while the main thread waits for a read that prints rows as they come.
enum Output {
    nonisolated(unsafe) private static var buffer: [UInt8] = []
    /// Why writing to stdout failed (a full disk, a closed file), if it did: the command then
    /// ends with exit 74 instead of claiming success over a truncated output.
    nonisolated(unsafe) private(set) static var writeFailure: String?
    private static let bufferLimit = 1 << 16

    static func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= bufferLimit { flush() }
    }

    static func line(_ text: String) {
        write(text + "\n")
    }

    static func error(_ text: String) {
        flush()
        _ = writeAll(Array((text + "\n").utf8), to: 2)
    }

    /// Rewrites the current line of stderr in place (for progress on a terminal).
    static func status(_ text: String) {
        flush()
        _ = writeAll(Array("\r\u{1B}[K\(text)".utf8), to: 2)
    }

    static func flush() {
        let written = file == nil ? writeAll(buffer, to: 1) : file!.write(buffer)
        if !written && writeFailure == nil {
            writeFailure = "cannot write the output\(file.map { " to \($0.path)" } ?? ""): \(String(cString: strerror(errno)).lowercased())"
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// The file `--output` names, while it is written; stdout when nil.
    nonisolated(unsafe) private static var file: PendingFile?
    nonisolated(unsafe) private static var replacing = false

    /// From now on, what would go to stdout goes to `path`, which gets its name only when the
    /// command succeeds (`close`).
    static func redirect(to path: String, replacing: Bool) throws(LedgerError) {
        file = try PendingFile(path)
        self.replacing = replacing
    }

    /// Ends the output: a file of `--output` is given its name when the command succeeded and
    /// everything was written, else dropped. Throws when it cannot be named.
    static func close(succeeded: Bool) throws(LedgerError) {
        flush()
        guard let file else { return }
        self.file = nil
        guard succeeded && writeFailure == nil else { return file.discard() }
        try file.commit(replacing: replacing)
    }

    /// Writes every byte, retrying after interruptions; false when the system refuses.
    static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { return false }
            offset += written
        }
        return true
    }
}
