import ChainGraph
import Foundation
import XCTest

/// EXPLAIN of every query in `Golden/explain.cypher` (one per line) against the schema of
/// `Golden/schema.cypher`, compared with `Golden/explain.plans`. Run with `UPDATE_GOLDEN=1`
/// to rewrite the plans, then review the diff.
final class ExplainGoldenTests: XCTestCase {
    func testPlansMatchTheGoldenFile() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
        let db = GraphDatabase()
        try db.executeScript(try String(contentsOf: folder.appendingPathComponent("schema.cypher"), encoding: .utf8))
        let queries = try String(contentsOf: folder.appendingPathComponent("explain.cypher"), encoding: .utf8)
            .split(separator: "\n").map(String.init).filter { !$0.isEmpty }
        XCTAssertGreaterThanOrEqual(queries.count, 30)
        var text = ""
        for query in queries {
            let plan = try XCTUnwrap(try db.execute("EXPLAIN " + query).plan, query)
            text += "-- " + query + "\n" + plan + "\n\n"
        }
        let golden = folder.appendingPathComponent("explain.plans")
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] != nil {
            try text.write(to: golden, atomically: true, encoding: .utf8)
        }
        XCTAssertEqual(text, try String(contentsOf: golden, encoding: .utf8))
        XCTAssertEqual(try db.read { $0.nodeCount }, 0, "EXPLAIN runs nothing")
    }

    func testProfileNamesTheOperatorsExplainShows() throws {
        let db = GraphDatabase()
        try db.execute("UNWIND range(1, 20) AS i CREATE (:N {i: i})-[:T]->(:N {i: i + 100})")
        let query = "MATCH (a:N)-[:T]->(b) WHERE a.i > 5 WITH b ORDER BY b.i LIMIT 3 RETURN b.i AS i"
        let explained = try XCTUnwrap(try db.execute("EXPLAIN " + query).plan).split(separator: "\n")
            .filter { !$0.hasPrefix(" ") && $0 != "ProduceResults" }
        let profiled = try XCTUnwrap(try db.execute("PROFILE " + query).plan).split(separator: "\n").dropLast()
            .map { $0.prefix { $0 != ":" } }
        XCTAssertEqual(profiled.map(String.init), explained.map(String.init))
    }
}
