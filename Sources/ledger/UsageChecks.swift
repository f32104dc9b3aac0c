import ArgumentParser
import LedgerDomain

/// Checks of typed values that need no database, for `validate()`: a mistake there is a usage
/// error (exit 64) found before any file is opened. The rules are the domain's own; the domain
/// applies them again to everything that reaches the ledger by other ways.
enum UsageChecks {
    /// `label` names the option the code came from; the message names a party code already.
    static func partyCode(_ code: String, _ label: String? = nil) throws {
        if let problem = TextRules.partyCodeProblem(code) { throw ValidationError((label.map { "\($0): " } ?? "") + problem) }
    }

    static func identifier(_ id: String, _ label: String) throws {
        if let problem = TextRules.identifierProblem(id) { throw ValidationError("\(label) \(problem)") }
    }

    /// The codes of a comma-separated list of parties (`--parties UA,RU`), as typed.
    static func partyCodes(_ list: String) -> [String] {
        list.split(separator: ",", omittingEmptySubsequences: false).map { String($0).trimmingWhitespace }
    }
}
