#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads answers typed at a terminal, a line at a time, with the keys a tired operator needs:
/// Tab completes, Backspace erases, Enter answers, Ctrl-C or Ctrl-D ends the dialogue. The terminal
/// is in raw mode from `init` to `restore`, so that Tab and Ctrl-C reach the program as keys
/// instead of moving the cursor or killing it half-way through a batch.
final class LineEditor {
    private var original = termios()

    /// Whether both standard input and output are a terminal: only then does anybody see a question.
    static var isInteractive: Bool { isatty(0) == 1 && isatty(1) == 1 }

    /// Puts the terminal in raw mode; `restore` gives it back as it was.
    init() {
        tcgetattr(0, &original)
        var raw = original
        raw.c_lflag &= ~tcflag_t(ICANON | ECHO | ISIG | IEXTEN)
        raw.c_iflag &= ~tcflag_t(IXON | ICRNL)
        // Output processing stays on, so that "\n" still starts a new line at the left.
        tcsetattr(0, TCSANOW, &raw)
    }

    func restore() {
        tcsetattr(0, TCSANOW, &original)
    }

    /// Shows `prompt` and returns the line typed after it. Tab completes the line to the longest
    /// start it shares with `completions`, and lists them when that adds nothing.
    /// Throws `Cancelled` on Ctrl-C, Ctrl-D or the end of input.
    func readLine(_ prompt: String, completions: [String] = []) throws(Cancelled) -> String {
        var text = ""
        redraw(prompt, text)
        while true {
            switch readByte() {
            case nil, 0x03, 0x04:
                Output.write("\n")
                Output.flush()
                throw Cancelled()
            case 0x0D, 0x0A:
                Output.write("\n")
                Output.flush()
                return text
            case 0x7F, 0x08:
                if !text.isEmpty { text.removeLast() }
            case 0x09:
                let matches = completions.filter { $0.hasPrefix(text) }
                let common = Self.commonPrefix(matches)
                if common.count > text.count {
                    text = common
                } else if matches.count > 1 {
                    Output.write("\n" + matches.joined(separator: "  ") + "\n")
                }
            case 0x1B:
                skipEscapeSequence()
            case let byte? where byte >= 0x20:
                text += readCharacter(startingWith: byte)
            default:
                break
            }
            redraw(prompt, text)
        }
    }

    private func redraw(_ prompt: String, _ text: String) {
        Output.write("\r\u{1B}[K" + prompt + text)
        Output.flush()
    }

    private func readByte() -> UInt8? {
        var byte: UInt8 = 0
        while true {
            let count = read(0, &byte, 1)
            if count == 1 { return byte }
            if count < 0 && errno == EINTR { continue }
            return nil
        }
    }

    /// The character whose UTF-8 encoding starts with `first`: Cyrillic place names are typed too.
    private func readCharacter(startingWith first: UInt8) -> String {
        let length = first >= 0xF0 ? 4 : first >= 0xE0 ? 3 : first >= 0xC0 ? 2 : 1
        var bytes = [first]
        while bytes.count < length, let next = readByte() { bytes.append(next) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Arrow and function keys send ESC [ … and a final letter; they move nothing here, and their
    /// bytes must not end up in the answer.
    private func skipEscapeSequence() {
        guard readByte() == UInt8(ascii: "[") else { return }
        while let byte = readByte(), !(0x40...0x7E).contains(byte) {}
    }

    private static func commonPrefix(_ words: [String]) -> String {
        guard var prefix = words.first else { return "" }
        for word in words.dropFirst() {
            while !word.hasPrefix(prefix) { prefix.removeLast() }
        }
        return prefix
    }
}
