import PropertyBased
import Testing
@testable import LedgerDomain

/// Generated registers of remains and batches carrying them, by name or by count, some void.
enum RemainsReportGen {
    static let parties = ["UA", "RU"]
    /// A body: presumed party, window (0, 1, or none), status, and the party it was identified as.
    static let body = zip(Gen.int(in: 0...1), Gen.int(in: 0...2), Gen<RemainsStatus>.case, Gen.int(in: 0...1))
    /// A batch: direction, void or not, which bodies it names (bit i: body i), and a count when it names none.
    static let batch = zip(Gen.int(in: 0...1), Gen.int(in: 0...3), Gen.int(in: 0...4095), Gen.int(in: 1...50))
    static let ledger = zip(body.array(of: 0...12), batch.array(of: 0...6))

    static func facts(_ bodies: [(Int, Int, RemainsStatus, Int)], _ batches: [(Int, Int, Int, Int)])
        -> (batches: [RecordedBatch], carried: [(batch: String, remains: String)], remains: [ReportedRemains]) {
        let remains = bodies.enumerated().map { index, body in
            ReportedRemains(id: "R-\(index)", of: parties[body.0], windowID: body.1 == 2 ? nil : "W-\(body.1)", status: body.2,
                            identifiedParty: body.2 == .identified ? parties[body.3] : nil)
        }
        var carried: [(batch: String, remains: String)] = []
        let recorded = batches.enumerated().map { index, batch in
            let named = remains.indices.filter { batch.2 & (1 << $0) != 0 }
            carried += named.map { (batch: "B-\(index)", remains: remains[$0].id) }
            return RecordedBatch(id: "B-\(index)", agreementID: "REM", from: parties[batch.0], to: parties[1 - batch.0], on: Day(daysSinceEpoch: 20_000),
                                 stage: nil, place: nil, note: nil, counts: [.remains: named.isEmpty ? batch.3 : named.count], named: !named.isEmpty,
                                 overQuotaReason: nil, voidReason: batch.1 == 0 ? "void" : nil, addedSeq: Int64(index))
        }
        return (recorded, carried, remains)
    }
}

@Suite("RemainsReport.lines, on generated ledgers")
struct RemainsReportPropertyTests {
    typealias G = RemainsReportGen
    static let agreement = try! AgreementFixture.make(id: "REM", date: "2025-06-02", each: ["remains=6000"], terms: [])
    static let windows = ["W-0", "W-1"].map { RecoveryWindow(id: $0, sector: "s", from: Day(daysSinceEpoch: 20_000), to: Day(daysSinceEpoch: 20_001),
                                                              agreedBy: ["UA", "RU"]) }

    @Test("every line accounts for what it received; what one party hands over the other receives; windows count their bodies")
    func accounts() async {
        await propertyCheck(count: 300, input: G.ledger) { generated in
            let (batches, carried, remains) = G.facts(generated.0, generated.1)
            let lines = RemainsReport.lines(agreements: [Self.agreement], batches: batches, carried: carried, remains: remains, windows: Self.windows)
            #expect(lines.count == 4)
            for line in lines {
                #expect(line.identified + line.dnaPending + line.unidentified == line.received)
                #expect(line.unidentified >= 0 && line.misAssigned <= line.identified)
            }
            let standing = batches.filter { !$0.isVoid }
            #expect(lines[0].received == standing.filter { $0.to == "UA" }.reduce(0) { $0 + ($1.counts[.remains] ?? 0) })
            #expect(lines[0].received == lines[1].handedOver && lines[1].received == lines[0].handedOver)
            for (line, window) in zip(lines[2...], Self.windows) {
                #expect(line.received == remains.filter { $0.windowID == window.id }.count)
                #expect(line.handedOver <= line.received)
            }
        }
    }
}
