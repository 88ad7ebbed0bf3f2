import ChainGraph
import Foundation
import XCTest
@testable import chaingraph

/// `chaingraph spark` without Spark: what it refuses before starting Spark, and how `check`
/// compares rows (the runs with Spark are Tests/Spark/differential.sh).
final class SparkCommandTests: XCTestCase {
    func testCheckComparesRowsAsSortedTextUnlessOrdered() {
        let one = ResultSet(columns: ["a", "b"], rows: [[.int(2), .double(0.1 + 0.2)], [.int(1), .null]])
        let two = ResultSet(columns: ["a", "b"], rows: [[.int(1), .null], [.int(2), .double(0.3)]])
        XCTAssertEqual(SparkCheckCommand.normalized(one, ordered: false), SparkCheckCommand.normalized(two, ordered: false))
        XCTAssertNotEqual(SparkCheckCommand.normalized(one, ordered: true), SparkCheckCommand.normalized(two, ordered: true))
        let three = ResultSet(columns: ["a", "b"], rows: [[.int(1), .null], [.int(2), .double(0.31)]])
        XCTAssertNotEqual(SparkCheckCommand.normalized(one, ordered: false), SparkCheckCommand.normalized(three, ordered: false))
    }

    func testCheckComparesNodesByIDAndRelationshipsByTypeAndEnds() {
        let node = Value.node(Node(id: NodeID(4), labels: ["A"], properties: ["i": 4]))
        let sameNode = Value.node(Node(id: NodeID(4), labels: ["A"], properties: [:]))
        let edge = Value.edge(Edge(id: EdgeID(1), type: "R", from: NodeID(1), to: NodeID(2), properties: [:]))
        let renumbered = Value.edge(Edge(id: EdgeID(90), type: "R", from: NodeID(1), to: NodeID(2), properties: [:]))
        XCTAssertEqual(SparkCheckCommand.normalized(ResultSet(columns: ["n", "r"], rows: [[node, edge]]), ordered: false),
                       SparkCheckCommand.normalized(ResultSet(columns: ["n", "r"], rows: [[sameNode, renumbered]]), ordered: false))
    }

    func testExplainNeedsNoSparkAndRefusalsCarryTheirPosition() throws {
        let lake = FileManager.default.temporaryDirectory.appendingPathComponent("cg-spark-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: lake, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: lake) }
        try Data("""
            {"format": "chaingraph-lake", "version": 1, "ids": "source", "flowTypes": [],
             "nodes": {"count": 0, "labelSets": {}, "properties": {}}, "edges": {"count": 0, "types": {}, "properties": {}}}
            """.utf8).write(to: URL(fileURLWithPath: lake + "/lake.json"))
        let explained = try SparkRunCommand.parse(["--lake", lake, "--explain", "-e", "MATCH (n) RETURN count(*)"])
        XCTAssertNoThrow(try explained.run())
        let refused = try SparkRunCommand.parse(["--lake", lake, "--explain", "-e", "MATCH (n) SET n.x = 1"])
        XCTAssertThrowsError(try refused.run())
        XCTAssertThrowsError(try LakeManifest.read(lake: lake + "/missing")) { error in
            XCTAssertEqual((error as? ChainGraphError)?.detail, .cannotOpenFile)
        }
    }
}
