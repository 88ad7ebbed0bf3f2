import Foundation
import XCTest
@testable import ChainGraph

final class StatementCacheTests: XCTestCase {
    func testARepeatedQueryIsParsedOnceAndAnswersTheSame() throws {
        let db = GraphDatabase()
        try db.execute("CHAIN (:Material) 'a' -> 'b' -> 'c' VIA FEEDS")
        let query = "MATCH (m:Material)-[:FEEDS]->(n) WHERE m.name = $name RETURN n.name"
        let before = db.runner.statementCache.count
        XCTAssertEqual(try db.execute(query, parameters: ["name": "a"]).scalar, "b")
        XCTAssertEqual(try db.execute(query, parameters: ["name": "b"]).scalar, "c")
        XCTAssertEqual(db.runner.statementCache.count, before + 1)
    }

    func testAStatementIsBoundAgainWhenTheSchemaChanges() throws {
        let db = GraphDatabase()
        let query = "MATCH (m:Metal) RETURN count(m) AS n"
        XCTAssertEqual(try db.execute(query).scalar, 0, "open mode: any label")
        XCTAssertTrue(db.runner.statementCache.wasBound(query, against: GraphSchema()))
        XCTAssertEqual(try db.execute(query).scalar, 0, "bound once, not again")
        try db.execute("CREATE NODE TYPE Material (name STRING PRIMARY KEY)")
        for _ in 0..<2 {
            assertThrowsGraphError(.semanticError, "UnknownNodeType") { try db.execute(query) }
        }
        try db.execute("CREATE NODE TYPE Metal (name STRING PRIMARY KEY)")
        XCTAssertEqual(try db.execute(query).scalar, 0, "the new schema declares it")
    }

    func testErrorsAreNotCachedAndKeepTheirPositions() {
        let db = GraphDatabase()
        for _ in 0..<2 {
            XCTAssertThrowsError(try db.execute("MATCH (n RETURN n")) { error in
                XCTAssertEqual((error as? ChainGraphError)?.position?.column, 10)
            }
        }
        XCTAssertEqual(db.runner.statementCache.count, 0)
    }

    func testLongTextsAreNotKeptAndAFullCacheStartsOver() throws {
        let cache = StatementCache(capacity: 3)
        _ = try cache.statement(for: "RETURN 1 AS " + String(repeating: "x", count: 5000))
        XCTAssertEqual(cache.count, 0)
        for number in 0..<3 { _ = try cache.statement(for: "RETURN \(number)") }
        XCTAssertEqual(cache.count, 3)
        _ = try cache.statement(for: "RETURN 4")
        XCTAssertEqual(cache.count, 1)
    }

    /// A plan is kept for the text and schema it was made for: the same text after
    /// `CREATE INDEX` is planned again and uses the index; the kept plan answers as a new one.
    func testPlansAreKeptUntilTheSchemaChanges() throws {
        let db = GraphDatabase()
        try db.execute("UNWIND range(1, 3000) AS i CREATE (:Material {name: 'm' + i, tier: i % 7})")
        let query = "PROFILE MATCH (m:Material) WHERE m.name = $name RETURN m.tier"
        let first = try db.execute(query, parameters: ["name": "m42"])
        let again = try db.execute(query, parameters: ["name": "m43"])
        XCTAssertEqual(first.rows, [[0]])
        XCTAssertEqual(again.rows, [[1]], "the kept plan reads the new parameter")
        XCTAssertTrue(again.plan?.contains("0 index lookup(s)") == true, again.plan ?? "")
        let schema = try db.snapshot.schema
        XCTAssertNotNil(db.runner.statementCache.plan(query, against: schema), "a plan is kept")
        try db.execute("CREATE INDEX FOR (m:Material) ON (m.name)")
        let indexed = try db.execute(query, parameters: ["name": "m44"])
        XCTAssertEqual(indexed.rows, [[2]])
        XCTAssertTrue(indexed.plan?.contains("1 index lookup(s)") == true, "planned again after the schema changed: \(indexed.plan ?? "")")
    }

    /// Threads sharing one database parse, cache and run the same texts at once.
    func testThreadsShareTheCacheSafely() throws {
        let db = GraphDatabase()
        try db.execute("CHAIN (:Material) 'a' -> 'b' -> 'c' VIA FEEDS")
        let queries = (0..<8).map { "MATCH (m:Material) WHERE m.name <> 'x\($0)' RETURN count(m) AS n" }
        let lock = NSLock()
        nonisolated(unsafe) var failures = 0
        DispatchQueue.concurrentPerform(iterations: 8) { worker in
            var failed = 0
            for round in 0..<200 where (try? db.execute(queries[(worker + round) % queries.count]))?.scalar != 3 {
                failed += 1
            }
            lock.withLock { failures += failed }
        }
        XCTAssertEqual(failures, 0)
        XCTAssertEqual(db.runner.statementCache.count, queries.count + 1)
    }
}
