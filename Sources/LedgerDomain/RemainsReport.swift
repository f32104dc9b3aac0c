/// One line of the remains report (docs/commands.md, "Remains and recovery windows"): for one party under one agreement, or for
/// one recovery window, how many bodies, and how far their identification has come.
public struct RemainsReportLine: Sendable, Hashable {
    public enum Scope: Sendable, Hashable {
        /// What `party` received and handed over under the agreement.
        case agreement(id: String, party: String)
        /// The bodies recovered in the window.
        case window(id: String)
    }

    public var scope: Scope
    /// Under an agreement: bodies delivered to the party by batches that stand, named or counted.
    /// In a window: bodies recovered in it.
    public var received: Int
    /// Under an agreement: bodies the party delivered. In a window: its bodies carried by a batch that stands.
    public var handedOver: Int
    public var identified: Int
    public var dnaPending: Int
    /// The rest of `received`: under an agreement, bodies received by count only are among them,
    /// as the ledger knows nothing of their identification.
    public var unidentified: Int
    /// Identified as belonging to another party than the receiving party (under an agreement) or
    /// than the one presumed at recovery (in a window).
    public var misAssigned: Int

    public init(scope: Scope, received: Int = 0, handedOver: Int = 0, identified: Int = 0, dnaPending: Int = 0, unidentified: Int = 0,
                misAssigned: Int = 0) {
        self.scope = scope
        self.received = received
        self.handedOver = handedOver
        self.identified = identified
        self.dnaPending = dnaPending
        self.unidentified = unidentified
        self.misAssigned = misAssigned
    }
}

/// What the report needs to know of one body of the register.
public struct ReportedRemains: Sendable, Hashable {
    public var id: String
    public var of: String
    public var windowID: String?
    public var status: RemainsStatus
    public var identifiedParty: String?

    public init(id: String, of: String, windowID: String?, status: RemainsStatus, identifiedParty: String?) {
        self.id = id
        self.of = of
        self.windowID = windowID
        self.status = status
        self.identifiedParty = identifiedParty
    }
}

/// The remains report, from recorded facts alone: a pure function, so that `ledger windows`,
/// `ledger remains report` and `reconcile` count the same way.
public enum RemainsReport {
    /// Two lines per agreement under which remains were agreed or carried (one per party, in the
    /// agreement's order), then one line per window, in the order given. `carried` lists the
    /// remains named by each batch (batch id, remains id); void batches count for nothing.
    public static func lines(agreements: [Agreement], batches: [RecordedBatch], carried: [(batch: String, remains: String)],
                             remains: [ReportedRemains], windows: [RecoveryWindow]) -> [RemainsReportLine] {
        let standing = Dictionary(batches.filter { !$0.isVoid }.map { ($0.id, $0) }) { first, _ in first }
        let byID = Dictionary(remains.map { ($0.id, $0) }) { first, _ in first }
        var agreementLines: [RemainsReportLine] = []
        for agreement in agreements {
            let ofAgreement = standing.values.filter { $0.agreementID == agreement.id && ($0.counts[.remains] ?? 0) > 0 }
            let agreed = agreement.quotas.contains { $0.categories.contains(.remains) }
            guard agreed || batches.contains(where: { $0.agreementID == agreement.id && $0.counts[.remains] != nil }) else { continue }
            for party in agreement.parties {
                let received = ofAgreement.filter { $0.to == party }
                let receivedIDs = Set(received.map(\.id))
                let bodies = Set(carried.filter { receivedIDs.contains($0.batch) }.map(\.remains)).compactMap { byID[$0] }
                var line = RemainsReportLine(
                    scope: .agreement(id: agreement.id, party: party), received: received.reduce(0) { $0 + ($1.counts[.remains] ?? 0) },
                    handedOver: ofAgreement.filter { $0.from == party }.reduce(0) { $0 + ($1.counts[.remains] ?? 0) })
                count(bodies, belongingTo: { _ in party }, into: &line)
                agreementLines.append(line)
            }
        }
        let carriedByStanding = Set(carried.filter { standing[$0.batch] != nil }.map(\.remains))
        let windowLines = windows.map { window in
            let bodies = remains.filter { $0.windowID == window.id }
            var line = RemainsReportLine(scope: .window(id: window.id), received: bodies.count,
                                         handedOver: bodies.filter { carriedByStanding.contains($0.id) }.count)
            count(bodies, belongingTo: \.of, into: &line)
            return line
        }
        return agreementLines + windowLines
    }

    /// Counts the identified, DNA pending and mis-assigned among `bodies`; the rest of the line's
    /// `received` is unidentified.
    private static func count(_ bodies: [ReportedRemains], belongingTo expected: (ReportedRemains) -> String, into line: inout RemainsReportLine) {
        for body in bodies {
            switch body.status {
            case .identified:
                line.identified += 1
                if let party = body.identifiedParty, party != expected(body) { line.misAssigned += 1 }
            case .dnaPending:
                line.dnaPending += 1
            case .unidentified:
                break
            }
        }
        line.unidentified = line.received - line.identified - line.dnaPending
    }
}
