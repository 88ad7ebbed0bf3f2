import XCTest
@testable import ChainGraph

/// A chain of fixed-length steps from a node an earlier clause bound, walked by
/// ``ExpandStage``, gives the rows the general MATCH gives for the same pattern — on random
/// graphs with cycles, self-loops and parallel edges, with relationship uniqueness.
final class ExpandStageTests: XCTestCase {
    private func firstOperators(_ db: GraphDatabase, _ query: String) throws -> [String] {
        try XCTUnwrap(try db.execute("EXPLAIN " + query).plan).split(separator: "\n").filter { !$0.hasPrefix(" ") }.map(String.init)
    }

    private func sortedRows(_ db: GraphDatabase, _ query: String) throws -> [String] {
        try db.execute(query).rows.map { $0.map { "\($0)" }.joined(separator: ",") }.sorted()
    }

    func testTheRowsAreTheGeneralMatchRows() throws {
        let chains = ["(x)-[:T]->(y)-[:U]->(z)",
                      "(x)<-[:T]-(y)-[:T]-(z)",
                      "(x)-[]-(y)-[]-(z)",
                      "(x)-[:T|U]->(y)<-[:T]-(z) WHERE z.i > 3",
                      "(x)-[:T]->(:N {even: true})-[:U]->(z)",
                      "(x)-[:T]->(y:Odd)"]
        var rowsSeen = 0
        for seed in 1...6 {
            let db = try RandomGraphs.trails(seed: UInt64(seed))
            try db.execute("MATCH (n:N) WHERE n.i % 2 = 1 SET n:Odd")
            for chain in chains {
                let returns = " RETURN x.i, " + (chain.contains("(y") ? "y.i, " : "") + (chain.contains("(z)") ? "z.i" : "0")
                let expanded = "MATCH (x:N) WITH x MATCH " + chain + returns
                let general = "MATCH " + chain.replacingOccurrences(of: "(x)", with: "(x:N)") + returns
                XCTAssertEqual(try firstOperators(db, expanded), ["Match", "With", "Expand", "Return", "ProduceResults"], chain)
                XCTAssertEqual(try firstOperators(db, general).first, "Match")
                let rows = try sortedRows(db, expanded)
                XCTAssertEqual(rows, try sortedRows(db, general), "seed \(seed): \(chain)")
                rowsSeen += rows.count
            }
        }
        XCTAssertGreaterThan(rowsSeen, 100, "graphs with matches")
    }

    func testRowsOfDifferentShapesComeIn() throws {
        let db = try RandomGraphs.trails(seed: 5)
        // Rows with and without a match of the OPTIONAL MATCH, then a MATCH from x.
        let query = "MATCH (x:N) OPTIONAL MATCH (x)-[:U]->(w) MATCH (x)-[:T]->(y)-[:T]->(z) RETURN x.i, w.i, y.i, z.i"
        XCTAssertTrue(try firstOperators(db, query).contains("Expand"))
        // Relationship variables keep the general MATCH.
        let general = query.replacingOccurrences(of: "MATCH (x)-[:T]->(y)-[:T]->(z)", with: "MATCH (x)-[r1:T]->(y)-[r2:T]->(z)")
        XCTAssertFalse(try firstOperators(db, general).contains("Expand"))
        XCTAssertEqual(try sortedRows(db, query), try sortedRows(db, general))
        XCTAssertFalse(try sortedRows(db, query).isEmpty)
    }

