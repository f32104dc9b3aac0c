import Testing
@testable import LedgerDomain

@Suite("Payloads of window.add, remains.add, remains.sample, remains.identify")
struct RemainsEventPayloadTests {
    typealias F = RemainsFixture

    @Test("the canonical payload of each kind", arguments: zip(F.events, [
        #"{"agreed_by":["UA","RU"],"from":"2025-06-20","id":"W-2025-06-KUPIANSK","sector":"Kupiansk, 12 km segment","to":"2025-06-22"}"#,
        #"{"held_by":"RU","note":"found with a\nfield dressing","of":"UA","place":"forest belt north of Kupiansk","recovered_on":"2025-06-21","remains_id":"R-000123","tag":"T-55/12","window":"W-2025-06-KUPIANSK"}"#,
        #"{"held_by":"UA","of":"RU","recovered_on":"2025-06-01","remains_id":"R-2"}"#,
        #"{"on":"2025-06-25","remains":"R-1","sample":"S-88812"}"#,
        #"{"method":"dna","on":"2025-06-28","person":"UA-P-1","remains":"R-1"}"#,
        #"{"method":"dental","note":"dental records","on":"2025-06-29","person":"UA-P-2","remains":"R-1","supersede_reason":"laboratory mix-up"}"#,
        #"{"note":"documents of a Russian serviceman","on":"2025-06-29","party":"RU","remains":"R-1"}"#,
    ]))
    func canonical(event: LedgerEvent, text: String) {
        #expect(sameBytes(event.payload.canonicalText, text))
    }

    @Test("an identification names exactly one of person and party; a method is one of the list")
    func badIdentification() {
        #expect(payloadError { try LedgerEvent(kind: "remains.identify", payload: #"{"on":"2025-06-29","person":"P","party":"RU","remains":"R-1"}"#) }
            == #"an identification names exactly one of "person" and "party""#)
        #expect(payloadError { try LedgerEvent(kind: "remains.identify", payload: #"{"on":"2025-06-29","remains":"R-1"}"#) }
            == #"an identification names exactly one of "person" and "party""#)
        #expect(payloadError { try LedgerEvent(kind: "remains.identify", payload: #"{"method":"tarot","on":"2025-06-29","party":"RU","remains":"R-1"}"#) }
            == #""method" has an unknown value: tarot"#)
        #expect(payloadError { try LedgerEvent(kind: "remains.add", payload: #"{"held_by":"UA","of":"RU","recovered_on":"2025-13-01","remains_id":"R-2"}"#) }
            == #""recovered_on" is not a date: 2025-13-01"#)
        #expect(payloadError { try LedgerEvent(kind: "window.add", payload: #"{"agreed_by":"UA","from":"2025-06-20","id":"W","sector":"s","to":"2025-06-22"}"#) }
            == #""agreed_by" is not an array"#)
    }
}

@Suite("RemainsReport.lines")
struct RemainsReportTests {
    static let agreement = try! AgreementFixture.make(id: "REM", date: "2025-06-02", each: ["remains=6000"], terms: [])
    static let other = try! AgreementFixture.make(id: "POW", date: "2025-06-02", each: ["pow=10"], terms: [])

    static func batch(_ id: String, from: String, to: String, remains: Int, named: Bool = false, void: Bool = false) -> RecordedBatch {
        RecordedBatch(id: id, agreementID: "REM", from: from, to: to, on: day("2025-06-11"), stage: nil, place: nil, note: nil,
                      counts: [.remains: remains], named: named, overQuotaReason: nil, voidReason: void ? "typo" : nil, addedSeq: 1)
    }

    static func body(_ id: String, of: String, window: String? = "W-1", _ status: RemainsStatus, _ party: String? = nil) -> ReportedRemains {
        ReportedRemains(id: id, of: of, windowID: window, status: status, identifiedParty: party)
    }

    /// RU hands over 1,212 by count and 4 by name (one of them RU's own, handed back later); UA 78 and
    /// the one body back; a void batch of 27 counts for nothing.
    static let batches = [
        batch("B-1", from: "RU", to: "UA", remains: 1212),
        batch("B-2", from: "RU", to: "UA", remains: 4, named: true),
        batch("B-3", from: "UA", to: "RU", remains: 78),
        batch("B-4", from: "UA", to: "RU", remains: 27, void: true),
        batch("B-5", from: "UA", to: "RU", remains: 1, named: true),
    ]
    static let carried = [("B-2", "R-1"), ("B-2", "R-2"), ("B-2", "R-3"), ("B-2", "R-4"), ("B-5", "R-4"), ("B-4", "R-5")].map { (batch: $0.0, remains: $0.1) }
    static let bodies = [
        body("R-1", of: "UA", .identified, "UA"), body("R-2", of: "UA", .dnaPending), body("R-3", of: "UA", .unidentified),
        body("R-4", of: "UA", .identified, "RU"), body("R-5", of: "RU", window: "W-2", .unidentified), body("R-6", of: "UA", window: nil, .unidentified),
    ]
    static let windows = [
        RecoveryWindow(id: "W-1", sector: "a", from: day("2025-06-20"), to: day("2025-06-22"), agreedBy: ["UA", "RU"]),
        RecoveryWindow(id: "W-2", sector: "b", from: day("2025-06-24"), to: day("2025-06-24"), agreedBy: ["UA", "RU"]),
    ]

    @Test("per agreement and party, then per window, with exact counts")
    func lines() {
        let lines = RemainsReport.lines(agreements: [Self.other, Self.agreement], batches: Self.batches, carried: Self.carried,
                                        remains: Self.bodies, windows: Self.windows)
        #expect(lines == [
            RemainsReportLine(scope: .agreement(id: "REM", party: "UA"), received: 1216, handedOver: 79, identified: 2, dnaPending: 1,
                              unidentified: 1213, misAssigned: 1),
            RemainsReportLine(scope: .agreement(id: "REM", party: "RU"), received: 79, handedOver: 1216, identified: 1, dnaPending: 0,
                              unidentified: 78, misAssigned: 0),
            RemainsReportLine(scope: .window(id: "W-1"), received: 4, handedOver: 4, identified: 2, dnaPending: 1, unidentified: 1, misAssigned: 1),
            RemainsReportLine(scope: .window(id: "W-2"), received: 1, handedOver: 0, identified: 0, dnaPending: 0, unidentified: 1, misAssigned: 0),
        ])
    }

    @Test("an agreement without remains agreed or carried has no line; one with remains agreed and none carried has zeros")
    func empty() {
        #expect(RemainsReport.lines(agreements: [Self.other, Self.agreement], batches: [], carried: [], remains: [], windows: []) == [
            RemainsReportLine(scope: .agreement(id: "REM", party: "UA")), RemainsReportLine(scope: .agreement(id: "REM", party: "RU")),
        ])
    }
}
