import Foundation
import LedgerTestSupport
import Testing

/// Every rejected command: the right exit code, one line per problem on stderr, nothing on stdout,
/// and the database byte-for-byte as it was (`sqlite3 .dump` before and after).
@Suite struct RejectionTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var arguments: [String]
        var status: Int32
        var stderr: [String]
        var files: [String: String] = [:]
        /// Commands that must succeed first, on top of the agreements and persons every case has.
        var before: [[String]] = []
        var testDescription: String { arguments.joined(separator: " ") }
    }

    static let cases: [Case] = [
        Case(arguments: ["party", "add", "UA", "--name", "Again"], status: 65, stderr: ["error: party UA already exists"]),
        Case(arguments: ["party", "add", "ua", "--name", "x"], status: 64,
             stderr: ["error: 'ua' is not a party code (2–12 capital letters, digits or -, e.g. UA, RU, ICRC); did you mean UA? (see --help)"]),
        Case(arguments: ["add", "--agreement", "IST-2025-05-16", "--from", "RU", "--to", "UA", "--on", "2025-05-23", "--pow", "1", "--stage", "0"],
             status: 64, stderr: ["error: --stage must be 1 or more, got 0 (see --help)"]),
        Case(arguments: ["add", "--agreement", "IST-2025-05-16", "--from", "RU", "--to", "UA", "--on", "2025-05-23", "--pow", "1000000001"],
             status: 64, stderr: ["error: --pow must be from 0 to 1,000,000,000, got 1,000,000,001 (see --help)"]),
        Case(arguments: ["add", "--agreement", "IST-2025-05-16", "--from", "RU", "--to", "UA", "--on", "2025-05-23", "--pow", "1e9"], status: 64,
             stderr: ["error: The value '1e9' is invalid for '--pow <pow>': '1e9' is not a count (digits 0–9 only) (see --help)"]),
        Case(arguments: ["add", "--agreement", "IST-2025-05-16", "--from", "RU", "--to", "UA", "--on", "2025-05-23", "--civilian", "1", "--pow", "-0"],
             status: 64, stderr: ["error: The value '-0' is invalid for '--pow <pow>': '-0' is not a count (digits 0–9 only) (see --help)"]),
        Case(arguments: ["add", "--agreement", "IST-2025-05-16", "--from", "RU", "--to", "UA", "--on", "2025-05-23", "--pow", "1", "--id", "B-77"],
             status: 65, stderr: ["error: batch ids B-<number> are given by the ledger; choose another --id than B-77"]),
        Case(arguments: ["agreement", "add", "X-1", "--title", "t", "--date", "2025-01-01", "--parties", "UA,PL", "--each", "pow=5"],
             status: 65, stderr: ["error: unknown party PL (add it with `ledger party add PL --name …`)"]),
        Case(arguments: ["agreement", "add", "X-1", "--title", "t", "--date", "2099-01-01", "--parties", "UA,RU", "--each", "pow=5"],
             status: 65, stderr: ["error: agreement date 2099-01-01 is in the future (today is \(today))"]),
        Case(arguments: ["agreement", "add", "X-1", "--title", "t", "--date", "2025-01-01", "--parties", "UA,RU", "--each", "pow=5",
                         "--quota", "RU:pow=7"],
             status: 65, stderr: ["error: pow released by RU is in more than one quota"]),
        Case(arguments: ["agreement", "add", "X-1", "--title", "t", "--date", "2025-02-30", "--parties", "UA,RU", "--each", "pow=5"],
             status: 64, stderr: ["error: The value '2025-02-30' is invalid for '--date <date>': '2025-02-30' is not a date (YYYY-MM-DD) (see --help)"]),
        Case(arguments: ["agreement", "add", "X-1", "--title", "t", "--date", "2025-01-01", "--parties", "UA,RU", "--each", "soldiers=5"],
             status: 64, stderr: ["error: The value 'soldiers=5' is invalid for '--each <quota>': quota 'soldiers=5': unknown category 'soldiers' (one of pow, civilian, child, remains) (see --help)"]),
        Case(arguments: ["add", "--agreement", "NOPE", "--from", "RU", "--to", "UA", "--on", "2025-05-23", "--pow", "1"],
             status: 65, stderr: ["error: unknown agreement NOPE"]),
        Case(arguments: ["add", "--agreement", "ist-2025-05-16", "--from", "RU", "--to", "UA", "--on", "2025-05-23", "--pow", "1"],
             status: 65, stderr: ["error: unknown agreement ist-2025-05-16; did you mean IST-2025-05-16?"]),
        Case(arguments: ["add", "--agreement", "IST-2025-05-61", "--from", "RU", "--to", "UA", "--on", "2025-05-23", "--pow", "1"],
             status: 65, stderr: ["error: unknown agreement IST-2025-05-61; did you mean IST-2025-05-16?"]),
        Case(arguments: ["add", "--agreement", "IST-2025-05-16", "--from", "ru", "--to", "UA", "--on", "2025-05-23", "--pow", "1"], status: 64,
             stderr: ["error: --from: 'ru' is not a party code (2–12 capital letters, digits or -, e.g. UA, RU, ICRC); did you mean RU? (see --help)"]),
        Case(arguments: ["add", "--agreement", "IST-2025-05-16", "--from", "UA", "--to", "RU", "--on", "2025-05-23", "--manifest", "m.csv"],
             status: 65, stderr: ["error: m.csv:2:1: unknown person ru-0002; did you mean RU-0002?", "error: m.csv:3:1: unknown person RU-9999"],
             files: ["m.csv": "id\nru-0002\nRU-9999\n"]),
        Case(arguments: ["add", "--agreement", "IST-2025-05-16", "--from", "RU", "--to", "RU", "--on", "2099-05-23", "--pow", "0"],
             status: 65, stderr: [
                "error: a batch goes from one party to another, not from RU to itself",
                "error: date 2099-05-23 is in the future (today is \(today))",
                "error: a batch needs a count above zero (--pow, --civilian, --child, --remains) or a --manifest",
             ]),
        Case(arguments: ["add", "--agreement", "IST-2025-05-16", "--from", "RU", "--to", "UA", "--on", "2025-05-01", "--pow", "1"],
             status: 65, stderr: ["error: date 2025-05-01 is before agreement IST-2025-05-16 of 2025-05-16"]),
        Case(arguments: ["add", "--agreement", "IST-2025-05-16", "--from", "RU", "--to", "UA", "--on", "2025-05-23", "--pow", "1001"],
             status: 65, stderr: ["error: pow+civilian released by RU would reach 1,001 of 1,000 agreed under IST-2025-05-16; record it anyway with --over-quota-reason TEXT"]),
        Case(arguments: ["add", "--agreement", "IST-2025-05-16", "--from", "RU", "--to", "UA", "--on", "2025-05-23", "--remains", "5"],
             status: 65, stderr: ["error: agreement IST-2025-05-16 has no quota for remains released by RU; record it anyway with --over-quota-reason TEXT"]),
        Case(arguments: ["add", "--agreement", "IST-2025-05-16", "--from", "RU", "--to", "UA", "--on", "2025-05-23", "--pow", "5",
                         "--over-quota-reason", "none"],
             status: 65, stderr: ["error: nothing in this batch is over quota; leave out --over-quota-reason"]),
        Case(arguments: ["add", "--agreement", "IST-2025-05-16", "--from", "UA", "--to", "RU", "--on", "2025-05-23", "--manifest", "manifest.csv", "--pow", "3"],
             status: 65, stderr: [
                "error: manifest.csv:3:1: person RU-0001 appears twice in the manifest (first at line 2)",
                "error: manifest.csv:4:1: person UA-0001 is held by RU, not by UA",
                "error: manifest.csv:5:1: unknown person RU-9999",
                "error: --pow 3 does not match the manifest, which names 2",
             ],
             files: ["manifest.csv": "id\nRU-0001\nRU-0001\nUA-0001\nRU-9999\n"]),
        Case(arguments: ["add", "--agreement", "IST-2025-05-16", "--from", "UA", "--to", "RU", "--on", "2025-05-23", "--manifest", "absent.csv"],
             status: 66, stderr: ["error: absent.csv: no such file or directory"]),
        Case(arguments: ["add", "--agreement", "IST-2025-05-16", "--from", "UA", "--to", "RU", "--on", "2025-05-23"],
             status: 64, stderr: ["error: give counts (--pow, --civilian, --child, --remains) or a --manifest (see --help)"]),
        Case(arguments: ["void", "B-404", "--reason", "x"], status: 65, stderr: ["error: unknown batch B-404"]),
        Case(arguments: ["person", "import", "bad.csv"], status: 65, stderr: [
                "error: bad.csv:2:1: id RU-0001 is already in the ledger (seq 5) with different data: "
                    + "family_name: Другой here, Примеров in the ledger; given_name: (none) here, Иван in the ledger; "
                    + "patronymic: (none) here, Иванович in the ledger; family_name_latin: (none) here, Primerov in the ledger; "
                    + "given_name_latin: (none) here, Ivan in the ledger; sex: (none) here, male in the ledger; "
                    + "birth_date: (none) here, 1990-04 in the ledger; unit: (none) here, fictional unit 1 in the ledger; "
                    + "captured_on: (none) here, 2024-01-02 in the ledger",
                "error: bad.csv:3:9: held_by: unknown party PL",
                "error: bad.csv:4:19: quoted field is never closed",
             ],
             files: ["bad.csv": "id,held_by,belongs_to,category,family_name\nRU-0001,UA,RU,pow,Другой\nRU-0100,PL,RU,pow,Тестов\nRU-0101,UA,RU,pow,\"Тестов\n"]),
        Case(arguments: ["person", "import", "huge-field.csv"], status: 65, stderr: ["error: huge-field.csv:2:32787: field longer than 65536 bytes"],
             files: ["huge-field.csv": "id,held_by,belongs_to,category,family_name\nRU-0100,UA,RU,pow,\(String(repeating: "Ж", count: 5_000_000))\n"]),
        Case(arguments: ["person", "import", "wide.csv"], status: 65, stderr: ["error: wide.csv:2:1001: more than 1000 fields in one record"],
             files: ["wide.csv": "id,held_by,belongs_to,category,family_name\n\(String(repeating: ",", count: 999_999))\nRU-0100,UA,RU,pow,Тестов\n"]),
        Case(arguments: ["person", "import", "missing.csv"], status: 66, stderr: ["error: missing.csv: no such file or directory"]),
        Case(arguments: ["person", "import", "header.csv"], status: 65, stderr: ["error: header.csv: the file has a header but no persons"],
             files: ["header.csv": "id,held_by,belongs_to,category,family_name\n"]),
        Case(arguments: ["person", "add", "RU-0200", "--held-by", "UA", "--belongs-to", "RU", "--category", "soldier", "--family-name", "X"],
             status: 64, stderr: ["error: The value 'soldier' is invalid for '--category <category>'. Please provide one of 'pow', 'civilian' or 'child'. (see --help)"]),
        Case(arguments: ["person", "add", "RU 0200", "--held-by", "UA", "--belongs-to", "RU", "--category", "pow", "--family-name", "X"],
             status: 64, stderr: ["error: person id 'RU 0200' may hold only letters A–Z, digits and . _ : / - (see --help)"]),
        Case(arguments: ["person", "add", "RU-0200", "--held-by", "UA", "--belongs-to", "RU", "--category", "pow", "--family-name", "X\u{202E}Y",
                         "--birth-date", "2099"],
             status: 65, stderr: ["error: family_name: contains the invisible direction mark U+202E",
                                  "error: birth_date: 2099 is in the future (today is \(today))"]),
        Case(arguments: ["person", "show", "NOBODY"], status: 65, stderr: ["error: unknown person NOBODY"]),
        Case(arguments: ["verify", "--expect-head", "12:abc"], status: 64,
             stderr: ["error: The value '12:abc' is invalid for '--expect-head <seq:hash>': expected head '12:abc' must be SEQ:HASH as `ledger head` prints it (64 lowercase hex digits) (see --help)"]),
        Case(arguments: ["log", "--kind", "person.delete"], status: 64,
             stderr: ["error: --kind must be one of party.add, agreement.add, person.add, batch.add, batch.void, assessment.add, consent.record, list.add, list.resolve, window.add, remains.add, remains.sample, remains.identify, log.origin, key.add (see --help)"]),
        Case(arguments: ["party", "add", "PL", "--name", "Poland", "--actor", "bad\u{7}actor"], status: 64,
             stderr: ["error: the actor 'bad\\u{0007}actor' contains a control character (see --help)"]),
    ]

    /// A window of 20–22 June 2025, remains R-1 (held by RU, presumed UA) recovered in it and R-2
    /// held by UA, and R-1 identified as UA-0001.
    static let remains: [[String]] = [
        ["window", "add", "W-1", "--sector", "Kupiansk", "--from", "2025-06-20", "--to", "2025-06-22", "--agreed-by", "UA,RU"],
        ["remains", "add", "R-1", "--held-by", "RU", "--of", "UA", "--recovered", "2025-06-21", "--window", "W-1"],
        ["remains", "add", "R-2", "--held-by", "UA", "--of", "UA", "--recovered", "2025-06-21"],
        ["remains", "identify", "R-1", "--as", "UA-0001", "--method", "dna", "--on", "2025-07-01"],
    ]

    static let remainsCases: [Case] = [
        Case(arguments: ["window", "add", "W-2", "--sector", "x", "--from", "2025-06-20", "--to", "2025-06-28", "--agreed-by", "UA,UA"],
             status: 65, stderr: ["error: the window lasts 9 days; a recovery window lasts 1 to 7", "error: party UA is named twice in --agreed-by",
                                  "error: a recovery window is agreed by at least two parties; --agreed-by names 1"]),
        Case(arguments: ["window", "add", "W-1", "--sector", "x", "--from", "2025-06-20", "--to", "2025-06-22", "--agreed-by", "UA,RU"],
             status: 65, stderr: ["error: window W-1 already exists"], before: Array(remains.prefix(1))),
        Case(arguments: ["window", "add", "W-2", "--sector", "x", "--from", "2025-06-20", "--to", "2025-06-22", "--agreed-by", "UA,ru"],
             status: 64, stderr: ["error: --agreed-by: 'ru' is not a party code (2–12 capital letters, digits or -, e.g. UA, RU, ICRC); did you mean RU? (see --help)"]),
        Case(arguments: ["remains", "add", "R-9", "--held-by", "RU", "--of", "UA", "--recovered", "2025-06-25", "--window", "W-1"],
             status: 65, stderr: ["error: recovered_on: 2025-06-25 is outside window W-1 (2025-06-20 – 2025-06-22)"], before: Array(remains.prefix(1))),
        Case(arguments: ["remains", "add", "R-9", "--held-by", "RU", "--of", "PL", "--recovered", "2099-01-01", "--window", "W-9"],
             status: 65, stderr: ["error: of: unknown party PL", "error: recovered_on: 2099-01-01 is in the future (today is \(today))",
                                  "error: window: unknown window W-9"]),
        Case(arguments: ["remains", "import", "bad.csv"], status: 65, stderr: [
                "error: bad.csv:2:1: remains R-1 are already in the ledger (seq 10) with different data: "
                    + "recovered_on: 2025-06-22 here, 2025-06-21 in the ledger; window: (none) here, W-1 in the ledger",
                "error: bad.csv:3:8: of: unknown party PL",
                "error: bad.csv:4:1: remains R-3 appear twice in this file (first at line 3)",
             ],
             files: ["bad.csv": "remains_id,held_by,of,recovered_on\nR-1,RU,UA,2025-06-22\nR-3,UA,PL,2025-06-22\nR-3,UA,RU,2025-06-22\n"],
             before: remains),
        Case(arguments: ["remains", "import", "missing.csv"], status: 66, stderr: ["error: missing.csv: no such file or directory"]),
        Case(arguments: ["remains", "import", "header.csv"], status: 65, stderr: ["error: header.csv:1:1: required column of is missing"],
             files: ["header.csv": "remains_id,held_by,recovered_on\n"]),
        Case(arguments: ["remains", "sample", "R-9", "--dna", "S-1", "--on", "2025-06-25"], status: 65, stderr: ["error: unknown remains R-9"]),
        Case(arguments: ["remains", "sample", "R-1", "--dna", "S-1", "--on", "2025-07-02"], status: 65,
             stderr: ["error: remains R-1 are identified already (as person UA-0001); no sample is taken"], before: remains),
        Case(arguments: ["remains", "identify", "R-1", "--as", "UA-0001"], status: 64, stderr: ["error: --as PERSON-ID needs --method (see --help)"]),
        Case(arguments: ["remains", "identify", "R-1", "--as", "UA-0001", "--method", "dna", "--supersede"], status: 64,
             stderr: ["error: --supersede and --reason go together (see --help)"]),
        Case(arguments: ["remains", "identify", "R-1"], status: 64, stderr: ["error: give either --as PERSON-ID or --as-other-party PARTY (see --help)"]),
        Case(arguments: ["remains", "identify", "R-2", "--as", "UA-0001", "--method", "dental", "--on", "2025-07-02"], status: 65,
             stderr: ["error: person UA-0001 is identified as remains R-1 already; to replace that, give --supersede --reason TEXT"], before: remains),
        Case(arguments: ["remains", "identify", "R-2", "--as-other-party", "RU"], status: 65,
             stderr: ["error: a finding that remains belong to the other party needs a --note saying how it is known"], before: remains),
        Case(arguments: ["add", "--agreement", "IST-2025-06-02-REMAINS", "--from", "UA", "--to", "RU", "--on", "2025-07-02", "--manifest", "m.csv"],
             status: 65, stderr: [
                "error: m.csv:2:2: remains R-1 are held by RU, not by UA",
                "error: m.csv:3:2: remains R-2 are of UA (presumed); they are handed over to their own party, not to RU",
                "error: m.csv:4:1: unknown person RU-9999",
             ],
             files: ["m.csv": "id,remains_id\n,R-1\n,R-2\nRU-9999,\n"], before: remains),
        Case(arguments: ["add", "--agreement", "IST-2025-06-02-REMAINS", "--from", "UA", "--to", "RU", "--on", "2025-07-02", "--manifest", "m.csv"],
             status: 65, stderr: ["error: m.csv:2:1: the row names both a person (id) and remains (remains_id); give one a row",
                                  "error: m.csv:3:1: the row names neither a person (id) nor remains (remains_id)"],
             files: ["m.csv": "id,remains_id,note\nRU-0001,R-3,\n,,sent back\n"]),
        Case(arguments: ["remains", "--status", "lost"], status: 64,
             stderr: ["error: The value 'lost' is invalid for '--status <status>'. Please provide one of 'unidentified', 'dna-pending' or 'identified'. (see --help)"]),
        Case(arguments: ["remains", "report", "--agreement", "NOPE"], status: 65, stderr: ["error: unknown agreement NOPE"]),
    ]

    /// A new id in lower case, wherever it enters, is refused with the id in capitals it probably
    /// means; so is an id looked up and not found. Two ids differing in case are never two records.
    static let lowerCaseCases: [Case] = [
        Case(arguments: ["person", "add", "ru-0401", "--held-by", "UA", "--belongs-to", "RU", "--category", "pow", "--family-name", "X"],
             status: 65, stderr: ["error: id: 'ru-0401' has lower case letters; ids are written in capitals: RU-0401"]),
        Case(arguments: ["person", "import", "p.csv"], status: 65,
             stderr: ["error: p.csv:3:1: id: 'ru-0401' has lower case letters; ids are written in capitals: RU-0401"],
             files: ["p.csv": "id,held_by,belongs_to,category,family_name\nRU-0401,UA,RU,pow,Тестов\nru-0401,UA,RU,pow,Тестов\n"]),
        Case(arguments: ["remains", "add", "r-1", "--held-by", "RU", "--of", "UA", "--recovered", "2025-06-21"], status: 65,
             stderr: ["error: remains_id: 'r-1' has lower case letters; ids are written in capitals: R-1"]),
        Case(arguments: ["remains", "import", "r.csv"], status: 65,
             stderr: ["error: r.csv:2:1: remains_id: 'R-x' has lower case letters; ids are written in capitals: R-X"],
             files: ["r.csv": "remains_id,held_by,of,recovered_on\nR-x,RU,UA,2025-06-22\n"]),
        Case(arguments: ["agreement", "add", "ist-x", "--title", "t", "--date", "2025-01-01", "--parties", "UA,RU", "--each", "pow=5"],
             status: 65, stderr: ["error: agreement id 'ist-x' has lower case letters; ids are written in capitals: IST-X"]),
        Case(arguments: ["add", "--agreement", "IST-2025-05-16", "--from", "RU", "--to", "UA", "--on", "2025-05-23", "--pow", "1", "--id", "b-1"],
             status: 65, stderr: ["error: batch id 'b-1' has lower case letters; ids are written in capitals: B-1",
                                  "error: batch ids B-<number> are given by the ledger; choose another --id than b-1"]),
        // An unknown id in lower case whose capitals name no record: the rule, with no record to point at.
        Case(arguments: ["add", "--agreement", "ist-x", "--from", "RU", "--to", "UA", "--on", "2025-05-23", "--pow", "1"],
             status: 65, stderr: ["error: unknown agreement ist-x; ids are written in capitals: IST-X"]),
        Case(arguments: ["add", "--agreement", "IST-2025-05-16", "--from", "UA", "--to", "RU", "--on", "2025-05-23", "--manifest", "m.csv"],
             status: 65, stderr: ["error: m.csv:2:1: unknown person ru-7777; ids are written in capitals: RU-7777"],
             files: ["m.csv": "id\nru-7777\n"]),
        Case(arguments: ["list", "import", "l-1", "--from", "UA", "--to", "RU", "--on", "2025-06-02", "--file", "l.csv"], status: 65,
             stderr: ["error: list id 'l-1' has lower case letters; ids are written in capitals: L-1",
                      "error: l.csv:2:10: person_id: unknown person ru-0001; ids are written in capitals: RU-0001"],
             files: ["l.csv": "entry,family_name,person_id\n1,Testov,ru-0001\n"]),
        Case(arguments: ["priority", "--held-by", "RU", "--save-list", "med-1"], status: 65,
             stderr: ["error: list id 'med-1' has lower case letters; ids are written in capitals: MED-1",
                      "error: the priority list is empty; there is nothing to save as med-1"]),
        Case(arguments: ["window", "add", "w-1", "--sector", "x", "--from", "2025-06-20", "--to", "2025-06-22", "--agreed-by", "UA,RU"],
             status: 65, stderr: ["error: window id 'w-1' has lower case letters; ids are written in capitals: W-1"]),
        Case(arguments: ["remains", "sample", "R-2", "--dna", "s-1", "--on", "2025-06-25"], status: 65,
             stderr: ["error: sample id 's-1' has lower case letters; ids are written in capitals: S-1"], before: remains),
        Case(arguments: ["person", "show", "ru-0001"], status: 65, stderr: ["error: unknown person ru-0001; ids are written in capitals: RU-0001"]),
    ]

    /// A count-only batch typed twice; the first copy is B-9 (after the agreements and persons).
    static let typedTwice: [String] = ["add", "--agreement", "IST-2025-05-16", "--from", "RU", "--to", "UA", "--on", "2025-05-23", "--pow", "270"]
    static let duplicateCases: [Case] = [
        Case(arguments: typedTwice + ["--stage", "2"], status: 65,
             stderr: ["error: batch B-9 of 2025-05-23 already records 270 pow from RU to UA; add --again if this is a second transfer"],
             before: [typedTwice]),
        // Over quota because it is a copy: the message points at the copy, not at --over-quota-reason.
        Case(arguments: Array(typedTwice.dropLast()) + ["800"], status: 65,
             stderr: ["error: batch B-9 of 2025-05-23 already records 800 pow from RU to UA; add --again if this is a second transfer"],
             before: [Array(typedTwice.dropLast()) + ["800"]]),
        Case(arguments: typedTwice + ["--again"], status: 65,
             stderr: ["error: no standing count-only batch records the same from RU to UA on 2025-05-23; leave out --again"],
             before: [Array(typedTwice.dropLast()) + ["271"]]),
        Case(arguments: ["priority", "--held-by", "RU", "--on", "2025-06-20"], status: 64,
             stderr: ["error: --on dates a saved list; give it with --save-list (see --help)"]),
    ]

    static let today: String = {
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyy-MM-dd"
        formatter.timeZone = TimeZone.current
        return formatter.string(from: Date())
    }()

    @Test(arguments: cases + remainsCases + lowerCaseCases + duplicateCases)
    func aRejectedCommandChangesNothing(_ testCase: Case) throws {
        let session = try Session.withAgreements()
        let persons = try session.write("persons.csv", Session.personsCSV)
        #expect(try session.ledger("person", "import", persons).status == 0)
        for (name, text) in testCase.files { try session.write(name, text) }
        for arguments in testCase.before {
            let setup = try session.ledger(arguments)
            #expect(setup.status == 0, "\(setup)")
        }
        let before = try dump(session.db)
        let result = try session.ledger(testCase.arguments)
        #expect(result.status == testCase.status, "\(result)")
        #expect(result.errorLines == testCase.stderr, "\(result)")
        #expect(result.stdout.isEmpty, "\(result)")
        #expect(try dump(session.db) == before)
    }
}
