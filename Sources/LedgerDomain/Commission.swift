/// A member's place on a mixed medical commission (GC III Art. 112, Annex II): two members come
/// from a neutral country, one is named by the detaining party.
public enum CommissionRole: String, Sendable, Hashable, CaseIterable {
    case neutral
    case detaining
}

public struct CommissionMember: Sendable, Hashable, CustomStringConvertible {
    public var name: String
    public var role: CommissionRole

    public init(name: String, role: CommissionRole) {
        self.name = name
        self.role = role
    }

    /// `Dr A (neutral)`: the form `--members` takes and the one shown back.
    public var description: String { "\(name) (\(role.rawValue))" }
}

/// How the commission voted on its finding: votes for and against; every member votes.
public struct CommissionVote: Sendable, Hashable, CustomStringConvertible {
    public var inFavour: Int
    public var against: Int

    public init(inFavour: Int, against: Int) {
        self.inFavour = inFavour
        self.against = against
    }

    /// `2-1`: for, then against.
    public var description: String { "\(inFavour)-\(against)" }
}

/// The rules of Annex II: three members, two neutral and one of the detaining party, deciding by
/// majority. Each function returns the problem in words, for the field it concerns.
public enum Commission {
    public static let size = 3

    /// Reads `Dr A (neutral), Dr B (neutral), Dr C (detaining)`. A member ends at the closing
    /// parenthesis of their role, so a name may itself hold a comma ("Hartmann, MD").
    public static func members(_ text: String) -> Result<[CommissionMember], MessageProblem> {
        var members: [CommissionMember] = []
        var rest = Substring(text.trimmingWhitespace)
        while !rest.isEmpty {
            guard let open = rest.firstIndex(of: "("), let close = rest[open...].firstIndex(of: ")") else {
                return .failure(MessageProblem("'\(TextRules.visible(String(rest)))' has no role; write each member as NAME (neutral) or NAME (detaining)"))
            }
            let name = String(rest[..<open]).trimmingWhitespace
            let roleText = String(rest[rest.index(after: open)..<close]).trimmingWhitespace
            guard let role = CommissionRole(rawValue: roleText) else {
                return .failure(MessageProblem("role '\(TextRules.visible(roleText))' of \(TextRules.visible(name)) is not neutral or detaining"))
            }
            if name.isEmpty { return .failure(MessageProblem("a \(role.rawValue) member has no name")) }
            if let problem = TextRules.freeTextProblem(name) { return .failure(MessageProblem("member name \(problem)")) }
            if name.count > 200 { return .failure(MessageProblem("member name is longer than 200 characters")) }
            members.append(CommissionMember(name: name, role: role))
            // Separators and blanks between members, however many, are only separators.
            rest = rest[rest.index(after: close)...].drop { $0 == " " || $0 == "\t" || $0 == "," || $0 == ";" }
        }
        let neutral = members.filter { $0.role == .neutral }.count
        guard members.count == size, neutral == 2 else {
            return .failure(MessageProblem("a mixed medical commission has \(size) members, two neutral and one named by the detaining party (GC III Annex II); got \(members.count): \(neutral) neutral, \(members.count - neutral) detaining"))
        }
        let names = members.map { $0.name.lowercased() }
        if Set(names).count != names.count { return .failure(MessageProblem("a member is named twice")) }
        return .success(members)
    }

    /// Reads `2-1` (for, against) and accepts only a majority of all members for the finding.
    public static func vote(_ text: String) -> Result<CommissionVote, MessageProblem> {
        let parts = text.trimmingWhitespace.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, let inFavour = Day.digits(parts[0]), let against = Day.digits(parts[1]),
              parts.allSatisfy({ $0.count == 1 }) else {
            return .failure(MessageProblem("'\(TextRules.visible(text))' is not a vote; write votes for and against, e.g. 2-1"))
        }
        guard inFavour + against == size else {
            return .failure(MessageProblem("vote \(text) counts \(inFavour + against) votes; all \(size) members vote"))
        }
        guard inFavour > against else {
            return .failure(MessageProblem("vote \(text) is not a majority for the finding; the commission decides by majority (GC III Annex II)"))
        }
        return .success(CommissionVote(inFavour: inFavour, against: against))
    }
}

/// A problem described in words only, for the caller to place.
public struct MessageProblem: Error, Sendable, Hashable {
    public var message: String
    public init(_ message: String) { self.message = message }
}
