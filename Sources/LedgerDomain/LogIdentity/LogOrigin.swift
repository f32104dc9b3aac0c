/// The name a ledger's checkpoints carry, e.g. `coordination-hq.example/exchanges`: a schema-less
/// URL that no other log uses, chosen by the operator and recorded once (docs/proofs.md). Whoever
/// checks a checkpoint checks its origin, so that a checkpoint of one log cannot pass for another's.
public struct LogOrigin: Sendable, Hashable {
    public var origin: String

    /// An origin as recorded, read back; `init(origin:facts:)` checks a new one.
    public init(origin: String) { self.origin = origin }

    public struct Facts: Sendable {
        /// The origin already recorded, if any.
        public var recorded: String?
        public init(recorded: String?) { self.recorded = recorded }
    }

    /// The longest origin: it is the first line of every checkpoint.
    public static let longest = 200

    /// Checks a new origin: printable ASCII without spaces or `+`, so that it reads the same in any
    /// tool and can name a key; at most `longest` characters; and the first for this ledger, since a
    /// log that changed its name would make its earlier checkpoints another log's.
    public init(origin: String, facts: Facts) throws(LedgerError) {
        var problems = ProblemList()
        if let recorded = facts.recorded {
            problems.add(Problem("this ledger's origin is already \(recorded); a ledger has one origin for all its checkpoints"))
        }
        if origin.isEmpty {
            problems.add(Problem("the origin is empty"))
        } else if let bad = origin.unicodeScalars.first(where: { !Self.allowed($0) }) {
            problems.add(Problem("the origin '\(TextRules.visible(origin))' contains U+\(TextRules.hex(bad)); use letters, digits and punctuation without spaces or '+', e.g. coordination-hq.example/exchanges"))
        }
        if origin.unicodeScalars.count > Self.longest {
            problems.add(Problem("the origin has \(origin.unicodeScalars.count) characters; at most \(Self.longest)"))
        }
        try problems.throwIfAny()
        self.init(origin: origin)
    }

    private static func allowed(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value > 0x20 && scalar.value < 0x7F && scalar != "+"
    }

    init(payload: JSONValue) throws(PayloadError) {
        origin = try PayloadReader(payload).string("origin")
    }

    var payload: JSONValue { .object(["origin": .string(origin)]) }

    public var projectedRows: [ProjectedRow] {
        [ProjectedRow("log_origin", ["only": .integer(1), "origin": .text(origin)])]
    }
}
