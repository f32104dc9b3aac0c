/// What `verify` found: the number of entries and the head, or the first thing that is wrong.
public struct VerifyReport: Sendable, Hashable {
    /// The first entry found wrong, or nil when the problem is not tied to one entry (a missing trigger).
    public struct Failure: Sendable, Hashable, CustomStringConvertible {
        public var seq: Int64?
        public var message: String

        public init(seq: Int64?, message: String) {
            self.seq = seq
            self.message = message
        }

        public var description: String { seq.map { "seq \($0): \(message)" } ?? message }
    }

    public var entries: Int64
    public var head: JournalEntry?
    public var failure: Failure?

    public init(entries: Int64, head: JournalEntry?, failure: Failure?) {
        self.entries = entries
        self.head = head
        self.failure = failure
    }
}

/// An entry the operator wrote down earlier (`ledger head`), to prove later that it is unchanged.
public struct ExpectedHead: Sendable, Hashable, CustomStringConvertible {
    public var seq: Int64
    public var hash: String

    /// Parses `SEQ:HASH` as `ledger head` prints it; `0:` and 64 zeros is the head of an empty
    /// journal, which every journal still has.
    public init(parsing text: String) throws(LedgerError) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        let start = parts.count == 2 && parts[0] == "0" && parts[1] == JournalEntry.genesisHash
        guard start || (parts.count == 2 && Day.naturalNumber(parts[0]) != nil && parts[1].count == 64
                        && parts[1].utf8.allSatisfy({ (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }))
        else { throw .usage("expected head '\(text)' must be SEQ:HASH as `ledger head` prints it (64 lowercase hex digits)") }
        seq = start ? 0 : Int64(Day.naturalNumber(parts[0])!)
        hash = String(parts[1])
    }

    public var description: String { "\(seq):\(hash)" }
}
