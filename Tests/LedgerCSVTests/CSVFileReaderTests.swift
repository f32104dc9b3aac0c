import Foundation
import Testing
@testable import LedgerCSV

/// A fresh directory under the system's temporary directory, removed when the test is done.
final class TemporaryDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("ledger-csv-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: false)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    func write(_ bytes: [UInt8], to name: String) throws -> String {
        let file = url.appendingPathComponent(name)
        try Data(bytes).write(to: file)
        return file.path
    }
}

@Suite("CSVReader(path:)")
struct CSVFileReaderTests {
    static let bufferSize = 1 << 16

    /// Complete records of filler that make `count` bytes exactly (count ≥ 2).
    static func filler(_ count: Int) -> [UInt8] {
        var out: [UInt8] = []
        var index = 0
        while count - out.count > 64 {
            out += Array("fill-\(index),Жжжж,\"quoted, with comma\"\n".utf8)
            index += 1
        }
        let rest = count - out.count
        out += Array(repeating: UInt8(ascii: "f"), count: rest - 1) + [0x0A]
        return out
    }

    /// Pieces whose byte at `critical` must meet the 64 KiB boundary: line ends, doubled quotes,
    /// multi-byte characters, quoted line breaks, empty lines and bad records.
    static let probes: [(name: String, bytes: [UInt8], critical: Int)] = [
        ("CRLF", Array("x,y\r\nz\r\n".utf8), 3),
        ("doubled quote", Array("\"a\"\"b\",c\n".utf8), 2),
        ("Cyrillic and emoji", Array("Жё😀,z\n".utf8), 1),
        ("emoji", Array("😀😀,z\n".utf8), 2),
        ("quoted line break", Array("\"line1\r\nline2\",q\n".utf8), 6),
        ("empty lines", Array("\n\r\n\n\r\nz\n".utf8), 2),
        ("text after quote", Array("\"a\"b,c\nnext\n".utf8), 3),
        ("bare CR", Array("a\rb,c\nnext\n".utf8), 1),
        ("invalid UTF-8", Array("ab".utf8) + [0xD0] + Array(",c\nnext\n".utf8), 2),
        ("unterminated quote", Array("x,\"never closed\n".utf8), 2),
    ]

    @Test("records that straddle the 64 KiB buffer read as from memory", arguments: probes.indices)
    func straddlingRecords(probe: Int) throws {
        let directory = try TemporaryDirectory()
        let (name, bytes, critical) = Self.probes[probe]
        for shift in -4...4 {
            let prefix = Self.filler(Self.bufferSize - critical + shift)
            let content = prefix + bytes + Self.filler(100)
            // The probe does straddle the boundary for the shifts around zero.
            if shift == 0 { #expect(Array(content[Self.bufferSize...].prefix(bytes.count - critical)) == Array(bytes[critical...])) }
            let path = try directory.write(content, to: "probe-\(probe)-\(shift).csv")
            let fromFile = readAll(try CSVReader(path: path))
            let fromMemory = readAll(bytes: content)
            #expect(fromFile == fromMemory, "probe \(name), shift \(shift)")
            #expect(fromFile.count > 1000)
        }
    }

    @Test("a byte-order mark, and a file of several buffers, read as from memory")
    func largeFile() throws {
        let directory = try TemporaryDirectory()
        var content: [UInt8] = [0xEF, 0xBB, 0xBF]
        var index = 0
        while content.count < 5 * Self.bufferSize + 123 {
            let row = "P-\(index),\"Петренко, Іван\",\"say \"\"hi\"\"\r\nnext line\",😀👍🏽,\(index * 7919 % 1000)\r\n"
            content += Array(row.utf8)
            if index % 97 == 0 { content += Array("\n\r\n".utf8) }
            index += 1
        }
        let path = try directory.write(content, to: "large.csv")
        let fromFile = readAll(try CSVReader(path: path))
        #expect(fromFile == readAll(bytes: content))
        #expect(fromFile.count == index)
        #expect(fromFile.first == record(["P-0", "Петренко, Іван", "say \"hi\"\r\nnext line", "😀👍🏽", "0"], line: 1, at: [(1, 1), (1, 5), (1, 22), (2, 12), (2, 16)]))
    }

    @Test("a field too long, read across buffers, is refused where it is from memory", arguments: [0, 1, 2, 3])
    func tooLongFieldAcrossBuffers(offset: Int) throws {
        let directory = try TemporaryDirectory()
        // Two-byte letters, so that the limit falls inside a letter for one offset and between two for the next.
        let content = Array((String(repeating: "a", count: offset) + "x," + String(repeating: "Ж", count: CSVReader.maximumFieldBytes / 2 + 1) + ",y\nnext\n").utf8)
        let path = try directory.write(content, to: "long-\(offset).csv")
        let fromFile = readAll(try CSVReader(path: path))
        #expect(fromFile == readAll(bytes: content))
        #expect(fromFile.first == error(1, offset + 3 + CSVReader.maximumFieldBytes / 2, "field longer than 65536 bytes"))
        #expect(fromFile.count == 2)
    }

    @Test("an empty file has no records")
    func emptyFile() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write([], to: "empty.csv")
        #expect(readAll(try CSVReader(path: path)) == [])
    }

    @Test("a missing file throws CSVFileError")
    func missingFile() throws {
        let directory = try TemporaryDirectory()
        let path = directory.url.appendingPathComponent("missing.csv").path
        #expect(throws: CSVFileError(path: path, reason: "no such file or directory")) { try CSVReader(path: path) }
    }

    @Test("a directory throws CSVFileError")
    func directory() throws {
        let directory = try TemporaryDirectory()
        #expect(throws: CSVFileError(path: directory.url.path, reason: "is a directory")) { try CSVReader(path: directory.url.path) }
    }
}

@Suite("CSVReader(path:) read failures")
struct CSVReadFailureTests {
    /// Reading /proc/self/mem from offset 0 fails with an I/O error on Linux: the reader must say
    /// so, not take it for the end of an empty file.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/proc/self/mem")))
    func aReadErrorIsAnErrorNotTheEnd() throws {
        let reader = try CSVReader(path: "/proc/self/mem")
        #expect(throws: CSVError.self) { _ = try reader.next() }
        do {
            _ = try reader.next()
        } catch {
            #expect(error.message.hasPrefix("cannot read the file: "))
        }
    }
}
