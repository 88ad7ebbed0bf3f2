import XCTest
@testable import ChainGraph

/// `count(DISTINCT end)` over a variable-length pattern, counted from the breadth-first
/// closure, equals the count over every trail the general MATCH walks — on random graphs
/// with cycles, from one anchor, from many, and over several input rows.
final class ClosureCountStageTests: XCTestCase {
    private func firstOperator(_ db: GraphDatabase, _ query: String) throws -> String {
        String(try XCTUnwrap(try db.execute("EXPLAIN " + query).plan).prefix { $0 != "\n" })
    }

    func testTheCountEqualsTheCountOverEveryTrail() throws {
        let counted = ["MATCH (a:N {i: 3})-[:T*1..4]->(b) RETURN count(DISTINCT b) AS n",
                       "MATCH (a:N {i: 3})-[:T*0..3]->(b:Odd) RETURN count(DISTINCT b) AS n",
                       "MATCH (a:N {i: 5})-[:T|U*1..5]->(b:N {even: true}) RETURN count(DISTINCT b) AS n",
                       "MATCH (a:N)-[:T*1..3]->(b:N {i: 4}) RETURN count(DISTINCT a) AS n",
                       "MATCH (a:Odd)-[:U*1..2]->(b) RETURN count(DISTINCT b) AS n",
                       "MATCH (a)<-[:T*0..2]-(b:Odd) RETURN count(DISTINCT b) AS n",
                       "UNWIND [1, 2, 7] AS x MATCH (a:N {i: x})-[:T*1..3]->(b) RETURN count(DISTINCT b) AS n",
                       "MATCH (b:N) WHERE b.i < 6 MATCH (a:N {i: 2})-[:T*1..4]->(b) RETURN count(DISTINCT b) AS n"]
        for seed in 1...6 {
            let db = try RandomGraphs.trails(seed: UInt64(seed))
            try db.execute("MATCH (n:N) WHERE n.i % 2 = 1 SET n:Odd")
            for query in counted {
                XCTAssertEqual(try firstOperator(db, query), query.hasPrefix("MATCH (a") ? "ClosureCount" : query.hasPrefix("UNWIND") ? "Unwind" : "Match", query)
                // WITH b passes every trail's row on: the general MATCH, the answer to agree with.
                let walked = query.replacingOccurrences(of: "RETURN count", with: "WITH a, b RETURN count")
                XCTAssertNotEqual(try firstOperator(db, walked), "ClosureCount")
                XCTAssertEqual(try db.execute(query).scalar, try db.execute(walked).scalar, "seed \(seed): \(query)")
            }
        }
    }

    func testTheOperatorStandsForTheMatchAndItsReturn() throws {
        let db = try RandomGraphs.trails(seed: 3)
        let query = "MATCH (a:N {i: 3})-[:T*1..4]->(b) RETURN count(DISTINCT b) AS n"
        XCTAssertEqual(try db.execute("EXPLAIN " + query).plan?.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) },
                       ["ClosureCount", "NodeByLabelScan (a:N) checking i", "CountReachedNodes (a:N)-[:T*1..4]->(b) AS n (each end once)",
                        "ProduceResults"])
        let profiled = try db.execute("PROFILE " + query)
        XCTAssertEqual(profiled.columns, ["n"])
        XCTAssertEqual(profiled.rows, try db.execute(query).rows)
    }

    func testTheRuleLeavesOtherShapesToTheGeneralOperators() throws {
        let db = try RandomGraphs.trails(seed: 4)
        for query in ["MATCH (a:N {i: 3})-[:T*1..4]->(b) WHERE b.i > 2 RETURN count(DISTINCT b)",
                      "OPTIONAL MATCH (a:N {i: 3})-[:T*1..4]->(b) RETURN count(DISTINCT b)",
                      "MATCH (a:N {i: 3})-[:T*1..4]->(b) RETURN count(DISTINCT a)",
                      "MATCH (a:N {i: 3})-[:T*1..4]->(b) RETURN count(DISTINCT b), count(DISTINCT a)",
                      "MATCH (a:N {i: 3})-[:T*1..4]->(b) RETURN count(b)",
                      "MATCH (a:N {i: 3})-[:T*2..4]->(b) RETURN count(DISTINCT b)",
                      "MATCH (a:N {i: 3})-[:T*1..4]->(a) RETURN count(DISTINCT a)",
                      "MATCH (a:N {i: 3})-[r:T*1..4]->(b) RETURN count(DISTINCT b)"] {
            XCTAssertNotEqual(try firstOperator(db, query), "ClosureCount", query)
        }
    }

    func testAKeyCountOfAStrictTypeIsCountedFromTheClosure() throws {
        let db = GraphDatabase()
        try db.executeScript("""
            CREATE NODE TYPE Material (id INT64 PRIMARY KEY);
            CREATE EDGE TYPE FEEDS (FROM Material TO Material);
            UNWIND range(0, 20) AS i CREATE (:Material {id: i});
            MATCH (a:Material), (b:Material) WHERE b.id = a.id + 1 OR b.id = (a.id * 3) % 21 CREATE (a)-[:FEEDS]->(b);
            """)
        let query = "MATCH (a:Material {id: 2})-[:FEEDS*1..30]->(b:Material) RETURN count(DISTINCT b.id)"
        let plan = try XCTUnwrap(try db.execute("EXPLAIN " + query).plan)
        XCTAssertTrue(plan.hasPrefix("ClosureCount"), plan)
        XCTAssertTrue(plan.contains("KeyDistinct count(DISTINCT b.id)"), plan)
        XCTAssertEqual(try db.execute(query).scalar, 21, "every node, the anchor too, through the cycle 20 → 0 …")
        XCTAssertEqual(try db.execute(query).columns, ["count(DISTINCT b.id)"])
    }
}
