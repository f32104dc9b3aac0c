import ArgumentParser

/// How a command prints what it found: `table` for people, `csv` and `json` for programs, `html`
/// for a page to print or send.
enum OutputFormat: String, CaseIterable, ExpressibleByArgument {
    case table
    case csv
    case json
    case html
}

extension OutputFormat {
    /// The format a file's name says: `.csv`, `.json` or `.html`, in any case; nil for another.
    init?(fileName: String) {
        guard let dot = fileName.lastIndex(of: "."), let format = OutputFormat(rawValue: fileName[fileName.index(after: dot)...].lowercased()),
              format != .table else { return nil }
        self = format
    }
}
