import ChainGraph
import XCTest

final class PlannerTests: XCTestCase {
    func testExplainShowsEachOperatorWithItsSteps() throws {
        let db = GraphDatabase()
        let plan = try db.execute("""
            EXPLAIN MATCH (a:Material)-[:FEEDS*1..3]->(b) WHERE b.tier > 1
            RETURN b.name AS name, count(*) AS n ORDER BY n DESC LIMIT 5
            """).plan
        XCTAssertEqual(plan, """
            Match
              NodeByLabelScan (a:Material)
              VarLengthExpand (a:Material)-[:FEEDS*1..3]->(b)
              Filter b.tier > 1
            Return
              Aggregation b.name AS name, count(*) AS n
              Sort n DESC
              Limit 5
            ProduceResults
            """)
        let explainedWrite = try db.execute("EXPLAIN CREATE (:Material {name: 'x'})")
        XCTAssertEqual(explainedWrite.plan, "Create\n  Create (:Material)")
        XCTAssertEqual(try db.read { $0.nodeCount }, 0, "EXPLAIN does not run the query")
    }

    func testAPatternIsPlannedFromItsCheaperEndAndRunsThatWay() throws {
        let db = GraphDatabase()
        try db.executeScript("""
            CREATE NODE TYPE Material (name STRING PRIMARY KEY, tier INT64);
            CREATE EDGE TYPE FEEDS (FROM Material TO Material);
            UNWIND range(1, 300) AS i CREATE (:Material {name: 'm' + toString(i), tier: i % 3});
            MATCH (a:Material), (b:Material {name: 'm300'}) WHERE a.tier = 0 AND a.name <> 'm300' CREATE (a)-[:FEEDS]->(b)
            """)
        let query = "MATCH (a:Material)-[:FEEDS]->(b:Material) WHERE b.name = 'm300' RETURN count(a) AS n"
        XCTAssertEqual(try db.execute("EXPLAIN " + query).plan?.split(separator: "\n").dropFirst().first, "  NodeByPrimaryKey (b:Material {name})")
        let profiled = try db.execute("PROFILE " + query)
        XCTAssertEqual(profiled.scalar, 99)
        XCTAssertTrue(profiled.plan?.contains("0 node(s) scanned") == true, profiled.plan ?? "")
    }

    func testSortWithLimitKeepsOnlyTheTopRows() throws {
        let db = GraphDatabase()
        let options = QueryOptions(maximumRows: 1_000)
        let rows = try db.execute("UNWIND range(1, 100000) AS i RETURN i ORDER BY i % 1000 DESC, i LIMIT 3", options: options).rows
        XCTAssertEqual(rows, [[999], [1999], [2999]], "ties keep their order; 100,000 rows pass a 1,000-row limit")
        XCTAssertEqual(try db.execute("UNWIND [3, 1, 2, 1] AS i RETURN i ORDER BY i SKIP 1 LIMIT 2").rows, [[1], [2]])
        XCTAssertEqual(try db.execute("UNWIND [3, 1, 2] AS i RETURN i ORDER BY i LIMIT 0").rows, [])
        XCTAssertThrowsError(try db.execute("UNWIND range(1, 5000) AS i RETURN i ORDER BY i", options: options),
                             "a sort without a limit still holds every row")
    }

    func testProfileReportsRowsPerClause() throws {
        let db = GraphDatabase()
        try db.execute("UNWIND range(1, 5) AS i CREATE (:N {i: i})")
        let profile = try XCTUnwrap(try db.execute("PROFILE MATCH (n:N) WHERE n.i > 2 RETURN n.i AS i").plan)
        let lines = profile.split(separator: "\n")
        XCTAssertEqual(lines.count, 3)
        XCTAssertTrue(lines[0].hasPrefix("Match: 3 row(s)"), profile)
        XCTAssertTrue(lines[1].hasPrefix("Return: 3 row(s)"), profile)
        XCTAssertTrue(lines[2].hasPrefix("Total: "), profile)
    }
}
