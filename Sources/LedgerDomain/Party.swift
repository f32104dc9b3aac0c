/// A party to the conflict or an intermediary (`UA`, `RU`, `ICRC`).
public struct Party: Sendable, Hashable {
    public var code: String
    public var name: String

    /// Checks the code and name; throws every problem found.
    public init(code: String, name: String) throws(LedgerError) {
        var problems = ProblemList()
        if let problem = TextRules.partyCodeProblem(code) { problems.add(Problem(problem)) }
        let name = name.trimmingWhitespace
        if name.isEmpty { problems.add(Problem("party name is empty")) }
        if let problem = TextRules.freeTextProblem(name) { problems.add(Problem("party name \(problem)")) }
        try problems.throwIfAny()
        self.code = code
        self.name = name
    }

    init(payload: JSONValue) throws(PayloadError) {
        let reader = try PayloadReader(payload)
        code = try reader.string("code")
        name = try reader.string("name")
    }

    var payload: JSONValue { .object(["code": .string(code), "name": .string(name)]) }
}

extension String {
    /// CRLF line breaks as LF; a CR on its own stays (and is refused as a control character).
    var replacingCRLF: String {
        var scalars = String.UnicodeScalarView()
        var pendingCR = false
        for scalar in unicodeScalars {
            if pendingCR && scalar != "\n" { scalars.append("\r") }
            pendingCR = scalar == "\r"
            if !pendingCR { scalars.append(scalar) }
        }
        if pendingCR { scalars.append("\r") }
        return String(scalars)
    }

    /// The text without spaces, tabs and line breaks at either end.
    public var trimmingWhitespace: String {
        let scalars = unicodeScalars
        // Most fields have nothing to trim: give them back as they are, without a copy.
        if let first = scalars.first, let last = scalars.last, !first.isUnicodeWhitespace, !last.isUnicodeWhitespace { return self }
        guard let start = scalars.firstIndex(where: { !$0.isUnicodeWhitespace }) else { return "" }
        let end = scalars.lastIndex(where: { !$0.isUnicodeWhitespace })!
        return String(scalars[start...end])
    }
}

extension Unicode.Scalar {
    /// Unicode's White_Space property, without the property look-up for ASCII: within ASCII only
    /// tab, line feed, vertical tab, form feed, carriage return and space have it.
    var isUnicodeWhitespace: Bool {
        value < 0x80 ? (value >= 0x09 && value <= 0x0D) || value == 0x20 : properties.isWhitespace
    }
}

extension Party {
    public var projectedRows: [ProjectedRow] {
        [ProjectedRow("parties", ["code": .text(code), "name": .text(name)])]
    }
}
