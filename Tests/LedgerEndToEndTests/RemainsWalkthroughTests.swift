import Foundation
import LedgerTestSupport
import Testing

/// Remains from recovery to identification, as an operator types it: a window, bodies recovered in
/// it, a named transfer, samples and identifications, a body found to be the other side's handed
/// back, a void that brings it back, and `verify` at the end.
@Suite struct RemainsWalkthroughTests {
    func expectLine(_ session: Session, _ arguments: [String], _ stdout: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let result = try session.ledger(arguments)
        #expect(result.status == 0 && result.stdout == stdout + "\n" && result.stderr.isEmpty, "\(result)", sourceLocation: sourceLocation)
    }

    /// The csv output's rows, each cut to its first `columns` cells.
    func csv(_ session: Session, _ arguments: [String], columns: Int) throws -> [String] {
        let result = try session.ledger(arguments + ["--format", "csv"])
        #expect(result.status == 0, "\(result)")
        return result.stdout.split(separator: "\r\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).prefix(columns).joined(separator: ",") }
    }

    @Test func aBodyIsFollowedFromRecoveryToIdentificationAndBack() throws {
        let session = try Session.withAgreements()
        let persons = try session.write("persons.csv", Session.personsCSV)
        #expect(try session.ledger("person", "import", persons).status == 0)
        try expectLine(session, ["person", "add", "UA-0100", "--held-by", "RU", "--belongs-to", "UA", "--category", "pow",
                                 "--family-name", "Зниклий", "--status", "missing"], "added person UA-0100 (seq 9)")
        try expectLine(session, ["window", "add", "W-1", "--sector", "Kupiansk, 12 km segment", "--from", "2025-06-20", "--to", "2025-06-22",
                                 "--agreed-by", "UA,RU"], "added window W-1 (seq 10)")
        let remains = try session.write("remains.csv", """
            remains_id,held_by,of,recovered_on,window,tag
            R-1,RU,UA,2025-06-20,W-1,T-55/12
            R-2,RU,UA,2025-06-21,W-1,T-55/13
            R-3,RU,UA,2025-06-22,W-1,

            """)
        try expectLine(session, ["remains", "import", remains], "imported 3 bodies from \(remains) (seq 11–13)")
        try expectLine(session, ["remains", "import", remains], "nothing new in \(remains): all 3 bodies are already in the ledger with the same data")
        try expectLine(session, ["remains", "add", "R-4", "--held-by", "UA", "--of", "RU", "--recovered", "2025-06-22", "--window", "W-1",
                                 "--place", "trench line"], "added remains R-4 (seq 14)")

        let manifest = try session.write("bodies.csv", "remains_id\nR-1\nR-2\nR-3\n")
        try expectLine(session, ["add", "--agreement", "IST-2025-06-02-REMAINS", "--from", "RU", "--to", "UA", "--on", "2025-06-23",
                                 "--remains", "3", "--manifest", manifest], "recorded batch B-15: 3 from RU to UA on 2025-06-23, 3 named (seq 15)")
        try expectLine(session, ["remains", "sample", "R-1", "--dna", "S-88812", "--on", "2025-06-25"], "remains R-1 are dna-pending: sample S-88812 (seq 16)")
        try expectLine(session, ["remains", "sample", "R-2", "--dna", "S-88813", "--on", "2025-06-25"], "remains R-2 are dna-pending: sample S-88813 (seq 17)")
        try expectLine(session, ["remains", "identify", "R-1", "--as", "UA-0100", "--method", "dna", "--on", "2025-09-15"],
                       "remains R-1 are identified as person UA-0100, now deceased (seq 18)")
        #expect(try session.ledger("person", "show", "UA-0100").stdout.contains("status       deceased"))
        try expectLine(session, ["remains", "identify", "R-2", "--as-other-party", "RU", "--on", "2025-09-20", "--note", "documents of a Russian serviceman"],
                       "remains R-2 are identified as of party RU (seq 19)")
        let back = try session.write("back.csv", "remains_id\nR-2\n")
        try expectLine(session, ["add", "--agreement", "IST-2025-06-02-REMAINS", "--from", "UA", "--to", "RU", "--on", "2025-10-02", "--manifest", back],
                       "recorded batch B-20: 1 from UA to RU on 2025-10-02, 1 named (seq 20)")

        #expect(try csv(session, ["remains"], columns: 13) == [
            "remains_id,held_by,of,recovered_on,window,tag,place,status,sample,sampled_on,person,belongs_to,method",
            "R-1,UA,UA,2025-06-20,W-1,T-55/12,,identified,S-88812,2025-06-25,UA-0100,UA,dna",
            "R-2,RU,UA,2025-06-21,W-1,T-55/13,,identified,S-88813,2025-06-25,,RU,",
            "R-3,UA,UA,2025-06-22,W-1,,,unidentified,,,,,",
            "R-4,UA,RU,2025-06-22,W-1,,trench line,unidentified,,,,,",
        ])
        #expect(try csv(session, ["remains", "--held-by", "UA", "--status", "unidentified"], columns: 1) == ["remains_id", "R-3", "R-4"])
        let windows = try JSONSerialization.jsonObject(with: Data(try session.ledger("windows", "--format", "json").stdout.utf8)) as? [[String: Any]]
        #expect(windows?.count == 1)
        #expect(windows?.first?["sector"] as? String == "Kupiansk, 12 km segment")
        #expect(windows?.first?["agreed_by"] as? String == "UA,RU")
        #expect(["days", "recovered", "handed_over", "identified", "dna_pending", "unidentified", "mis_assigned"].map { windows?.first?[$0] as? Int }
            == [3, 4, 3, 2, 0, 2, 1])
        #expect(try csv(session, ["remains", "report"], columns: 9) == [
            "scope,id,party,received,handed_over,identified,dna_pending,unidentified,mis_assigned",
            "agreement,IST-2025-06-02-REMAINS,UA,3,1,2,0,1,1",
            "agreement,IST-2025-06-02-REMAINS,RU,1,3,1,0,0,0",
            "window,W-1,,4,3,2,0,2,1",
        ])
        // The hand-back voided: R-2 is held by UA again.
        try expectLine(session, ["void", "B-20", "--reason", "entered before the handover took place"], "voided batch B-20 (seq 21)")
        #expect(try csv(session, ["remains", "--held-by", "UA"], columns: 2) == ["remains_id,held_by", "R-1,UA", "R-2,UA", "R-3,UA", "R-4,UA"])
        let shown = try session.ledger("remains", "show", "R-2", "--format", "json")
        let history = (try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [String: Any])?["history"] as? [[String: Any]]
        #expect(history?.compactMap { $0["seq"] as? Int } == [12, 15, 17, 19, 20, 21], "\(shown)")
        let verified = try session.ledger("verify")
        #expect(verified.status == 0 && verified.stdout.hasPrefix("ok: 21 entries, chain intact, projections match the replay"), "\(verified)")
    }
}
