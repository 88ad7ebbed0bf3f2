import XCTest
@testable import ChainGraph

/// The closure stage gives the rows a plain MATCH gives, once per (a, b) pair, on graphs
/// with cycles, self-loops and parallel relationships.
final class ClosureMatchStageTests: XCTestCase {
    func testTheClosureGivesThePairsOfEveryTrail() throws {
        let patterns = ["(a)-[:T*1..3]->(b)", "(a)-[:T*0..2]->(b)", "(a)-[:T*]->(b)", "(a)<-[:T*..2]-(b)",
                        "(a:N {i: 3})-[:T*1..4]->(b)", "(a)-[:T*1..2]->(b:N {i: 5})", "(a)-[:T*1..5]->(a)",
                        "(a)-[*1..1]->(b)", "(a)-[:T|U*2..2]->(b)"]
        for seed in 1...6 {
            let db = try RandomGraphs.trails(seed: UInt64(seed))
            for pattern in patterns {
                let far = pattern.contains("(b") ? "b" : "a"
                let closure = try db.execute("""
                    MATCH \(pattern) WHERE \(far).i <> 7 RETURN DISTINCT a.i AS a, \(far).i AS b ORDER BY a, b
                    """)
                // count(*) counts duplicates: the rule does not apply, every trail is walked.
                let walked = try db.execute("""
                    MATCH \(pattern) WHERE \(far).i <> 7 WITH a.i AS a, \(far).i AS b, count(*) AS trails RETURN a, b ORDER BY a, b
                    """)
                XCTAssertFalse(walked.rows.isEmpty && seed == 1 && pattern.hasPrefix("(a)-[:T*1..3]"), "a graph with trails")
                XCTAssertEqual(closure.rows, walked.rows, "seed \(seed): \(pattern)")
            }
        }
    }

    func testTheRuleAppliesOnlyWhereDuplicatesDoNotMatter() throws {
        let db = try RandomGraphs.trails(seed: 3)
        func firstOperator(_ query: String) throws -> String {
            let plan = try XCTUnwrap(try db.execute("PROFILE " + query).plan)
            return String(plan.prefix { $0 != ":" })
        }
        XCTAssertEqual(try firstOperator("MATCH (a)-[:T*1..3]->(b) RETURN count(DISTINCT b), max(b.i)"), "Closure")
        XCTAssertEqual(try firstOperator("MATCH (a)-[:T*1..3]->(b) RETURN count(DISTINCT b)"), "ClosureCount",
                       "a count alone needs no rows (ClosureCountStageTests)")
        XCTAssertEqual(try firstOperator("MATCH (a)-[:T*]->(b) WITH DISTINCT b RETURN count(b)"), "Closure")
        XCTAssertEqual(try firstOperator("MATCH (a)-[:T*]->(b) RETURN a.i, max(b.i)"), "Closure")
        XCTAssertEqual(try firstOperator("MATCH (a)-[:T*1..3]->(b) RETURN count(b)"), "Match")
        XCTAssertEqual(try firstOperator("MATCH (a)-[:T*2..3]->(b) RETURN DISTINCT b"), "Match", "a minimum above 1")
        XCTAssertEqual(try firstOperator("MATCH (a)-[:T*]-(b) RETURN DISTINCT b"), "Match", "undirected")
        XCTAssertEqual(try firstOperator("MATCH (a)-[r:T*]->(b) RETURN DISTINCT b"), "Match", "a relationship variable")
        XCTAssertEqual(try firstOperator("MATCH p = (a)-[:T*]->(b) RETURN DISTINCT b"), "Match", "a path variable")
    }

    func testAnOptionalClosureKeepsARowWithoutMatches() throws {
        let db = GraphDatabase()
        try db.execute("CREATE (:N {i: 1})")
        XCTAssertEqual(try db.execute("MATCH (a:N) OPTIONAL MATCH (a)-[:T*]->(b) RETURN a.i, count(DISTINCT b)").rows, [[1, 0]])
    }
}

/// Labels that a strict schema's edge endpoints imply are not looked up at the far end of a
/// closure, a path count or a variable-length step — and the ones it does not imply still are.
final class ImpliedEndpointLabelTests: XCTestCase {
    func testFarEndLabelsFilterUnlessEveryEndpointImpliesThem() throws {
        let db = GraphDatabase()
        try db.executeScript("""
            CREATE NODE TYPE Material (id INT64 PRIMARY KEY);
            CREATE NODE TYPE Product (id INT64 PRIMARY KEY);
            CREATE EDGE TYPE FEEDS (FROM Material TO Material, FROM Material TO Product);
            CREATE EDGE TYPE MAKES (FROM Material TO Material);
            CREATE (m1:Material {id: 1})-[:FEEDS]->(m2:Material {id: 2})-[:FEEDS]->(:Product {id: 3}),
                   (m2)-[:FEEDS]->(m4:Material {id: 4}), (m1)-[:MAKES]->(m2)-[:MAKES]->(m4), (m4)-[:MAKES]->(m1)
            """)
        let queries: [(String, Int64)] = [
            ("MATCH (a:Material {id: 1})-[:FEEDS*1..3]->(b:Material) RETURN count(DISTINCT b)", 2),
            ("MATCH (a:Material {id: 1})-[:FEEDS*1..3]->(b:Product) RETURN count(DISTINCT b)", 1),
            ("MATCH (a:Material {id: 1})-[:FEEDS*0..3]->(b:Product) RETURN count(DISTINCT b)", 1),
            ("MATCH (a:Material {id: 1})-[:FEEDS*1..3]->(b:Material) RETURN count(*)", 2),
            ("MATCH (a:Material {id: 1})-[:MAKES*1..3]->(b:Material) RETURN count(DISTINCT b)", 3),
            ("MATCH (a:Material {id: 1})-[:MAKES*1..3]->(b:Product) RETURN count(DISTINCT b)", 0),
            ("MATCH (a:Material {id: 1})-[:MAKES*0..3]->(b:Material) RETURN count(*)", 4),
            ("MATCH (a:Material {id: 1})-[:MAKES*1..2]->(b:Material)-[:FEEDS]->(c:Product) RETURN count(*)", 1),
            ("MATCH (b:Product)<-[:FEEDS*1..2]-(a:Material) RETURN count(DISTINCT a)", 2),
        ]
        for (query, expected) in queries {
            XCTAssertEqual(try db.execute(query).scalar, .int(expected), query)
        }
    }
}
