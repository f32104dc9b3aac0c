import PropertyBased
import Testing
@testable import LedgerDomain

@Suite("Timestamp")
struct TimestampTests {
    // Expected texts computed with Python:
    // python3 -c 'import datetime as d; print(d.datetime(1970,1,1)+d.timedelta(milliseconds=1748008931120))'
    @Test("formats as RFC 3339 UTC with milliseconds", arguments: [
        (Int64(0), "1970-01-01T00:00:00.000Z"),
        (1_748_008_931_120, "2025-05-23T14:02:11.120Z"),
        (1, "1970-01-01T00:00:00.001Z"),
        (86_399_999, "1970-01-01T23:59:59.999Z"),
        (86_400_000, "1970-01-02T00:00:00.000Z"),
        (951_868_799_999, "2000-02-29T23:59:59.999Z"),
        (-1, "1969-12-31T23:59:59.999Z"),
        (-86_400_000, "1969-12-31T00:00:00.000Z"),
        (-86_400_001, "1969-12-30T23:59:59.999Z"),
        (-62_135_596_800_000, "0001-01-01T00:00:00.000Z"),
    ])
    func formatting(milliseconds: Int64, text: String) {
        #expect(Timestamp(millisecondsSinceEpoch: milliseconds).description == text)
    }

    @Test("day is the UTC calendar day, also before 1970")
    func dayOfTimestamp() {
        #expect(Timestamp(millisecondsSinceEpoch: 1_748_008_931_120).day == day("2025-05-23"))
        #expect(Timestamp(millisecondsSinceEpoch: -1).day == day("1969-12-31"))
        #expect(Timestamp(millisecondsSinceEpoch: 0).day == day("1970-01-01"))
    }

    @Test("every timestamp formats to 24 characters whose parts read back to the same instant")
    func formattingProperty() async {
        await propertyCheck(count: 1000, input: Gen.int64(in: -62_135_596_800_000...253_402_300_799_999)) { milliseconds in
            let text = Timestamp(millisecondsSinceEpoch: milliseconds).description
            #expect(text.count == 24)
            let characters = Array(text)
            let parsedDay = Day(String(characters[0..<10]))
            let hours = Int64(String(characters[11..<13])), minutes = Int64(String(characters[14..<16]))
            let seconds = Int64(String(characters[17..<19])), millis = Int64(String(characters[20..<23]))
            #expect(characters[10] == "T" && characters[13] == ":" && characters[16] == ":" && characters[19] == "." && characters[23] == "Z")
            guard let parsedDay, let hours, let minutes, let seconds, let millis else {
                Issue.record("unreadable timestamp \(text)")
                return
            }
            #expect(hours < 24 && minutes < 60 && seconds < 60)
            let back = Int64(parsedDay.daysSinceEpoch) * 86_400_000 + ((hours * 60 + minutes) * 60 + seconds) * 1000 + millis
            #expect(back == milliseconds)
        }
    }
}
