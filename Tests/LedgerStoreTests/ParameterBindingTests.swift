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
            try binding.complete().execute()
            return try Row.fetchAll(db, sql: "SELECT n, a, b, c FROM t")
        }
        #expect(rows == [["n": 3, "a": "x", "b": nil, "c": "z"]])
    }

    /// A cached statement runs again and again: a run that binds too few values is refused, and
    /// takes nothing from the run before.
    @Test func aParameterLeftWithoutAValueIsRefused() throws {
        let queue = try table()
        try queue.write { db in
            try db.cachedStatement(sql: "INSERT INTO t (n, a) VALUES (?, ?)").execute(binding: Int64(1), "first")
            var binding = ParameterBinding(try db.cachedStatement(sql: "INSERT INTO t (n, a) VALUES (?, ?)"))
            try binding.bind(Int64(2))
            #expect(throws: DatabaseError.self) { try binding.complete().execute() }
        }
        #expect(try queue.read { try Row.fetchAll($0, sql: "SELECT n, a FROM t ORDER BY n") } == [["n": 1, "a": "first"]])
    }

    @Test func aBoundSelectIsFetchedWithoutArguments() throws {
        let found = try table().write { db in
            try db.execute(sql: "INSERT INTO t (n, a) VALUES (1, 'one'), (2, 'two')")
            let statement = try db.cachedStatement(sql: "SELECT a FROM t WHERE n = ?")
            var binding = ParameterBinding(statement)
            try binding.bind(Int64(2))
            let first = try String.fetchOne(binding.complete())
            binding = ParameterBinding(statement)
            try binding.bind(Int64(1))
            return [first, try String.fetchOne(binding.complete())]
        }
        #expect(found == ["two", "one"])
    }
}
