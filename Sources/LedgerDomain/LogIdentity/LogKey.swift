import LedgerProofs

/// A public key recorded in the journal: the log's own, which signs checkpoints, or a witness's,
/// which cosigns them (docs/proofs.md). Only the verifier key text is recorded; the private key
/// stays in its file.
public struct LogKey: Sendable, Hashable {
    public enum Role: String, Sendable, Hashable, CaseIterable {
        /// Signs this ledger's checkpoints (Ed25519, signed-note type 0x01).
        case log
        /// Cosigns them after checking they extend what it saw (cosignature/v1, type 0x04).
        case witness

        var signatureType: SignatureType {
            switch self {
            case .log: .ed25519
            case .witness: .cosignatureV1
            }
        }
    }

    /// The verifier key text, `name+keyid+base64`.
    public var text: String
    public var name: String
    /// The key id, 8 lowercase hex digits.
    public var keyID: String
    public var role: Role

    /// A key as recorded, read back; `init(text:role:facts:)` checks a new one.
    public init(text: String, name: String, keyID: String, role: Role) {
        self.text = text
        self.name = name
        self.keyID = keyID
        self.role = role
    }

    public struct Facts: Sendable {
        /// The verifier keys already recorded.
        public var recorded: Set<String>
        /// The ledger's origin, if recorded: a log key signs checkpoints, which carry it.
        public var origin: String?

        public init(recorded: Set<String>, origin: String?) {
            self.recorded = recorded
            self.origin = origin
        }
    }

    /// Checks a new key: a verifier key text whose id matches its name and key, of the type its
    /// role signs with, not recorded before. A log key is named after the origin, once that is
    /// recorded, so that whoever checks a checkpoint with it knows which log to expect.
    public init(text: String, role: Role, facts: Facts) throws(LedgerError) {
        let key: VerifierKey
        do { key = try VerifierKey(parsing: text) } catch { throw .rejected("\(TextRules.visible(text)): \(error)") }
        var problems = ProblemList()
        if key.type != role.signatureType {
            let made = key.type == .ed25519 ? "`ledger key generate`" : "`ledger key generate --role witness`"
            problems.add(Problem("\(key.name) is a key of type \(Self.typeByte(key.type)), made by \(made); a \(role.rawValue) key is of type \(Self.typeByte(role.signatureType))"))
        }
        // The text as the key writes itself: its second part is the key id in hex.
        let canonical = key.text, keyID = String(canonical.split(separator: "+")[1])
        if facts.recorded.contains(canonical) { problems.add(Problem("the key \(key.name)+\(keyID) is already recorded")) }
        if role == .log {
            if let origin = facts.origin {
                if key.name != origin { problems.add(Problem("a log key is named after the ledger's origin, \(origin); this one is named \(key.name)")) }
            } else {
                problems.add(Problem("record the ledger's origin first (`ledger origin set ORIGIN`): the checkpoints this key signs carry it"))
            }
        }
        try problems.throwIfAny()
        self.init(text: canonical, name: key.name, keyID: keyID, role: role)
    }

    /// `0x01`, as the signed-note specifications write a key's type.
    private static func typeByte(_ type: SignatureType) -> String {
        let digits = String(type.rawValue, radix: 16)
        return "0x" + String(repeating: "0", count: 2 - digits.count) + digits
    }

    init(payload: JSONValue) throws(PayloadError) {
        let reader = try PayloadReader(payload)
        text = try reader.string("key")
        name = try reader.string("name")
        keyID = try reader.string("key_id")
        let role = try reader.string("role")
        guard let parsed = Role(rawValue: role) else { throw PayloadError("\"role\" is not log or witness: \(role)") }
        self.role = parsed
    }

    var payload: JSONValue {
        .object(["key": .string(text), "name": .string(name), "key_id": .string(keyID), "role": .string(role.rawValue)])
    }

    public var projectedRows: [ProjectedRow] {
        [ProjectedRow("log_keys", ["verifier_key": .text(text), "name": .text(name), "key_id": .text(keyID), "role": .text(role.rawValue)])]
    }
}