    func testAChainFromAPrimaryKeyGivesTheGeneralMatchRows() throws {
        let db = GraphDatabase()
        try db.executeScript("""
            CREATE NODE TYPE Material (id INT64 PRIMARY KEY);
            CREATE NODE TYPE Enterprise (id INT64 PRIMARY KEY);
            CREATE EDGE TYPE FEEDS (FROM Material TO Material);
            CREATE EDGE TYPE PRODUCES (FROM Enterprise TO Material);
            UNWIND range(0, 29) AS i CREATE (:Material {id: i}), (:Enterprise {id: i});
            MATCH (a:Material), (b:Material) WHERE b.id = (a.id * 7 + 3) % 30 OR b.id = (a.id + 1) % 30 CREATE (a)-[:FEEDS]->(b);
            MATCH (e:Enterprise), (m:Material) WHERE m.id = (e.id * 11) % 30 OR m.id = (e.id * 13 + 5) % 30 CREATE (e)-[:PRODUCES]->(m);
            """)
        var rowsSeen = 0
        for id in [0, 4, 17, 29] {
            let query = "MATCH (m:Material {id: \(id)})-[:FEEDS]->(x:Material)<-[:PRODUCES]-(e:Enterprise) RETURN m.id, x.id, e.id"
            let general = query.replacingOccurrences(of: "-[:FEEDS]->", with: "-[r:FEEDS]->")
            XCTAssertEqual(try firstOperators(db, query).first, "Expand")
            XCTAssertEqual(try firstOperators(db, general).first, "Match")
            let rows = try sortedRows(db, query)
            XCTAssertEqual(rows, try sortedRows(db, general), "id \(id)")
            rowsSeen += rows.count
            let counted = "MATCH (m:Material {id: \(id)})-[:FEEDS]->(:Material)<-[:PRODUCES]-(e:Enterprise) RETURN count(DISTINCT e.id)"
            XCTAssertEqual(try db.execute(counted).scalar, .int(Int64(Set(try db.execute(general).rows.map { $0[2] }).count)))
        }
        XCTAssertGreaterThan(rowsSeen, 0)
        XCTAssertEqual(try db.execute("MATCH (m:Material {id: 99})-[:FEEDS]->(x) RETURN x").rows, [], "no such key: no rows")
    }

    func testAnEdgeIsWalkedOncePerMatch() throws {
        let db = GraphDatabase()
        try db.execute("CREATE (a:N {i: 1})-[:T]->(b:N {i: 2})")
        // Back along the same edge would be a second use of it: no row.
        XCTAssertEqual(try db.execute("MATCH (x:N {i: 1}) WITH x MATCH (x)-[:T]-(y)-[:T]-(z) RETURN z.i").rows, [])
        try db.execute("MATCH (a:N {i: 1}), (b:N {i: 2}) CREATE (a)-[:T]->(b)")
        XCTAssertEqual(try db.execute("MATCH (x:N {i: 1}) WITH x MATCH (x)-[:T]-(y)-[:T]-(z) RETURN z.i").rows, [[1], [1]],
                       "two parallel edges: out over one, back over the other, both ways round")
    }

    func testOtherShapesAreLeftToTheGeneralMatch() throws {
        let db = try RandomGraphs.trails(seed: 2)
        for query in ["MATCH (x:N) WITH x OPTIONAL MATCH (x)-[:T]->(y) RETURN y",
                      "MATCH (x:N) WITH x MATCH (x)-[r:T]->(y) RETURN r",
                      "MATCH (x:N) WITH x MATCH p = (x)-[:T]->(y) RETURN p",
                      "MATCH (x:N) WITH x MATCH (x)-[:T*1..2]->(y) RETURN y",
                      "MATCH (x:N), (y:N) WITH x, y MATCH (x)-[:T]->(y) RETURN y",
                      "MATCH (x:N) WITH x MATCH (x)-[:T]->(y)-[:T]->(x) RETURN y",
                      "MATCH (x:N) WITH x MATCH (x)-[:T]->(y), (y)-[:U]->(z) RETURN z"] {
            XCTAssertFalse(try firstOperators(db, query).contains("Expand"), query)
        }
        XCTAssertEqual(try db.execute("OPTIONAL MATCH (x:Missing) WITH x MATCH (x)-[:T]->(y) RETURN y").rows, [],
                       "a null start matches nothing")
    }
}
