@testable import ChainGraph
import XCTest

/// The rows the commit writes through SQLite's C API read back as written: empty text and
/// empty blobs stay empty (not null), absent provenance stays absent.
final class GraphStateWriterTests: XCTestCase {
    func testEdgeCaseValuesSurviveTheFileWithoutTheImage() throws {
        let path = try temporaryDirectory(self).appendingPathComponent("rows.db").path
        let db = try GraphDatabase(path: path)
        let (a, b) = try db.write { tx -> (NodeID, NodeID) in
            let a = try tx.createNode(labels: ["M"], properties: ["note": "", "name": "碳纤维", "n": .int(Int64.min)],
                                      provenance: Provenance(source: "", line: nil))
            let b = try tx.createNode(labels: [], properties: [:], provenance: .none)
            try tx.createEdge("FEEDS", from: a, to: b, properties: [:], provenance: Provenance(source: "s.md", line: 0))
            return (a, b)
        }
        db.close()
        // Read the tables, not the graph image saved at close.
        try? FileManager.default.removeItem(atPath: path + "-image")
        let reopened = try GraphDatabase(path: path)
        let graph = try reopened.snapshot
        let first = try XCTUnwrap(graph.node(a))
        XCTAssertEqual(first["note"], .string(""))
        XCTAssertEqual(first["name"], "碳纤维")
        XCTAssertEqual(first["n"], .int(Int64.min))
        XCTAssertEqual(first.provenance, Provenance(source: "", line: nil))
        let second = try XCTUnwrap(graph.node(b))
        XCTAssertEqual(second.labels, [])
        XCTAssertEqual(second.properties, [:])
        XCTAssertEqual(second.provenance, .none)
        let edge = try XCTUnwrap(graph.edgeIDs().first.flatMap { graph.edge($0) })
        XCTAssertEqual(edge.provenance, Provenance(source: "s.md", line: 0))
        XCTAssertEqual(edge.properties, [:])
    }
}
