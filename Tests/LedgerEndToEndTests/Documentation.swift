import Foundation

/// The repository's documentation as a reader finds it: README.md at the top, the rest in docs/.
enum Documentation {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").standardized

    /// The text of a file of the repository, by its path from the top (`README.md`,
    /// `docs/journal.md`); empty when it is missing, so that every test reading it fails.
    static func file(_ path: String) -> String {
        (try? String(contentsOf: repository.appendingPathComponent(path), encoding: .utf8)) ?? ""
    }

    /// The text between two markers of `text`; empty when either is missing.
    static func section(of text: String, from start: String, to end: String) -> String {
        guard let from = text.range(of: start), let to = text.range(of: end, range: from.upperBound..<text.endIndex) else { return "" }
        return String(text[from.upperBound..<to.lowerBound])
    }

    /// The Markdown files a reader can reach: README.md and every file of docs/, as paths from the top.
    static func markdownFiles() -> [String] {
        let docs = (try? FileManager.default.contentsOfDirectory(atPath: repository.appendingPathComponent("docs").path)) ?? []
        return ["README.md"] + docs.filter { $0.hasSuffix(".md") }.sorted().map { "docs/\($0)" }
    }

    /// The path from the top of the repository of `link`, a relative link written in the file `from`.
    static func path(_ link: String, from file: String) -> String {
        var components = file.split(separator: "/").dropLast().map(String.init)
        for component in link.split(separator: "/").map(String.init) {
            if component == ".." { if components.popLast() == nil { return "../" + link } } else if component != "." { components.append(component) }
        }
        return components.joined(separator: "/")
    }

    /// The anchors of the headings of a Markdown text, outside fenced code.
    static func anchors(_ text: String) -> [String] {
        var fenced = false, anchors: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```") { fenced.toggle() }
            guard !fenced, line.hasPrefix("#") else { continue }
            anchors.append(anchor(String(line.drop { $0 == "#" }.drop { $0 == " " })))
        }
        return anchors
    }

    /// The anchor GitHub gives a heading: lower case, spaces as `-`, punctuation other than `-` and
    /// `_` dropped (`Batches (`ledger add`)` → `batches-ledger-add`).
    static func anchor(_ heading: String) -> String {
        String(heading.lowercased().unicodeScalars.compactMap { scalar -> Character? in
            if scalar == " " { return "-" }
            if scalar == "-" || scalar == "_" || scalar.properties.isAlphabetic || scalar.properties.numericType != nil { return Character(scalar) }
            return nil
        })
    }
}
