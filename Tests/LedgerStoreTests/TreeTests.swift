import Foundation
import LedgerDomain
import LedgerProofs
import LedgerStore
import LedgerTestSupport
import Testing

/// The Merkle tree the ledger keeps over its journal: what it gives for any size is the tree of
/// RFC 9162 hashed from scratch, whether its entries came one command at a time or in one import,
/// and a node changed or removed by hand is found by `verify` like any projection row.
@Suite struct TreeTests {
    /// A ledger of 3 + `persons` entries, half of the persons imported in one go and the rest one
    /// command each, so that kept nodes are written by both paths.
    static func ledger(persons: Int) throws -> Fixture {
        let fixture = try Fixture(populated: false)
        _ = try fixture.ledger.addParty(code: "UA", name: "Ukraine")
        _ = try fixture.ledger.addParty(code: "RU", name: "Russian Federation")
        _ = try fixture.ledger.recordOrigin("tests.example/tree")
        let imported = persons / 2
        let rows = (0..<imported).map { "RU-\($0),UA,RU,pow,Тестов,,Testov,,\n" }.joined()
        _ = try fixture.ledger.importPersons(csvPath: try fixture.scratch.write("persons.csv", Fixture.personsHeader + rows))
        for index in imported..<persons {
            _ = try fixture.ledger.addPerson(fields: [.id: "UA-\(index)", .heldBy: "RU", .belongsTo: "UA", .category: "pow", .familyName: "Тестенко"])
        }
        return fixture
    }

    /// The leaf hashes of the journal's entries, from its hashes alone.
    static func leafHashes(_ ledger: SQLiteLedger) throws -> [TreeHash] {
        var leaves: [TreeHash] = []
        try ledger.journal(since: nil, kind: nil) { leaves.append(MerkleTree.leafHash(TreeHash(hex: $0.hash)!.bytes)) }
        return leaves
    }

    @Test func rootsAndProofsAtEverySizeAreThoseOfTheTreeHashedFromScratch() throws {
        let fixture = try Self.ledger(persons: 600)
        let leaves = try Self.leafHashes(fixture.ledger)
        #expect(leaves.count == 603)
        #expect(try fixture.count("tree_nodes") == 2)
        let sizes = [1, 2, 3, 255, 256, 257, 300, 511, 512, 513, 602, 603]
        for size in sizes {
            let tree = try fixture.ledger.tree(size: size)
            #expect(tree.root == MerkleTree.root(of: Array(leaves[..<size])), "size \(size)")
            #expect(tree.head?.seq == Int64(size))
            for seq in Set([1, size / 2 + 1, size]) {
                let (entry, path) = try fixture.ledger.inclusionProof(seq: Int64(seq), size: size)
                #expect(entry.seq == Int64(seq))
                #expect(path == MerkleTree.inclusionProof(index: seq - 1, leafHashes: Array(leaves[..<size])), "seq \(seq) of \(size)")
                #expect(MerkleTree.verifyInclusion(leafHash: leaves[seq - 1], index: seq - 1, size: size, proof: path, root: tree.root))
            }
        }
        for (old, new) in [(1, 603), (255, 256), (256, 513), (300, 512), (513, 602), (603, 603)] {
            let path = try fixture.ledger.consistencyProof(from: old, to: new)
            #expect(path == MerkleTree.consistencyProof(from: old, leafHashes: Array(leaves[..<new])), "\(old) → \(new)")
            #expect(MerkleTree.verifyConsistency(oldSize: old, newSize: new, oldRoot: MerkleTree.root(of: Array(leaves[..<old])),
                                                 newRoot: MerkleTree.root(of: Array(leaves[..<new])), proof: path))
        }
    }

    @Test func noTreeLargerThanTheJournalAndNoProofOutsideIt() throws {
        let fixture = try Self.ledger(persons: 2)
        #expect(throws: LedgerError.rejected("the journal has 5 entries; it has no tree of 6")) { _ = try fixture.ledger.tree(size: 6) }
        #expect(throws: LedgerError.rejected("seq 5 is not in the tree of 4 entries")) { _ = try fixture.ledger.inclusionProof(seq: 5, size: 4) }
        #expect(throws: LedgerError.rejected("no consistency proof from 4 entries to 3")) { _ = try fixture.ledger.consistencyProof(from: 4, to: 3) }
        #expect(try fixture.ledger.tree(size: 0).root == MerkleTree.emptyRoot)
    }

    /// Tampers with a copy of the ledger and verifies the copy.
    private func verifyAfter(_ sql: String, on fixture: Fixture) throws -> VerifyReport {
        let copy = try fixture.copy(named: "tampered-\(UUID().uuidString).sqlite")
        let result = try tamper(copy, sql)
        #expect(result.status == 0, "\(result)")
        return try SQLiteLedger.open(path: copy, actor: "auditor").verify(expectedHead: nil)
    }

    @Test func aChangedNodeIsFoundAndNamedWithTheEntryThatCompletedIt() throws {
        let fixture = try Self.ledger(persons: 300)
        let report = try verifyAfter("UPDATE tree_nodes SET hash = zeroblob(32) WHERE level = 8 AND idx = 0", on: fixture)
        #expect(report.failure?.seq == 256)
        #expect(report.failure?.message.hasPrefix("tree_nodes row level=8, idx=0 differs from the journal: hash is") == true, "\(String(describing: report.failure))")
    }

    @Test func aRemovedNodeIsFound() throws {
        let fixture = try Self.ledger(persons: 300)
        let report = try verifyAfter("DELETE FROM tree_nodes", on: fixture)
        #expect(report.failure == .init(seq: 256, message: "tree_nodes row level=8, idx=0 made by the journal is missing from the database"))
    }

    /// A proof is never made from a damaged tree: a missing node is a database error, not a proof
    /// that the other side would find false.
    @Test func aProofOverAMissingNodeIsRefused() throws {
        let fixture = try Self.ledger(persons: 300)
        let copy = try fixture.copy(named: "no-node.sqlite")
        #expect(try tamper(copy, "DELETE FROM tree_nodes").status == 0)
        let damaged = try SQLiteLedger.open(path: copy, actor: "auditor")
        #expect(throws: LedgerError.self) { _ = try damaged.tree(size: 300) }
        #expect(try damaged.tree(size: 255).root == fixture.ledger.tree(size: 255).root)
    }
}
