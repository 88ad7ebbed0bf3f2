import XCTest
@testable import ChainGraph

/// The closure stage gives the rows a plain MATCH gives, once per (a, b) pair, on graphs
/// with cycles, self-loops and parallel relationships.
final class ClosureMatchStageTests: XCTestCase {
    /// A deterministic generator, so that a failure can be replayed.
    private struct SplitMix {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
    }

    private func randomGraph(seed: UInt64) throws -> GraphDatabase {
        var random = SplitMix(state: seed)
        let db = GraphDatabase()
        try db.execute("UNWIND range(0, 11) AS i CREATE (:N {i: i, even: i % 2 = 0})")
        var edges: [Value] = []
        for _ in 0..<22 {
            edges.append(.list([.int(Int64(random.next(12))), .int(Int64(random.next(12))), .string(random.next(3) == 0 ? "U" : "T")]))
        }
        try db.execute("UNWIND $edges AS e MATCH (a:N {i: e[0]}), (b:N {i: e[1]}) WHERE e[2] = 'T' CREATE (a)-[:T]->(b)",
                       parameters: ["edges": .list(edges)])
        try db.execute("UNWIND $edges AS e MATCH (a:N {i: e[0]}), (b:N {i: e[1]}) WHERE e[2] = 'U' CREATE (a)-[:U]->(b)",
                       parameters: ["edges": .list(edges)])
        return db
    }

    func testTheClosureGivesThePairsOfEveryTrail() throws {
        let patterns = ["(a)-[:T*1..3]->(b)", "(a)-[:T*0..2]->(b)", "(a)-[:T*]->(b)", "(a)<-[:T*..2]-(b)",
                        "(a:N {i: 3})-[:T*1..4]->(b)", "(a)-[:T*1..2]->(b:N {i: 5})", "(a)-[:T*1..5]->(a)",
                        "(a)-[*1..1]->(b)", "(a)-[:T|U*2..2]->(b)"]
        for seed in 1...6 {
            let db = try randomGraph(seed: UInt64(seed))
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
        let db = try randomGraph(seed: 3)
        func firstOperator(_ query: String) throws -> String {
            let plan = try XCTUnwrap(try db.execute("PROFILE " + query).plan)
            return String(plan.prefix { $0 != ":" })
        }
        XCTAssertEqual(try firstOperator("MATCH (a)-[:T*1..3]->(b) RETURN count(DISTINCT b)"), "Closure")
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
