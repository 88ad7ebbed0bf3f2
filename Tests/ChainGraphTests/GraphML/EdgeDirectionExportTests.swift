import ChainGraph
import XCTest

/// An undirected graph leaves as one (GraphML `edgedefault`, yEd arrows, DOT `graph`); a
/// mixed one keeps its undirected edges marked.
final class EdgeDirectionExportTests: XCTestCase {
    private func graphML(edges: [(String, String, Bool?)], edgedefault: String) -> String {
        let nodes = Set(edges.flatMap { [$0.0, $0.1] }).sorted().map { "<node id=\"\($0)\"/>" }.joined()
        let edgeElements = edges.map { edge in
            "<edge source=\"\(edge.0)\" target=\"\(edge.1)\"" + (edge.2.map { " directed=\"\($0)\"" } ?? "") + "/>"
        }.joined()
        return """
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="\(edgedefault)">\(nodes)\(edgeElements)</graph></graphml>
            """
    }

    func testAnUndirectedGraphIsExportedUndirected() throws {
        let db = GraphDatabase()
        try db.importGraphML(text: graphML(edges: [("a", "b", nil), ("b", "c", nil)], edgedefault: "undirected"))
        let plain = try db.graphML()
        XCTAssertTrue(plain.contains("edgedefault=\"undirected\""), plain)
        XCTAssertFalse(plain.contains("directed=\"false\""), plain)
        let yed = try db.graphML(options: GraphExportOptions(profile: .yed))
        XCTAssertTrue(yed.contains("<y:Arrows source=\"none\" target=\"none\"/>"), yed)
        let dot = try db.dot()
        XCTAssertTrue(dot.hasPrefix("graph chaingraph {"), dot)
        XCTAssertTrue(dot.contains(" -- ") && !dot.contains(" -> "), dot)
        let copy = GraphDatabase()
        try copy.importGraphML(text: plain)
        XCTAssertEqual(try copy.execute("MATCH ()-[r {undirected: true}]->() RETURN count(r)").scalar, 2)
    }

    func testAMixedGraphMarksItsUndirectedEdges() throws {
        let db = GraphDatabase()
        try db.importGraphML(text: graphML(edges: [("a", "b", nil), ("b", "c", false)], edgedefault: "directed"))
        let plain = try db.graphML()
        XCTAssertTrue(plain.contains("edgedefault=\"directed\""), plain)
        XCTAssertEqual(plain.components(separatedBy: "directed=\"false\"").count - 1, 1, plain)
        let dot = try db.dot()
        XCTAssertTrue(dot.hasPrefix("digraph chaingraph {"), dot)
        XCTAssertEqual(dot.components(separatedBy: "dir=none").count - 1, 1, dot)
    }
}
