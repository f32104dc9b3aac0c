import GRDB
@testable import LedgerStore
import Testing

@Suite struct ParameterBindingTests {
    private func table() throws -> DatabaseQueue {
        let queue = try DatabaseQueue()
        try queue.write { try $0.execute(sql: "CREATE TABLE t (n INTEGER, a TEXT, b TEXT, c TEXT)") }
        return queue
    }

    @Test func valuesAreBoundInOrderWithNilAsNull() throws {
        let rows = try table().write { db in
            try db.cachedStatement(sql: "INSERT INTO t (n, a, b, c) VALUES (?, ?, ?, ?)")
                .execute(binding: Int64(7), "é\u{301}", nil as String?, "" as String?)
            return try Row.fetchAll(db, sql: "SELECT n, a, b, c FROM t")
        }
        #expect(rows == [["n": 7, "a": "é\u{301}", "b": nil, "c": ""]])
        #expect(rows.first.map { Array(($0["a"] as String).utf8) } == Array("é\u{301}".utf8))
    }

    @Test func aSequenceAndSingleValuesFillTheParametersOneAfterTheOther() throws {
        let rows = try table().write { db in
            let statement = try db.cachedStatement(sql: "INSERT INTO t (a, b, c, n) VALUES (?, ?, ?, ?)")
            var binding = ParameterBinding(statement)
            try binding.bind(contentsOf: ["x", nil, "z"] as [String?])
            try binding.bind(Int64(3))
            try statement.execute()
            return try Row.fetchAll(db, sql: "SELECT n, a, b, c FROM t")
        }
        #expect(rows == [["n": 3, "a": "x", "b": nil, "c": "z"]])
    }

    /// A cached statement runs again and again: nothing of one run may leak into the next.
    @Test func aNewBindingClearsTheValuesOfTheLastRun() throws {
        let rows = try table().write { db in
            try db.cachedStatement(sql: "INSERT INTO t (n, a) VALUES (?, ?)").execute(binding: Int64(1), "first")
            let statement = try db.cachedStatement(sql: "INSERT INTO t (n, a) VALUES (?, ?)")
            var binding = ParameterBinding(statement)
            try binding.bind(Int64(2))
            try statement.execute()
            return try Row.fetchAll(db, sql: "SELECT n, a FROM t ORDER BY n")
        }
        #expect(rows == [["n": 1, "a": "first"], ["n": 2, "a": nil]])
    }

    @Test func aBoundSelectIsFetchedWithoutArguments() throws {
        let found = try table().write { db in
            try db.execute(sql: "INSERT INTO t (n, a) VALUES (1, 'one'), (2, 'two')")
            let statement = try db.cachedStatement(sql: "SELECT a FROM t WHERE n = ?")
            var binding = ParameterBinding(statement)
            try binding.bind(Int64(2))
            let first = try String.fetchOne(statement)
            binding = ParameterBinding(statement)
            try binding.bind(Int64(1))
            return [first, try String.fetchOne(statement)]
        }
        #expect(found == ["two", "one"])
    }
}
