@testable import ChainGraph
import XCTest

/// `count(DISTINCT v.key)` counts nodes when `key` is the primary key of `v`'s type: the
/// same answers, without reading keys; and it is left alone wherever that could differ.
final class KeyDistinctRuleTests: XCTestCase {
    private func chain() throws -> GraphDatabase {
        let db = GraphDatabase()
        try db.executeScript("""
            CREATE NODE TYPE Material (id INT64 PRIMARY KEY, tier INT64);
            CREATE EDGE TYPE FEEDS (FROM Material TO Material);
            UNWIND range(0, 40) AS i CREATE (:Material {id: i, tier: i % 3});
            MATCH (a:Material), (b:Material) WHERE b.id = a.id + 1 OR b.id = a.id * 2 CREATE (a)-[:FEEDS]->(b);
            """)
        return db
    }

    private func notes(_ db: GraphDatabase, _ query: String) throws -> [String] {
        try XCTUnwrap(try db.execute("EXPLAIN " + query).plan).split(separator: "\n")
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { $0.hasPrefix("KeyDistinct") }
    }

    func testCountsOfKeysAreCountsOfNodes() throws {
        let db = try chain()
        let query = "MATCH (a:Material {id: 1})-[:FEEDS*1..30]->(b:Material) RETURN count(DISTINCT b.id) AS n, count(DISTINCT b.tier) AS tiers"
        XCTAssertEqual(try db.execute(query).rows, [[39, 3]])
        XCTAssertEqual(try notes(db, query), ["KeyDistinct count(DISTINCT b.id) counts the nodes b (id is Material's primary key)"],
                       "only the key is rewritten, not tier")
        let grouped = "MATCH (a:Material)-[:FEEDS]->(b:Material) WITH a.tier AS tier, b RETURN tier, count(DISTINCT b.id) ORDER BY tier"
        // `b.id + 0` is not a key read, so the rule leaves it: the answer as computed from the keys.
        let unrewritten = grouped.replacingOccurrences(of: "count(DISTINCT b.id)", with: "count(DISTINCT b.id + 0)")
        XCTAssertEqual(try notes(db, unrewritten), [])
        XCTAssertEqual(try db.execute(grouped).rows, try db.execute(unrewritten).rows)
        XCTAssertEqual(try db.execute(grouped).rows.count, 3)
        XCTAssertEqual(try notes(db, grouped).count, 1, "a variable passed on by WITH keeps its type")
    }

    func testLeftAloneWhereItCouldDiffer() throws {
        let db = try chain()
        for query in [
            "MATCH (a:Material {id: 1})-[:FEEDS*1..3]->(b) RETURN count(DISTINCT b.id)",  // no label on b
            "MATCH (a:Material {id: 1})-[:FEEDS]->(b:Material) WITH b.id AS b RETURN count(DISTINCT b)",
            "MATCH (b:Material {id: 5}) SET b.tier = 1 RETURN count(DISTINCT b.id)",  // writes
            "MATCH (b) OPTIONAL MATCH (b:Material)-[:FEEDS]->() RETURN count(DISTINCT b.id)",  // b not narrowed
        ] {
            XCTAssertEqual(try notes(db, query), [], query)
        }
        // 1 → 2 → 3, 4 → 4, 5, 6, 8: six nodes within three steps.
        XCTAssertEqual(try db.execute("MATCH (a:Material {id: 1})-[:FEEDS*1..3]->(b) RETURN count(DISTINCT b.id)").rows, [[6]])
    }

    func testAnOptionalMatchDoesNotNarrowAVariableBoundBefore() throws {
        let db = GraphDatabase()
        try db.executeScript("""
            CREATE NODE TYPE Material (id INT64 PRIMARY KEY);
            CREATE NODE TYPE Region (id INT64 PRIMARY KEY);
            CREATE EDGE TYPE FEEDS (FROM Material TO Material);
            CREATE (:Material {id: 1}), (:Region {id: 1});
            """)
        XCTAssertEqual(try db.execute("MATCH (b) OPTIONAL MATCH (b:Material)-[:FEEDS]->() RETURN count(DISTINCT b.id)").rows,
                       [[1]], "a Material and a Region share the key value 1: one distinct id, two nodes")
    }

    func testOpenModeIsLeftAlone() throws {
        let db = GraphDatabase()
        try db.execute("CREATE (:Material {id: 1}), (:Material {id: 1})")
        XCTAssertEqual(try db.execute("MATCH (m:Material) RETURN count(DISTINCT m.id)").rows, [[1]], "keys need not be unique without a schema")
    }
}
