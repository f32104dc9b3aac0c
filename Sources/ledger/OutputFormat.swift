import ArgumentParser

/// How a command prints what it found: `table` for people, `csv` and `json` for programs, `html`
/// for a page to print or send.
enum OutputFormat: String, CaseIterable, ExpressibleByArgument {
    case table
    case csv
    case json
    case html
}
