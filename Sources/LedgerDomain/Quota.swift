/// How many a party agreed to release: a number, or `all` ("all for all").
public enum QuotaAmount: Sendable, Hashable, CustomStringConvertible {
    case count(Int)
    case all

    public var description: String {
        switch self {
        case .count(let count): String(count)
        case .all: "all"
        }
    }
}

/// One term of an agreement as written on the command line: `pow+civilian=1000`, `remains=6000`,
/// `pow=all`. The categories share one amount: "1,000 for 1,000" counted soldiers and civilians together.
public struct QuotaTerm: Sendable, Hashable {
    public var categories: [TransferCategory]
    public var amount: QuotaAmount

    /// Parses `CATEGORY[+CATEGORY…]=NUMBER|all`; the message names what is wrong.
    public init(parsing text: String) throws(LedgerError) {
        let sides = text.split(separator: "=", omittingEmptySubsequences: false)
        guard sides.count == 2 else {
            throw .usage("quota '\(text)' must look like pow+civilian=1000 or remains=all")
        }
        var categories: [TransferCategory] = []
        for name in sides[0].split(separator: "+", omittingEmptySubsequences: false) {
            guard let category = TransferCategory(rawValue: String(name)) else {
                let allowed = TransferCategory.allCases.map(\.rawValue).joined(separator: ", ")
                throw .usage("quota '\(text)': unknown category '\(name)' (one of \(allowed))")
            }
            guard !categories.contains(category) else { throw .usage("quota '\(text)' names \(category.rawValue) twice") }
            categories.append(category)
        }
        self.categories = categories.sorted()
        if sides[1] == "all" {
            amount = .all
        } else if let count = Day.naturalNumber(sides[1]), sides[1].count <= 9 {
            amount = .count(count)
        } else {
            throw .usage("quota '\(text)': the amount must be a whole number from 1 to 999999999, or all")
        }
    }

    public init(categories: [TransferCategory], amount: QuotaAmount) {
        self.categories = categories.sorted()
        self.amount = amount
    }
}

/// What one party agreed to release under an agreement, for a group of categories.
public struct Quota: Sendable, Hashable {
    /// The releasing party.
    public var party: String
    public var categories: [TransferCategory]
    public var amount: QuotaAmount

    public init(party: String, term: QuotaTerm) {
        self.party = party
        categories = term.categories
        amount = term.amount
    }

    /// The categories written as on the command line: `pow+civilian`.
    public var categoryLabel: String { categories.map(\.rawValue).joined(separator: "+") }

    init(payload: JSONValue) throws(PayloadError) {
        let reader = try PayloadReader(payload)
        party = try reader.string("party")
        var categories: [TransferCategory] = []
        for name in try reader.strings("categories") {
            guard let category = TransferCategory(rawValue: name) else { throw PayloadError("unknown quota category \(name)") }
            categories.append(category)
        }
        self.categories = categories
        if let count = try? reader.optionalInt("amount") {
            amount = .count(count)
        } else if try reader.string("amount") == "all" {
            amount = .all
        } else {
            throw PayloadError("\"amount\" is neither a number nor \"all\"")
        }
    }

    var payload: JSONValue {
        let amountValue: JSONValue = switch amount {
        case .count(let count): .int(Int64(count))
        case .all: .string("all")
        }
        return .object([
            "party": .string(party),
            "categories": .array(categories.map { .string($0.rawValue) }),
            "amount": amountValue,
        ])
    }
}
