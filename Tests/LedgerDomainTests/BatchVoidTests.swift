import Testing
@testable import LedgerDomain

@Suite("BatchVoid.init(batchID:reason:facts:)")
struct BatchVoidTests {
    static let standing = BatchVoid.Facts(batchExists: true, alreadyVoided: false, movedLater: [])

    @Test("a standing batch is voided with its reason, trimmed")
    func voids() throws {
        let void = try BatchVoid(batchID: "B-7", reason: "  recorded twice\t", facts: Self.standing)
        #expect(void.batchID == "B-7")
        #expect(void.reason == "recorded twice")
    }

    @Test("an unknown batch")
    func unknown() {
        #expect(rejections { try BatchVoid(batchID: "B-404", reason: "typo", facts: .init(batchExists: false, alreadyVoided: false, movedLater: [])) }
            == ["unknown batch B-404"])
    }

    @Test("a batch already void")
    func alreadyVoid() {
        #expect(rejections { try BatchVoid(batchID: "B-7", reason: "again", facts: .init(batchExists: true, alreadyVoided: true, movedLater: [])) }
            == ["batch B-7 is already void"])
    }

    @Test("an empty reason", arguments: ["", "   ", "\n\t"])
    func emptyReason(reason: String) {
        #expect(rejections { try BatchVoid(batchID: "B-7", reason: reason, facts: Self.standing) } == ["a void needs a reason"])
    }

    @Test("a reason with a control character")
    func controlInReason() {
        #expect(rejections { try BatchVoid(batchID: "B-7", reason: "wrong\u{7}day", facts: Self.standing) }
            == ["reason contains the control character U+0007"])
    }

    @Test("persons moved again by a later batch are each named")
    func movedLater() {
        let facts = BatchVoid.Facts(batchExists: true, alreadyVoided: false, movedLater: [("UA-P-1", "B-9"), ("UA-P-2", "B-10")])
        #expect(rejections { try BatchVoid(batchID: "B-7", reason: "wrong list", facts: facts) } == [
            "person UA-P-1 of batch B-7 was moved again by batch B-9; void B-9 first",
            "person UA-P-2 of batch B-7 was moved again by batch B-10; void B-10 first",
        ])
    }

    @Test("every problem at once")
    func allProblems() {
        let facts = BatchVoid.Facts(batchExists: false, alreadyVoided: true, movedLater: [("UA-P-1", "B-9")])
        #expect(rejections { try BatchVoid(batchID: "B-7", reason: " ", facts: facts) } == [
            "a void needs a reason", "unknown batch B-7", "person UA-P-1 of batch B-7 was moved again by batch B-9; void B-9 first",
        ])
    }
}

@Suite("ProblemList")
struct ProblemListTests {
    @Test("keeps the first 50 problems and counts the rest")
    func limit() {
        var list = ProblemList()
        #expect(list.isEmpty)
        for index in 1...73 { list.add(Problem("problem \(index)")) }
        #expect(!list.isEmpty)
        #expect(list.listed.count == 50)
        #expect(list.listed.first?.message == "problem 1")
        #expect(list.listed.last?.message == "problem 50")
        #expect(list.omitted == 23)
        do {
            try list.throwIfAny()
            Issue.record("expected a rejection")
        } catch {
            #expect(error == .rejected((1...50).map { Problem("problem \($0)") }, omitted: 23))
        }
    }

    @Test("exactly 50 problems omit nothing")
    func exactlyFifty() {
        var list = ProblemList()
        list.add(contentsOf: (1...50).map { Problem("p\($0)") })
        #expect(list.listed.count == 50)
        #expect(list.omitted == 0)
    }

    @Test("a custom limit")
    func customLimit() {
        var list = ProblemList(limit: 2)
        list.add(contentsOf: [Problem("a"), Problem("b"), Problem("c")])
        #expect(list.listed == [Problem("a"), Problem("b")])
        #expect(list.omitted == 1)
    }

    @Test("an empty list throws nothing")
    func emptyDoesNotThrow() {
        let list = ProblemList()
        #expect(list.isEmpty)
        #expect(list.listed.isEmpty && list.omitted == 0)
        #expect(throws: Never.self) { try list.throwIfAny() }
    }

    @Test("a problem prints with its location, when it has one")
    func description() {
        #expect(Problem("bad", at: SourceLocation(file: "p.csv", line: 3, column: 7)).description == "p.csv:3:7: bad")
        #expect(Problem("bad", at: SourceLocation(file: "p.csv", line: 3)).description == "p.csv:3: bad")
        #expect(Problem("bad", at: SourceLocation(file: "p.csv")).description == "p.csv: bad")
        #expect(Problem("bad").description == "bad")
    }
}
