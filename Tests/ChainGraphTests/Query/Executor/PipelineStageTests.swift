import XCTest
@testable import ChainGraph

/// The push pipeline: rows stream from clause to clause, LIMIT stops the clauses before
/// it, blocking stages hold their input, and writes stay eager.
final class PipelineStageTests: XCTestCase {
    /// 3,000 nodes: a cross product of 9,000,000 rows, which no test could gather.
    private func crossProductGraph() throws -> GraphDatabase {
        let db = GraphDatabase()
        try db.execute("UNWIND range(1, 3000) AS i CREATE (:Point {k: i})")
        return db
    }

    func testALimitStopsTheClausesBeforeIt() throws {
        let db = try crossProductGraph()
        // Under a row limit far below the cross product: only five rows are ever made.
        let options = QueryOptions(maximumRows: 100)
        let rows = try db.execute("MATCH (a), (b) RETURN a.k, b.k LIMIT 5", options: options)
        XCTAssertEqual(rows.count, 5)
        let unwound = try db.execute("UNWIND range(1, 2000000) AS i WITH i LIMIT 3 RETURN i", options: options)
        XCTAssertEqual(unwound.rows, [[1], [2], [3]])
        XCTAssertEqual(try db.execute("MATCH (a) RETURN a.k LIMIT 0", options: options).count, 0)
        // SKIP before LIMIT, and WITH … WHERE after them, as before.
        XCTAssertEqual(try db.execute("UNWIND range(1, 100) AS i WITH i SKIP 10 LIMIT 3 WHERE i % 2 = 0 RETURN i").rows,
                       [[12]])
        // A LIMIT after a sort sees every row; the one after it stops the sorted output.
        XCTAssertEqual(try db.execute("MATCH (a) WITH a.k AS k ORDER BY k DESC LIMIT 2 RETURN k").rows, [[3000], [2999]])
    }

    func testDistinctAndUnionStream() throws {
        let db = GraphDatabase()
        XCTAssertEqual(try db.execute("UNWIND [1, 1, 2, 2, 3] AS i RETURN DISTINCT i LIMIT 2").rows, [[1], [2]])
        XCTAssertEqual(try db.execute("RETURN 1 AS x UNION RETURN 1 AS x UNION RETURN 2 AS x").rows, [[1], [2]])
        XCTAssertEqual(try db.execute("UNWIND range(1, 10) AS x RETURN x LIMIT 1 UNION ALL RETURN 7 AS x").rows, [[1], [7]])
    }

    func testBlockingStagesCountTheRowsTheyHold() throws {
        let db = try crossProductGraph()
        let sorted = assertThrowsGraphError(.limitExceeded, "TooManyRows") {
            try db.execute("MATCH (a), (b) WITH a.k AS k ORDER BY k RETURN k LIMIT 1", options: QueryOptions(maximumRows: 10_000))
        }
        XCTAssertEqual(sorted?.position?.description, "1:1", "the clause whose rows were held")
    }

    func testWritesSeeEveryRowOfTheClauseBefore() throws {
        let db = GraphDatabase()
        // The MATCH after CREATE sees all three new nodes for each of the three rows.
        let counted = try db.execute("UNWIND range(1, 3) AS i CREATE (:N {i: i}) WITH i MATCH (n:N) RETURN count(*) AS c")
        XCTAssertEqual(counted.scalar, 9)
        // A LIMIT after a write does not undo or skip the writes before it.
        XCTAssertEqual(try db.execute("UNWIND range(1, 4) AS i CREATE (m:M) WITH m LIMIT 1 RETURN count(m)").scalar, 1)
        XCTAssertEqual(try db.execute("MATCH (m:M) RETURN count(m)").scalar, 4)
    }

    func testProfileCountsRowsPerOperatorWithALimit() throws {
        let db = GraphDatabase()
        let plan = try XCTUnwrap(try db.execute("PROFILE UNWIND range(1, 1000000) AS i RETURN i LIMIT 2").plan)
        let lines = plan.split(separator: "\n")
        XCTAssertTrue(lines[0].hasPrefix("Unwind: 2 row(s)"), plan)
        XCTAssertTrue(lines[1].hasPrefix("Return: 2 row(s)"), plan)
    }

    func testUnwindOfARangeIsNotBuiltAsAList() throws {
        let db = GraphDatabase()
        // Past range()'s list limit of 10,000,000 elements: fine when UNWIND walks it.
        XCTAssertEqual(try db.execute("UNWIND range(1, 20000000) AS i RETURN i LIMIT 1").scalar, 1)
        XCTAssertEqual(try db.execute("UNWIND range(10, 1, -3) AS i RETURN collect(i)").scalar, [10, 7, 4, 1])
        let zero = assertThrowsGraphError(.argumentError, "NumberOutOfRange") {
            try db.execute("UNWIND range(1, 5, 0) AS i RETURN i")
        }
        XCTAssertEqual(zero?.position?.description, "1:8")
        assertThrowsGraphError(.limitExceeded, "ListTooLarge") { try db.execute("RETURN size(range(1, 20000000))") }
    }
}
