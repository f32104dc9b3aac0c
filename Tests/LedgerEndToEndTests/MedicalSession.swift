import Foundation
import LedgerTestSupport
import Testing

/// A mixed medical commission's sitting on the prisoners Russia holds: the setup the medical and
/// named-list tests share.
extension Session {
    /// The three members of every finding below.
    static let commission = "Dr Anna Berger (neutral), Dr Luca Rossi (neutral), Dr Oleg Petrov (detaining)"

    /// Ukrainian prisoners held by RU, chosen so that each key of the priority order decides a
    /// place: UA-0103 and UA-0104 share a capture date, UA-0105 has none, UA-0107 and UA-0108 share
    /// everything but the id. UA-0110 will refuse repatriation, UA-0111 and UA-0112 are never
    /// assessed, UA-0190 is a civilian and UA-0191 is home already.
    static let prisonersCSV = """
        id,held_by,belongs_to,category,family_name,given_name,birth_date,captured_on,status
        UA-0101,RU,UA,pow,Коваленко,Андрій,1985,2024-03-01,
        UA-0102,RU,UA,pow,Шевчук,Богдан,1990-04-12,2023-05-10,
        UA-0103,RU,UA,pow,Бондар,Василь,1970,2024-01-15,
        UA-0104,RU,UA,pow,Ткаченко,Григорій,1980-02,2024-01-15,
        UA-0105,RU,UA,pow,Кравчук,Денис,1975,,
        UA-0106,RU,UA,pow,Олійник,Євген,1992-07-30,2024-06-01,
        UA-0107,RU,UA,pow,Мельник,Зиновій,,2024-06-01,
        UA-0108,RU,UA,pow,Лисенко,Ігор,,2024-06-01,
        UA-0109,RU,UA,pow,Савченко,Костянтин,1999-01-01,2022-04-01,
        UA-0110,RU,UA,pow,Руденко,Леонід,1988,2024-10-01,
        UA-0111,RU,UA,pow,Марченко,Микола,1991,2024-11-02,
        UA-0112,RU,UA,pow,Гончаренко,Олег,,2025-01-15,
        UA-0190,RU,UA,civilian,Поліщук,Ольга,1960,2024-08-01,
        UA-0191,UA,UA,pow,Романенко,Петро,1983,2024-02-02,repatriated

        """

    /// The sitting: ten findings on nine prisoners, UA-0105 found twice (first not eligible), one
    /// finding that spans lines.
    static let sittingCSV = #"""
        person_id,on,category,severity,members,vote,findings
        UA-0101,2025-01-20,incurable,5,"\#(commission)",3-0,"Spinal cord injury, paraplegia"
        UA-0102,2025-06-05,long-term,4,"\#(commission)",2-1,"Open femur fracture, osteomyelitis"
        UA-0103,2025-06-05,permanent,4,"\#(commission)",3-0,Loss of both hands
        UA-0104,2025-06-05,long-term,4,"\#(commission)",3-0,Severe burns
        UA-0105,2025-02-10,not-eligible,2,"\#(commission)",3-0,Healing fracture of the tibia
        UA-0105,2025-06-05,long-term,4,"\#(commission)",2-1,"Infected fracture; ""no recovery within a year"""
        UA-0106,2025-06-05,neutral-threat,5,"\#(commission)",3-0,"Tuberculosis,
        worsening in captivity"
        UA-0107,2025-06-05,neutral-recovery,3,"\#(commission)",3-0,Shrapnel wounds
        UA-0108,2025-06-05,neutral-recovery,3,"\#(commission)",2-1,Shrapnel wounds
        UA-0109,2025-06-05,not-eligible,2,"\#(commission)",3-0,Healed wound
        UA-0110,2025-06-05,incurable,3,"\#(commission)",3-0,Amputation below the knee

        """#

    /// Children held by RU, named on the list UA hands over in `childrenCSV`.
    static let childrenPersonsCSV = """
        id,held_by,belongs_to,category,family_name,given_name,birth_date
        UA-0201,RU,UA,child,Шевченко,Марія,2012-05
        UA-0202,RU,UA,child,Іваненко,Софія,2010-09-14

        """

    /// A list of children said to have been relocated, as UA handed it to RU: Cyrillic names,
    /// partial birth dates, a note over two lines, entries with and without a person of the register.
    static let childrenCSV = """
        entry,person_id,family_name,given_name,patronymic,birth_date,notes
        1,UA-0201,Шевченко,Марія,Іванівна,2012-05,"Taken from Kherson region;
        seen in a camp near Anapa"
        2,,Коваль,Олександр,,2015,
        3,UA-0202,Іваненко,Софія,Петрівна,2010-09-14,
        4,,Бойко,Дарина,,2013,Relocated with her grandmother
        5,,Ткачук,Максим,Сергійович,2009-03,

