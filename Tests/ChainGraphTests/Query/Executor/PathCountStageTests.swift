import XCTest
@testable import ChainGraph

/// `count(*)` over a variable-length pattern, counted layer by layer, equals the number
/// of trails a walk finds — on graphs with cycles (where the stage walks instead) and
/// on acyclic ones (where it counts).
final class PathCountStageTests: XCTestCase {
    func testTheCountEqualsTheNumberOfTrails() throws {
        let patterns = ["(a)-[:T*1..3]->(b)", "(a)-[:T*0..2]->(b)", "(a:N {i: 3})-[:T*1..4]->(b)",
                        "(a)<-[:T*1..2]-(b:N {i: 5})", "(a)-[:T|U*2..3]->(b)", "(a)-[*1..1]->(b)",
                        "(a)-[:T*1..3]->(a)", "(a:N {i: 2})-[:T|U*0..3]->(a)"]
        for seed in 1...6 {
            let cyclic = try RandomGraphs.trails(seed: UInt64(seed))
            // The same graph with every relationship pointing from the lower to the higher i: acyclic.
            let acyclic = GraphDatabase()
            try acyclic.execute("UNWIND range(0, 11) AS i CREATE (:N {i: i})")
            let pairs = try cyclic.execute("MATCH (x)-[r]->(y) WHERE x.i <> y.i RETURN x.i AS x, y.i AS y, type(r) AS t")
            for row in pairs {
                let (x, y) = (row["x"].intValue!, row["y"].intValue!)
                try acyclic.execute("MATCH (a:N {i: $a}), (b:N {i: $b}) CREATE (a)-[:\(row["t"].stringValue!)]->(b)",
                                    parameters: ["a": .int(min(x, y)), "b": .int(max(x, y))])
            }
            for db in [cyclic, acyclic] {
                for pattern in patterns {
                    let counted = try db.execute("MATCH \(pattern) RETURN count(*) AS n")
                    XCTAssertEqual(counted.columns, ["n"])
                    // sum(1) is not count(*): every trail is walked.
                    let walked = try db.execute("MATCH \(pattern) RETURN sum(1) AS n")
                    XCTAssertEqual(counted.scalar, walked.scalar == .null ? 0 : walked.scalar, "seed \(seed): \(pattern)")
                }
            }
        }
    }

    func testTheRuleTakesOnlyACountOfStarAlone() throws {
        let db = try RandomGraphs.trails(seed: 2)
        func firstOperator(_ query: String) throws -> String {
            String(try XCTUnwrap(try db.execute("PROFILE " + query).plan).prefix { $0 != ":" })
        }
        XCTAssertEqual(try firstOperator("MATCH (a)-[:T*1..4]->(b) RETURN count(*)"), "PathCount")
        XCTAssertEqual(try firstOperator("UNWIND [1, 2] AS x MATCH (a)-[:T*1..4]->(b) RETURN count(*)"), "Unwind")
        XCTAssertEqual(try db.execute("UNWIND [1, 2] AS x MATCH (a)-[:T*1..4]->(b) RETURN count(*)").scalar,
                       try db.execute("UNWIND [1, 2] AS x MATCH (a)-[:T*1..4]->(b) RETURN sum(1)").scalar)
        XCTAssertEqual(try firstOperator("MATCH (a)-[:T*1..4]->(b) WHERE a.i > 2 RETURN count(*)"), "Match")
        XCTAssertEqual(try firstOperator("MATCH (a)-[:T*1..4]->(b) RETURN a.i, count(*)"), "Match")
        XCTAssertEqual(try firstOperator("MATCH p = (a)-[:T*1..4]->(b) RETURN count(*)"), "Match")
        XCTAssertEqual(try db.execute("MATCH (a:Nothing)-[:T*1..4]->(b) RETURN count(*)").scalar, 0)
    }
}
