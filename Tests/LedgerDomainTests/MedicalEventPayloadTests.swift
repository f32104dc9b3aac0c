import Testing
@testable import LedgerDomain

/// The payloads of assessment.add, consent.record, list.add and list.resolve. Round trips run with
/// every other kind in `EventPayloadTests`, over `MedicalFixture.events`.
@Suite("Event payloads of the medical commission and named lists")
struct MedicalEventPayloadTests {
    static let assessment = LedgerEvent.assessmentAdded(MedicalFixture.assessment)
    static let consent = MedicalFixture.events[1]
    static let list = LedgerEvent.listAdded(MedicalFixture.handedOver)
    static let resolution = MedicalFixture.events[5]

    @Test("the canonical payload of each kind", arguments: [
        (assessment, """
            {"category":"long-term","findings":"Open femur fracture, osteomyelitis","members":[{"name":"Dr A","role":"neutral"},\
            {"name":"Dr B","role":"neutral"},{"name":"Dr C","role":"detaining"}],"on":"2025-06-01","person":"UA-P-1","severity":4,\
            "vote":{"against":1,"for":2}}
            """),
        (consent, #"{"decision":"refuses","on":"2025-06-01","person":"UA-P-1","witness":"ICRC delegate M. Keller"}"#),
        (MedicalFixture.events[2], #"{"decision":"accepts","on":"2025-06-05","person":"UA-P-1","witness":"ICRC delegate M. Keller"}"#),
        (list, #"""
            {"entries":[{"birth_date":"2012-03","entry":"1","family_name":"Ким","given_name":"Олена","notes":"taken from Kherson\nseen in Anapa",\#
            "patronymic":"Іванівна","person_id":"UA-K-4"},{"entry":"2","family_name":"Шевченко"}],"from":"UA","id":"CHILDREN-2025-06-02",\#
            "on":"2025-06-02","origin":"handed-over","to":"RU"}
            """#),
        (resolution, #"{"entry":"1","list":"CHILDREN-2025-06-02","note":"returned to her mother on 4 June","on":"2025-06-05","outcome":"returned"}"#),
    ])
    func canonical(event: LedgerEvent, text: String) {
        #expect(sameBytes(event.payload.canonicalText, text))
    }

    @Test("a list saved from a priority list has criteria and no from")
    func savedListPayload() throws {
        guard case .object(let members) = MedicalFixture.events[4].payload else { Issue.record("not an object"); return }
        #expect(members.keys.sorted() == ["criteria", "entries", "id", "on", "origin", "to"])
        #expect(members["origin"] == .string("priority"))
        #expect(members["criteria"] == .string("held by RU; overdue after 90 days"))
    }

    /// The event's payload with `key` set to `value` (nil: removed), as canonical text.
    static func damaged(_ event: LedgerEvent, _ key: String, _ value: JSONValue?) -> String {
        guard case .object(var members) = event.payload else { return "" }
        members[key] = value
        return JSONValue.object(members).canonicalText
    }

    static func member(_ name: String, _ role: String) -> JSONValue { .object(["name": .string(name), "role": .string(role)]) }

    @Test("damaged payloads are refused, naming what is wrong", arguments: [
        (assessment, "severity", .int(7), #""severity" is missing or not 1–5"#),
        (assessment, "severity", .int(0), #""severity" is missing or not 1–5"#),
        (assessment, "severity", nil, #""severity" is missing or not 1–5"#),
        (assessment, "severity", .string("4"), #""severity" is not an integer"#),
        (assessment, "category", .string("urgent"), #""category" has an unknown value: urgent"#),
        (assessment, "on", .string("2025-02-30"), #""on" is not a date: 2025-02-30"#),
        (assessment, "person", nil, #""person" is missing"#),
        (assessment, "findings", nil, #""findings" is missing"#),
        (assessment, "members", nil, #""members" is missing"#),
        (assessment, "members", .string("Dr A (neutral)"), #""members" is not an array"#),
        (assessment, "members", .array([.string("Dr A")]), "payload is not an object"),
        (assessment, "members", .array([member("Dr A", "observer")]), #""role" has an unknown value: observer"#),
        (assessment, "members", .array([.object(["role": .string("neutral")])]), #""name" is missing"#),
        (assessment, "vote", .string("2-1"), #""vote" is not an object"#),
        (assessment, "vote", nil, #""vote" is missing"#),
        (assessment, "vote", .object(["for": .int(2)]), #""vote" needs "for" and "against""#),
        (assessment, "vote", .object(["for": .string("2"), "against": .int(1)]), #""for" is not an integer"#),
        (consent, "decision", .string("maybe"), #""decision" has an unknown value: maybe"#),
        (consent, "decision", .bool(true), #""decision" is not a string"#),
        (consent, "witness", nil, #""witness" is missing"#),
        (list, "entries", .array([.object(["entry": .string("1")])]), "a list entry lacks its entry or family_name"),
        (list, "entries", .array([.object(["family_name": .string("Ким")])]), "a list entry lacks its entry or family_name"),
        (list, "entries", .array([.object(["entry": .string("1"), "family_name": .string("Ким"), "age": .string("7")])]),
         #"a list entry has an invalid member "age""#),
        (list, "entries", .array([.object(["entry": .int(1), "family_name": .string("Ким")])]), #"a list entry has an invalid member "entry""#),
        (list, "entries", .array([.string("Ким")]), #""entries" holds a value that is not an object"#),
        (list, "entries", nil, #""entries" is missing"#),
        (list, "origin", .string("found"), #""origin" has an unknown value: found"#),
        (list, "from", .int(1), #""from" is not a string"#),
        (list, "to", nil, #""to" is missing"#),
        (resolution, "outcome", .string("lost"), #""outcome" has an unknown value: lost"#),
        (resolution, "note", nil, #""note" is missing"#),
        (resolution, "list", nil, #""list" is missing"#),
    ] as [(LedgerEvent, String, JSONValue?, String)])
    func damagedPayload(event: LedgerEvent, key: String, value: JSONValue?, reason: String) {
        #expect(payloadError { try LedgerEvent(kind: event.kind, payload: Self.damaged(event, key, value)) } == reason)
    }
}
