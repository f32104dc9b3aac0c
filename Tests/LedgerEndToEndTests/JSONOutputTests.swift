import Foundation
import LedgerTestSupport
import Testing

/// `--format json` is the same everywhere: checks say their outcome as an object, a recorded batch
/// names its id, and flags are booleans where the other formats write yes and no.
@Suite struct JSONOutputTests {
    static func object(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], "\(text)")
    }

    @Test("verify --format json: the outcome as an object, passed or failed")
    func verify() throws {
        let session = try Session.withAgreements()
        let passed = try session.ledger("verify", "--format", "json")
        #expect(passed.status == 0, "\(passed)")
        let ok = try Self.object(passed.stdout)
        #expect(ok["ok"] as? Bool == true && ok["entries"] as? Int == 4 && (ok["head"] as? String)?.hasPrefix("4:") == true, "\(ok)")
        #expect(ok["failure"] is NSNull, "\(ok)")

        let failed = try session.ledger("verify", "--format", "json", "--expect-head", "3:" + String(repeating: "0", count: 64))
        #expect(failed.status == 1, "\(failed)")
        let bad = try Self.object(failed.stdout)
        #expect(bad["ok"] as? Bool == false && (bad["failure"] as? String)?.hasPrefix("seq 3") == true, "\(bad)")
        #expect(failed.errorLines.count == 1 && failed.errorLines[0].hasPrefix("verify failed: seq 3"), "\(failed)")
    }

    @Test("reconcile --check --format json: ok and what is unresolved")
    func reconcileCheck() throws {
        let session = try Session.withAgreements()
        let result = try session.ledger("reconcile", "--check", "--format", "json")
        #expect(result.status == 1, "\(result)")
        let report = try Self.object(result.stdout)
        #expect(report["ok"] as? Bool == false, "\(report)")
        #expect((report["unresolved"] as? [[String: Any]])?.isEmpty == false, "\(report)")
    }

    @Test("add --format json names the batch; batches --format json writes flags as booleans, csv as yes and no")
    func batchIdAndFlags() throws {
        let session = try Session.withAgreements()
        let added = try session.ledger("add", "--agreement", "IST-2025-05-16", "--from", "RU", "--to", "UA", "--on", "2025-05-23",
                                       "--pow", "5", "--format", "json")
        #expect(added.status == 0, "\(added)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(added.stdout.utf8)) as? [[String: Any]])
        #expect(rows.count == 1 && rows[0]["batch"] as? String == "B-5" && rows[0]["seq"] as? Int == 5, "\(added)")

        let json = try session.ledger("batches", "--format", "json").stdout
        #expect(json.contains(#""named":false"#) && !json.contains(#""named":"no""#), "\(json)")
        let csv = try session.ledger("batches", "--format", "csv").stdout
        #expect(csv.split(separator: "\r\n").dropFirst().allSatisfy { $0.split(separator: ",").contains("no") }, "\(csv)")
    }

    @Test("a mistyped command is answered with the one meant, at its own level",
          arguments: [(["bathces"], "batches"), (["person", "shwo"], "show"), (["remains", "idenitfy"], "identify")])
    func mistypedCommand(arguments: [String], meant: String) throws {
        let result = try Session().bare(arguments)
        #expect(result.status == 64, "\(result)")
        #expect(result.errorLines.count == 1 && result.errorLines[0].hasSuffix("; did you mean \(meant)? (see --help)"), "\(result)")
    }
}
