@testable import ChainGraph
import XCTest

/// DISTINCT keeps one row per equivalence class, whatever path the row's shape takes.
final class DistinctRowsTests: XCTestCase {
    private func node(_ id: Int64, labels: [String] = []) -> Value {
        .node(Node(id: NodeID(id), labels: labels, properties: [:]))
    }

    func testOneColumnOfNodesComparesIds() {
        var seen = DistinctRows()
        XCTAssertTrue(seen.insert(["x"], of: ["x": node(1)]))
        XCTAssertFalse(seen.insert(["x"], of: ["x": node(1, labels: ["Material"])]), "a fuller copy of node 1 is node 1")
        XCTAssertTrue(seen.insert(["x"], of: ["x": node(2)]))
        XCTAssertTrue(seen.insert(["x"], of: ["x": .int(1)]), "the integer 1 is not node 1")
        XCTAssertEqual(seen.count, 3)
    }

    func testOneColumnOfValuesUsesCypherEquivalence() {
        var seen = DistinctRows()
        XCTAssertTrue(seen.insert(["v"], of: ["v": .int(1)]))
        XCTAssertFalse(seen.insert(["v"], of: ["v": .double(1)]))
        XCTAssertTrue(seen.insert(["v"], of: ["v": .null]))
        XCTAssertFalse(seen.insert(["v"], of: ["v": .null]), "DISTINCT keeps one null")
        XCTAssertTrue(seen.insert(["v"], of: ["v": .double(.nan)]))
        XCTAssertFalse(seen.insert(["v"], of: ["v": .double(.nan)]))
        XCTAssertEqual(seen.count, 3)
    }

    func testSeveralColumnsCompareAsTuples() {
        var seen = DistinctRows()
        XCTAssertTrue(seen.insert(["a", "b"], of: ["a": node(1), "b": .string("x")]))
        XCTAssertTrue(seen.insert(["a", "b"], of: ["a": node(1), "b": .string("y")]))
        XCTAssertFalse(seen.insert(["a", "b"], of: ["a": node(1), "b": .string("x")]))
        XCTAssertEqual(seen.count, 2)
    }

    func testWithDistinctOverAClosureThroughCypher() throws {
        let db = GraphDatabase()
        try db.execute("CREATE (a:M {id: 0})-[:F]->(b:M {id: 1})-[:F]->(c:M {id: 2}), (a)-[:F]->(c), (c)-[:F]->(b)")
        XCTAssertEqual(try db.execute("MATCH (:M {id: 0})-[:F*1..5]->(x) WITH DISTINCT x RETURN x.id ORDER BY x.id").rows,
                       [[1], [2]])
    }
}
