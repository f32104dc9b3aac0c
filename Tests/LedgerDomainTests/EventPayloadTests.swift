import Testing
@testable import LedgerDomain

/// One event of each kind, each with every optional part filled in, plus lean variants.
enum EventSamples {
    static let party = try! Party(code: "UA", name: "Україна")
    static let agreement = try! AgreementFixture.make(
        id: "IST-2025-06-02", title: "Istanbul \"all for all\" / 6000 for 6000", date: "2025-06-02",
        each: ["pow+civilian=1000", "remains=6000"], terms: [("UA", "child=all")])
    static let person = try! Person(fields: completePerson)
    static let leanPerson = try! Person(fields: [.id: "c-17", .heldBy: "UA", .belongsTo: "RU", .category: "child", .familyName: "Ким"])
    static let fullBatch = try! Batch(
        request: BatchFixture.request(
            id: "IST-2-RU-UA", stage: 2, place: "Belarus–Ukraine border", note: "second day\u{2019}s exchange",
            counts: [.pow: 1, .civilian: 1], manifest: ["UA-C-3", "UA-P-1"], reason: "one more than agreed"),
        defaultID: "B-1", facts: BatchFixture.facts(delivered: [BatchFixture.ruQuota: 999]))
    static let countOnlyBatch = try! Batch(request: BatchFixture.request(), defaultID: "B-1", facts: BatchFixture.facts())
    static let void = try! BatchVoid(batchID: "B-1", reason: "entered twice / повтор", facts: .init(batchExists: true, alreadyVoided: false, movedLater: []))

    static let all: [LedgerEvent] = [
        .partyAdded(party), .agreementAdded(agreement), .personAdded(person), .personAdded(leanPerson),
        .batchAdded(fullBatch), .batchAdded(countOnlyBatch), .batchVoided(void),
    ] + MedicalFixture.events + RemainsFixture.events + [
        .originRecorded(LogOrigin(origin: "coordination-hq.example/exchanges")),
        // Go's sumdb/note test key.
        .keyAdded(LogKey(text: "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW", name: "PeterNeumann", keyID: "c74f20a3", role: .log)),
    ]
}

