import ChainGraph
import XCTest

final class PlannerTests: XCTestCase {
    func testExplainShowsThePipelineWithoutRunningIt() throws {
        let db = GraphDatabase()
        let plan = try db.execute("""
            EXPLAIN MATCH (a:Material)-[:FEEDS*1..3]->(b) WHERE b.tier > 1
            RETURN b.name AS name, count(*) AS n ORDER BY n DESC LIMIT 5
            """).plan
        XCTAssertEqual(plan, """
            NodeByLabelScan or bound node (a:Material)
            VarLengthExpand (a:Material)-[:FEEDS*1..3]->(b)
            Filter b.tier > 1
            Aggregation b.name AS name, count(*) AS n
            Sort n DESC
            Limit 5
            ProduceResults
            """)
        let optional = try db.execute("EXPLAIN OPTIONAL MATCH (a)<-[r:LEADS]-(e:Enterprise) RETURN DISTINCT e").plan
        XCTAssertEqual(optional, """
            Optional
              AllNodesScan or bound node (a)
              Expand (a)<-[r:LEADS]-(e:Enterprise)
            Projection e
            Distinct
            ProduceResults
            """)
        let explainedWrite = try db.execute("EXPLAIN CREATE (:Material {name: 'x'})")
        XCTAssertEqual(explainedWrite.plan, "Create 1 pattern(s)")
        XCTAssertEqual(try db.read { $0.nodeCount }, 0, "EXPLAIN does not run the query")
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