        """

    /// Parties and agreements (seqs 1–4), the prisoners of `prisonersCSV` (seqs 5–18), the sitting
    /// of `sittingCSV` (seqs 19–29) and UA-0110's refusal of repatriation (seq 30). Built once,
    /// then copied for each test, to keep the suites fast.
    static func withSitting() throws -> Session { try sittingTemplate.get().copy() }

    /// `withSitting`, then the priority list saved as MEDICAL-2025-06 (seq 31), the children of
    /// `childrenPersonsCSV` (seqs 32–33), the list of `childrenCSV` as CHILDREN-2025-06-02 (seq 34)
    /// and its entry 1 resolved as returned (seq 35).
    static func withLists() throws -> Session { try listsTemplate.get().copy() }

    private static let sittingTemplate = Result { () throws -> Session in
        let session = try withAgreements()
        try session.importFile("prisoners.csv", prisonersCSV, ["person", "import"])
        try session.importFile("sitting.csv", sittingCSV, ["assess", "import"])
        try session.succeed(["consent", "UA-0110", "--refuses", "--on", "2025-06-06", "--witness", "ICRC delegate M. Keller"])
        return session
    }

    private static let listsTemplate = Result { () throws -> Session in
        let session = try withSitting()
        try session.succeed(["priority", "--held-by", "RU", "--save-list", "MEDICAL-2025-06", "--on", "2025-06-20"])
        try session.importFile("children-persons.csv", childrenPersonsCSV, ["person", "import"])
        try session.importFile("children.csv", childrenCSV, ["list", "import", "CHILDREN-2025-06-02", "--from", "UA", "--to", "RU",
                                                              "--on", "2025-06-02", "--file"])
        try session.succeed(["list", "resolve", "CHILDREN-2025-06-02", "1", "--as", "returned", "--on", "2025-07-10",
                             "--note", "Returned via Belarus, confirmed by the ombudsman"])
        return session
    }

    /// A new session whose ledger starts as a copy of this one's.
    func copy() throws -> Session {
        let copy = try Session()
        for suffix in ["", "-wal"] where FileManager.default.fileExists(atPath: db + suffix) {
            try FileManager.default.copyItem(atPath: db + suffix, toPath: copy.db + suffix)
        }
        return copy
    }

    /// Writes `text` to `name` and runs `command` with the file's name last.
    func importFile(_ name: String, _ text: String, _ command: [String]) throws {
        try write(name, text)
        try succeed(command + [name])
    }

    /// Runs a setup step, throwing if it fails.
    @discardableResult
    func succeed(_ arguments: [String]) throws -> ProcessResult {
        let result = try ledger(arguments)
        guard result.status == 0 else { throw SetupFailed(result: result) }
        return result
    }

    /// "seq kind" of each journal entry that `person show` lists for `person`.
    func history(of person: String) throws -> [String] {
        let shown = try ledger("person", "show", person, "--format", "json")
        let object = try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [String: Any]
        return (object?["history"] as? [[String: Any]] ?? []).map { "\($0["seq"] as? Int ?? 0) \($0["kind"] as? String ?? "")" }
    }

    /// Expects `verify` to pass over exactly `entries` journal entries.
    func expectVerified(entries: Int, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let result = try ledger("verify")
        #expect(result.status == 0 && result.stdout.hasPrefix("ok: \(entries) entries, chain intact, projections match the replay; head \(entries):"),
                "\(result)", sourceLocation: sourceLocation)
    }

    /// The lines of stdout, without the empty last one.
    static func lines(_ text: String) -> [String] {
        // CSV lines end in CRLF, which Swift counts as one Character.
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    /// Today as the binary sees it (this machine's time zone), and whole days from a date to today.
    static let today: String = dayFormatter().string(from: Date())

    static func days(since day: String) -> Int {
        let utc = dayFormatter(TimeZone(identifier: "UTC")!)
        return Int(utc.date(from: today)!.timeIntervalSince(utc.date(from: day)!) / 86_400)
    }

    /// The age in whole years today of a person born on `birth` (1985, 1980-02 or 1990-04-12):
    /// "36", or "40 or 41" when the date is partial and the birthday may or may not have passed.
    static func age(_ birth: String) -> String {
        let now = today.split(separator: "-").map { Int($0)! }
        let parts = birth.split(separator: "-").map { Int($0)! }
        func age(month: Int, day: Int) -> Int { now[0] - parts[0] - ((now[1], now[2]) < (month, day) ? 1 : 0) }
        let lastMonth = parts.count > 1 ? parts[1] : 12
        let leap = parts[0] % 4 == 0 && (parts[0] % 100 != 0 || parts[0] % 400 == 0)
        let lastDay = lastMonth == 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].contains(lastMonth) ? 30 : 31
        let youngest = age(month: lastMonth, day: parts.count > 2 ? parts[2] : lastDay)
        let oldest = age(month: parts.count > 1 ? parts[1] : 1, day: parts.count > 2 ? parts[2] : 1)
        return youngest == oldest ? "\(oldest)" : "\(youngest) or \(oldest)"
    }

    /// A count with thousands separators, as tables show it: 1,234.
    static func grouped(_ number: Int) -> String {
        let digits = String(number)
        return digits.enumerated().map { index, digit in (index > 0 && (digits.count - index) % 3 == 0 ? "," : "") + String(digit) }.joined()
    }

    private static func dayFormatter(_ zone: TimeZone = .current) -> DateFormatter {
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyy-MM-dd"
        formatter.timeZone = zone
        formatter.locale = Locale(identifier: "en_US_POSIX")
        return formatter
    }
}
