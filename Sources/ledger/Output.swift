#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
        if !writeAll(buffer, to: 1) && writeFailure == nil {
            writeFailure = "cannot write the output: \(String(cString: strerror(errno)).lowercased())"
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes every byte, retrying after interruptions; false when the system refuses.
    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Bool {
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
