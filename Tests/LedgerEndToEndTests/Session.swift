import Foundation
import LedgerTestSupport

/// An operator at a terminal: the real `ledger` binary run in a fresh folder, with a ledger file
/// of its own. Nothing from the test's own environment (LEDGER_DB, LEDGER_ACTOR) leaks in.
struct Session {
    let scratch: Scratch
    let db: String

    init() throws {
        scratch = try Scratch()
        db = scratch.path("ledger.sqlite")
    }

    /// Runs `ledger --db <this ledger> ARGUMENTS…` as the operator "e2e".
    @discardableResult
    func ledger(_ arguments: String...) throws -> ProcessResult { try ledger(arguments) }

    /// Runs `ledger` on this ledger, or on another file `db` of this session.
    @discardableResult
    func ledger(_ arguments: [String], db: String? = nil) throws -> ProcessResult {
        try start(arguments, db: db).wait()
    }

    /// Starts `ledger` in the background, to be killed or waited for.
    func start(_ arguments: [String], db: String? = nil) throws -> RunningProcess {
        try RunningProcess(ledgerBinary, ["--db", db ?? self.db] + arguments, environment: ["LEDGER_ACTOR": "e2e"], in: scratch.directory.path)
    }

    /// `SEQ:HASH` of the last entry, as `ledger head` prints it.
    func head() throws -> String {
        try ledger("head").stdout.trimmingCharacters(in: .newlines)
    }

    /// What `sql` gives, read through the sqlite3 shell; an SQL error throws.
    func value(_ sql: String, db: String? = nil) throws -> String {
        let result = try sqlite3(db ?? self.db, sql)
        guard result.status == 0 else { throw SetupFailed(result: result) }
        return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Runs the binary with exactly these arguments, no --db added.
    func bare(_ arguments: [String], environment: [String: String] = [:]) throws -> ProcessResult {
        try run(ledgerBinary, arguments, environment: environment, in: scratch.directory.path)
    }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String { try scratch.write(name, text) }

    /// A ledger with the two parties and the two Istanbul agreements of 2025.
    static func withAgreements() throws -> Session {
        let session = try Session()
        for arguments in [
            ["init"],
            ["party", "add", "UA", "--name", "Ukraine"],
            ["party", "add", "RU", "--name", "Russian Federation"],
            ["agreement", "add", "IST-2025-05-16", "--title", "Istanbul: 1,000 for 1,000", "--date", "2025-05-16",
             "--parties", "UA,RU", "--each", "pow+civilian=1000"],
            ["agreement", "add", "IST-2025-06-02-REMAINS", "--title", "6,000 bodies for 6,000", "--date", "2025-06-02",
             "--parties", "UA,RU", "--each", "remains=6000"],
        ] {
            try session.mustSucceed(arguments)
        }
        return session
    }

    static let personsCSV = #"""
        id,held_by,belongs_to,category,family_name,given_name,patronymic,family_name_latin,given_name_latin,sex,birth_date,captured_on,unit,notes
        RU-0001,UA,RU,pow,Примеров,Иван,Иванович,Primerov,Ivan,male,1990-04,2024-01-02,fictional unit 1,
        RU-0002,UA,RU,pow,Образцов,Дмитрий,,Obraztsov,Dmitrii,male,1987,2023-08-19,fictional unit 2,"wounded, ""left arm"""
        RU-0003,UA,RU,civilian,Вымыслова,Юлия,,Vymyslova,Iuliia,female,1979-11-30,2024-05-05,,"detained
        at a checkpoint"
        UA-0001,RU,UA,pow,Прикладенко,Юрій,,Prykladenko,Yurii,male,1994-03-12,2024-11-02,fictional unit 3,

        """#
}

extension Session {
    /// A persons CSV of `count` rows with ids `generatedID(1…count)`, held by UA, belonging to RU.
    static func generatedPersons(count: Int, prefix: String = "RU") -> String {
        "id,held_by,belongs_to,category,family_name,given_name\n"
            + (1...count).map { "\(generatedID($0, prefix: prefix)),UA,RU,pow,Тестов,Иван\n" }.joined()
    }

    /// `PREFIX-000001` for 1.
    static func generatedID(_ number: Int, prefix: String = "RU") -> String {
        let digits = String(number)
        return "\(prefix)-\(String(repeating: "0", count: max(0, 6 - digits.count)))\(digits)"
    }

    /// Fails the setup step when a command did not succeed.
    func mustSucceed(_ arguments: [String]) throws {
        let result = try ledger(arguments)
        guard result.status == 0 else { throw SetupFailed(result: result) }
    }
}

struct SetupFailed: Error, CustomStringConvertible {
    let result: ProcessResult
    var description: String { "setup failed: \(result)" }
}
