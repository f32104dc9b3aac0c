import ArgumentParser

/// How a command prints what it found: `table` for people, `csv` and `json` for programs.
enum OutputFormat: String, CaseIterable, ExpressibleByArgument {
    case table
    case csv
    case json
}
