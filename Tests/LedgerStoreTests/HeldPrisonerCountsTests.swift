import Foundation
import LedgerDomain
@testable import LedgerStore
import LedgerTestSupport
import Testing

/// `held_prisoner_counts` is kept by triggers, not by the code that records events: whatever a
/// ledger went through, it must hold exactly what counting its held prisoners afresh gives.
@Suite struct HeldPrisonerCountsTests {
    static let stored = "SELECT held_by, category, refuses, eligible_since, count FROM held_prisoner_counts ORDER BY 1, 2, 3, 4"
    static let recount = """
        SELECT held_by, category, refuses, eligible_since, count(*) FROM held_prisoner_keys GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
        """

    /// The stored counts, after checking that they are the recount.
    @discardableResult
    static func expectRecount(_ path: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> String {
        let stored = try sqlite3(path, Self.stored)
        let recount = try sqlite3(path, Self.recount)
        #expect(stored.status == 0 && recount.status == 0, "\(stored) \(recount)", sourceLocation: sourceLocation)
        #expect(stored.stdout == recount.stdout, sourceLocation: sourceLocation)
        return stored.stdout
    }

    @Test(arguments: [11, 12, 13, 14] as [UInt64])
    func findingsRefusalsABatchAndItsVoidKeepTheCountsARecount(seed: UInt64) throws {
        let world = try GeneratedCommission(seed: seed)
        let afterBatch = try Self.expectRecount(world.fixture.path)
        #expect(afterBatch.contains("|1|"), "the generated refusals must be counted: \(afterBatch)")
        #expect(afterBatch.contains("|incurable|") || afterBatch.contains("|permanent|") || afterBatch.contains("|long-term|"))
        let batch = try #require(try sqlite3(world.fixture.path, "SELECT id FROM batches").stdout.split(separator: "\n").first)
        _ = try world.fixture.ledger.voidBatch(id: String(batch), reason: "recorded against the wrong agreement")
        let afterVoid = try Self.expectRecount(world.fixture.path)
        #expect(afterVoid != afterBatch, "voiding the batch brings its prisoners back into the counts")
        #expect(try world.fixture.ledger.verify(expectedHead: nil, progress: nil).failure == nil)
    }

    @Test func anIdentificationAsDeadTakesThePrisonerOutAndItsSupersessionPutsThemBack() throws {
        let f = try RemainsFixture()
        _ = try f.ledger.addPerson(fields: [.id: "UA-9", .heldBy: "RU", .belongsTo: "UA", .category: "pow", .familyName: "Полонений"])
        let held = try Self.expectRecount(f.fixture.path)
        _ = try f.ledger.identifyRemains(IdentificationRequest(remainsID: "R-1", identifiedAs: .person("UA-9"), method: .dna,
                                                               on: Day("2025-08-01")!))
        let dead = try Self.expectRecount(f.fixture.path)
        #expect(dead != held)
        _ = try f.ledger.identifyRemains(IdentificationRequest(remainsID: "R-1", identifiedAs: .party("RU"), on: Day("2025-08-02")!,
                                                               note: "a Russian identity disc", supersedeReason: "the body was another man's"))
        #expect(try Self.expectRecount(f.fixture.path) == held)
        #expect(try f.verifies())
    }

    /// A finding revised in place (an upsert of `medical_status`) moves the prisoner from one key to
    /// the other; `INSERT OR REPLACE` would not have fired the triggers.
    @Test func aRevisedFindingMovesThePrisonerToItsNewCategory() throws {
        let fixture = try Fixture()
        let members = "Dr A (neutral), Dr B (neutral), Dr C (detaining)"
        for (on, category) in [("2025-06-05", "incurable"), ("2025-06-20", "neutral-recovery")] {
            _ = try fixture.ledger.addAssessment(fields: [.personID: "UA-1", .on: on, .category: category, .severity: "4",
                                                          .members: members, .vote: "3-0", .findings: "Reviewed"])
        }
        let counts = try Self.expectRecount(fixture.path)
        #expect(counts.contains("|neutral-recovery|0||1") && !counts.contains("|incurable|"), "\(counts)")
    }
}