@Suite("Event payloads")
struct EventPayloadTests {
    @Test("the kinds this version writes")
    func kinds() {
        #expect(LedgerEvent.kinds == [
            "party.add", "agreement.add", "person.add", "batch.add", "batch.void",
            "assessment.add", "consent.record", "list.add", "list.resolve",
            "window.add", "remains.add", "remains.sample", "remains.identify", "log.origin", "key.add",
        ])
        #expect(EventSamples.all.map(\.kind) == [
            "party.add", "agreement.add", "person.add", "person.add", "batch.add", "batch.add", "batch.void",
            "assessment.add", "consent.record", "consent.record", "list.add", "list.add", "list.resolve",
            "window.add", "remains.add", "remains.add", "remains.sample", "remains.identify", "remains.identify", "remains.identify",
            "log.origin", "key.add",
        ])
    }

    @Test("every event reads back from its kind and canonical payload", arguments: EventSamples.all)
    func roundTrip(event: LedgerEvent) throws {
        let text = event.payload.canonicalText
        let back = try LedgerEvent(kind: event.kind, payload: text)
        #expect(back == event)
        #expect(Array(back.payload.canonicalText.utf8) == Array(text.utf8))
    }

    @Test("a payload is canonical byte for byte: not spaced, not cut short", arguments: EventSamples.all)
    func canonicalPayloadCheck(event: LedgerEvent) {
        let text = event.canonicalPayload
        #expect(event.isCanonicalPayload(text))
        #expect(!event.isCanonicalPayload(" " + text))
        #expect(!event.isCanonicalPayload(String(text.dropLast())))
        #expect(!event.isCanonicalPayload(text + "}"))
    }

    @Test("a payload one ASCII byte away from the canonical one is not canonical, wherever that byte is", arguments: EventSamples.all)
    func canonicalPayloadCheckFindsEveryByte(event: LedgerEvent) {
        let canonical = Array(event.canonicalPayload.utf8)
        for offset in canonical.indices where canonical[offset] < 0x80 {
            var changed = canonical
            changed[offset] = canonical[offset] == UInt8(ascii: "x") ? UInt8(ascii: "y") : UInt8(ascii: "x")
            #expect(!event.isCanonicalPayload(String(decoding: changed, as: UTF8.self)), "byte \(offset) of \(canonical.count)")
        }
    }

    @Test("a payload in another Unicode normalisation of the same text is not canonical, though Swift calls the strings equal")
    func canonicalPayloadIsBytesNotCharacters() throws {
        // Two combining marks in canonical order (dot below, class 220, before acute, 230), then
        // the other way round: as many bytes, so only the bytes themselves can tell them apart.
        let event = LedgerEvent.personAdded(try Person(fields: person([.notes: "a\u{0323}\u{0301}"])))
        let text = event.canonicalPayload
        let reordered = text.replacing("a\u{0323}\u{0301}", with: "a\u{0301}\u{0323}")
        #expect(reordered.utf8.count == text.utf8.count)
        #expect(Array(reordered.utf8) != Array(text.utf8))
        #expect(reordered == text)
        #expect(!event.isCanonicalPayload(reordered))
    }

    @Test("every event reads back from a non-canonical rendering of the same JSON too")
    func roundTripFromSpacedText() throws {
        let text = #"{ "name" : "Україна",  "code":"UA" }"#
        #expect(try LedgerEvent(kind: "party.add", payload: text) == .partyAdded(EventSamples.party))
    }

    @Test("party payload")
    func partyPayload() {
        #expect(sameBytes(LedgerEvent.partyAdded(EventSamples.party).payload.canonicalText, #"{"code":"UA","name":"Україна"}"#))
    }

    @Test("agreement payload: quotas in order, amounts as numbers or \"all\"")
    func agreementPayload() {
        #expect(LedgerEvent.agreementAdded(EventSamples.agreement).payload.canonicalText == """
            {"date":"2025-06-02","id":"IST-2025-06-02","parties":["UA","RU"],"quotas":[\
            {"amount":1000,"categories":["pow","civilian"],"party":"UA"},\
            {"amount":6000,"categories":["remains"],"party":"UA"},\
            {"amount":1000,"categories":["pow","civilian"],"party":"RU"},\
            {"amount":6000,"categories":["remains"],"party":"RU"},\
            {"amount":"all","categories":["child"],"party":"UA"}],\
            "title":"Istanbul \\"all for all\\" / 6000 for 6000"}
            """)
    }

    @Test("person payload: the fields present, under their column names, status included")
    func personPayload() {
        #expect(sameBytes(
            LedgerEvent.personAdded(EventSamples.leanPerson).payload.canonicalText,
            #"{"belongs_to":"RU","category":"child","family_name":"Ким","held_by":"UA","id":"c-17","status":"held"}"#))
    }

    @Test("batch payload: optional parts left out when absent")
    func batchPayload() {
        #expect(LedgerEvent.batchAdded(EventSamples.countOnlyBatch).payload.canonicalText
            == #"{"agreement":"IST-2025-05-16","counts":{"civilian":120,"pow":270},"from":"RU","id":"B-1","on":"2025-05-23","to":"UA"}"#)
        #expect(LedgerEvent.batchAdded(EventSamples.fullBatch).payload.canonicalText == """
            {"agreement":"IST-2025-05-16","counts":{"civilian":1,"pow":1},"from":"RU","id":"IST-2-RU-UA",\
            "manifest":["UA-C-3","UA-P-1"],"note":"second day\u{2019}s exchange","on":"2025-05-23",\
            "over_quota_reason":"one more than agreed","place":"Belarus–Ukraine border","stage":2,"to":"UA"}
            """)
    }

    @Test("void payload")
    func voidPayload() {
        #expect(sameBytes(LedgerEvent.batchVoided(EventSamples.void).payload.canonicalText, #"{"batch":"B-1","reason":"entered twice / повтор"}"#))
    }

    @Test("an unknown kind")
    func unknownKind() {
        #expect(payloadError { try LedgerEvent(kind: "person.delete", payload: "{}") } == "unknown kind person.delete")
        #expect(payloadError { try LedgerEvent(kind: "", payload: "{}") } == "unknown kind ")
    }

    @Test("text that is not JSON", arguments: LedgerEvent.kinds)
    func notJSON(kind: String) {
        #expect(payloadError { try LedgerEvent(kind: kind, payload: #"{"code":"UA""#) } == "invalid JSON at byte 13: expected ',' or '}'")
        #expect(payloadError { try LedgerEvent(kind: kind, payload: #"{"n":1.5}"#) } == "invalid JSON at byte 7: only integers are allowed")
    }

    @Test("a payload that is not an object", arguments: LedgerEvent.kinds)
    func notAnObject(kind: String) {
        for text in ["[]", "\"x\"", "1", "null"] {
            #expect(payloadError { try LedgerEvent(kind: kind, payload: text) } == "payload is not an object")
        }
    }

    @Test("malformed party payloads", arguments: [
        (#"{"code":"UA"}"#, #""name" is missing"#),
        (#"{"name":"Україна"}"#, #""code" is missing"#),
        (#"{"code":7,"name":"x"}"#, #""code" is not a string"#),
        (#"{"code":"UA","name":null}"#, #""name" is not a string"#),
    ])
    func malformedParty(text: String, reason: String) {
        #expect(payloadError { try LedgerEvent(kind: "party.add", payload: text) } == reason)
    }

    static let goodQuota = #"{"amount":10,"categories":["pow"],"party":"UA"}"#

    @Test("malformed agreement payloads", arguments: [
        (#"{"title":"t","date":"2025-05-16","parties":["UA","RU"],"quotas":[]}"#, #""id" is missing"#),
        (#"{"id":"A","date":"2025-05-16","parties":["UA","RU"],"quotas":[]}"#, #""title" is missing"#),
        (#"{"id":"A","title":"t","parties":["UA","RU"],"quotas":[]}"#, #""date" is missing"#),
        (#"{"id":"A","title":"t","date":"2025-02-30","parties":["UA","RU"],"quotas":[]}"#, #""date" is not a date: 2025-02-30"#),
        (#"{"id":"A","title":"t","date":20250516,"parties":["UA","RU"],"quotas":[]}"#, #""date" is not a string"#),
        (#"{"id":"A","title":"t","date":"2025-05-16","parties":"UA,RU","quotas":[]}"#, #""parties" is not an array"#),
        (#"{"id":"A","title":"t","date":"2025-05-16","parties":["UA",1],"quotas":[]}"#, #""parties" holds a value that is not a string"#),
        (#"{"id":"A","title":"t","date":"2025-05-16","parties":["UA","RU"],"quotas":{}}"#, #""quotas" is not an array"#),
        (#"{"id":"A","title":"t","date":"2025-05-16","parties":["UA","RU"],"quotas":[1]}"#, "payload is not an object"),
        (#"{"id":"A","title":"t","date":"2025-05-16","parties":["UA","RU"],"quotas":[{"amount":10,"categories":["soldiers"],"party":"UA"}]}"#, "unknown quota category soldiers"),
        (#"{"id":"A","title":"t","date":"2025-05-16","parties":["UA","RU"],"quotas":[{"amount":10,"categories":"pow","party":"UA"}]}"#, #""categories" is not an array"#),
        (#"{"id":"A","title":"t","date":"2025-05-16","parties":["UA","RU"],"quotas":[{"amount":"some","categories":["pow"],"party":"UA"}]}"#, #""amount" is neither a number nor "all""#),
        (#"{"id":"A","title":"t","date":"2025-05-16","parties":["UA","RU"],"quotas":[{"categories":["pow"],"party":"UA"}]}"#, #""amount" is missing"#),
        (#"{"id":"A","title":"t","date":"2025-05-16","parties":["UA","RU"],"quotas":[{"amount":true,"categories":["pow"],"party":"UA"}]}"#, #""amount" is not a string"#),
        (#"{"id":"A","title":"t","date":"2025-05-16","parties":["UA","RU"],"quotas":[{"amount":10,"categories":["pow"]}]}"#, #""party" is missing"#),
    ])
    func malformedAgreement(text: String, reason: String) {
        #expect(payloadError { try LedgerEvent(kind: "agreement.add", payload: text) } == reason)
    }

    @Test("malformed person payloads", arguments: [
        (#"{"id":"c-17","held_by":"UA","belongs_to":"RU","category":"child","family_name":"Ким","age":"7"}"#, #"unknown person field "age""#),
        (#"{"id":17,"held_by":"UA","belongs_to":"RU","category":"child","family_name":"Ким"}"#, #""id" is not a string"#),
        (#"{"id":"c-17","held_by":"UA","belongs_to":"RU","category":"child"}"#, "family_name: is required"),
        (#"{"id":"c-17","held_by":"UA","belongs_to":"RU","category":"kid","family_name":"Ким"}"#, "category: 'kid' is not one of pow, civilian, child"),
        (#"{"id":"c-17","held_by":"UA","belongs_to":"RU","category":"child","family_name":"Ким","status":null}"#, #""status" is not a string"#),
    ])
    func malformedPerson(text: String, reason: String) {
        #expect(payloadError { try LedgerEvent(kind: "person.add", payload: text) } == reason)
    }

    static let batchBase = #""agreement":"A","from":"RU","to":"UA","on":"2025-05-23""#

    @Test("malformed batch payloads", arguments: [
        ("{\(batchBase),\"counts\":{\"pow\":1}}", #""id" is missing"#),
        (#"{"id":"B","from":"RU","to":"UA","on":"2025-05-23","counts":{"pow":1}}"#, #""agreement" is missing"#),
        (#"{"id":"B","agreement":"A","to":"UA","on":"2025-05-23","counts":{"pow":1}}"#, #""from" is missing"#),
        (#"{"id":"B","agreement":"A","from":"RU","on":"2025-05-23","counts":{"pow":1}}"#, #""to" is missing"#),
        (#"{"id":"B","agreement":"A","from":"RU","to":"UA","counts":{"pow":1}}"#, #""on" is missing"#),
        (#"{"id":"B","agreement":"A","from":"RU","to":"UA","on":"23.05.2025","counts":{"pow":1}}"#, #""on" is not a date: 23.05.2025"#),
        ("{\"id\":\"B\",\(batchBase),\"counts\":{\"soldiers\":1}}", #""counts" has an invalid entry "soldiers""#),
        ("{\"id\":\"B\",\(batchBase),\"counts\":{\"pow\":0}}", #""counts" has an invalid entry "pow""#),
        ("{\"id\":\"B\",\(batchBase),\"counts\":{\"pow\":-2}}", #""counts" has an invalid entry "pow""#),
        ("{\"id\":\"B\",\(batchBase),\"counts\":{\"pow\":\"1\"}}", #""counts" has an invalid entry "pow""#),
        ("{\"id\":\"B\",\(batchBase),\"counts\":[1]}", #""counts" is not an object"#),
        ("{\"id\":\"B\",\(batchBase),\"counts\":{\"pow\":1},\"stage\":\"2\"}", #""stage" is not an integer"#),
        ("{\"id\":\"B\",\(batchBase),\"counts\":{\"pow\":1},\"place\":5}", #""place" is not a string"#),
        ("{\"id\":\"B\",\(batchBase),\"counts\":{\"pow\":1},\"note\":[]}", #""note" is not a string"#),
        ("{\"id\":\"B\",\(batchBase),\"counts\":{\"pow\":1},\"manifest\":[\"P-1\",2]}", #""manifest" holds a value that is not a string"#),
        ("{\"id\":\"B\",\(batchBase),\"counts\":{\"pow\":1},\"over_quota_reason\":false}", #""over_quota_reason" is not a string"#),
    ])
    func malformedBatch(text: String, reason: String) {
        #expect(payloadError { try LedgerEvent(kind: "batch.add", payload: text) } == reason)
    }

    @Test("malformed void payloads", arguments: [
        (#"{"batch":"B-1"}"#, #""reason" is missing"#),
        (#"{"reason":"x"}"#, #""batch" is missing"#),
        (#"{"batch":1,"reason":"x"}"#, #""batch" is not a string"#),
    ])
    func malformedVoid(text: String, reason: String) {
        #expect(payloadError { try LedgerEvent(kind: "batch.void", payload: text) } == reason)
    }

    @Test(
        "an agreement payload without parties or quotas is refused")
    func agreementWithoutArrays() {
        #expect(payloadError { try LedgerEvent(kind: "agreement.add", payload: #"{"date":"2025-05-16","id":"A","quotas":[],"title":"t"}"#) }
            == #""parties" is missing"#)
        #expect(payloadError { try LedgerEvent(kind: "agreement.add", payload: #"{"date":"2025-05-16","id":"A","parties":["UA","RU"],"title":"t"}"#) }
            == #""quotas" is missing"#)
    }

    @Test(
        "a batch payload without counts is refused")
    func batchWithoutCounts() {
        #expect(payloadError { try LedgerEvent(kind: "batch.add", payload: "{\"id\":\"B\",\(Self.batchBase)}") } == #""counts" is missing"#)
    }
}
