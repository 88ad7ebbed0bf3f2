import ChainGraph
import XCTest

final class OpenModeTests: XCTestCase {
    func testAcceptsAnyLabelsAndPropertiesIncludingSeveralLabels() throws {
        let db = GraphDatabase()
        let id = try db.write { tx in
            let node = try tx.createNode(labels: ["Material", "Fluorochemical", "Material"],
                                         properties: ["name": "R22", "grade": 3, "ignored": nil])
            try tx.addLabel("Refrigerant", to: node)
            return node
        }
        let node = try XCTUnwrap(try db.read { $0.node(id) })
        XCTAssertEqual(node.labels, ["Fluorochemical", "Material", "Refrigerant"])
        XCTAssertEqual(node.properties, ["name": "R22", "grade": 3])
        XCTAssertFalse(try db.read { $0.schema.isStrict })
        XCTAssertEqual(try db.read { $0.nodes(labeled: "Material", where: "grade", equals: 3.0).map(\.id) }, [id])
    }

    func testRefusesValuesThatCannotBeProperties() throws {
        let db = GraphDatabase()
        assertThrowsGraphError(.typeError, "InvalidPropertyType") {
            try db.write { tx in try tx.createNode(properties: ["m": ["a": 1]]) }
        }
        assertThrowsGraphError(.typeError, "InvalidPropertyType") {
            try db.write { tx in try tx.createNode(properties: ["mixed": [1, "a"]]) }
        }
    }

    func testDeletingAConnectedNodeNeedsDetach() throws {
        let db = GraphDatabase()
        let (a, b) = try db.write { tx in
            let a = try tx.createNode(labels: ["A"]), b = try tx.createNode(labels: ["B"])
            try tx.createEdge("T", from: a, to: b)
            try tx.createEdge("T", from: b, to: b)
            return (a, b)
        }
        assertThrowsGraphError(.constraintError, "DeleteConnectedNode") { try db.write { tx in try tx.deleteNode(b) } }
        try db.write { tx in try tx.deleteNode(b, detach: true) }
        XCTAssertEqual(try db.read { [$0.nodeCount, $0.edgeCount] }, [1, 0])
        XCTAssertEqual(try db.read { $0.neighbors(of: a) }, [])
        assertThrowsGraphError(.entityNotFound, "NodeNotFound") { try db.write { tx in try tx.deleteNode(b) } }
    }

    func testNeighboursByTypeAndDirection() throws {
        let db = GraphDatabase()
        let ids = try db.write { tx -> [NodeID] in
            let ids = try (0..<4).map { try tx.createNode(properties: ["i": .int(Int64($0))]) }
            try tx.createEdge("FEEDS", from: ids[0], to: ids[1])
            try tx.createEdge("FEEDS", from: ids[0], to: ids[2])
            try tx.createEdge("SUPPLIES", from: ids[3], to: ids[0])
            try tx.createEdge("LOOP", from: ids[0], to: ids[0])
            return ids
        }
        try db.read { graph in
            XCTAssertEqual(graph.neighbors(of: ids[0], via: "FEEDS"), [ids[1], ids[2]])
            XCTAssertEqual(graph.neighbors(of: ids[0], via: "SUPPLIES", direction: .incoming), [ids[3]])
            XCTAssertEqual(graph.neighbors(of: ids[0], via: "LOOP", direction: .both), [ids[0]])
            XCTAssertEqual(Set(graph.neighbors(of: ids[0], direction: .both)), Set([ids[0], ids[1], ids[2], ids[3]]))
            XCTAssertEqual(graph.neighbors(of: ids[1], via: "FEEDS"), [])
            XCTAssertEqual(graph.neighbors(of: ids[1], via: "NOPE", direction: .both), [])
            XCTAssertEqual(graph.edges(of: ids[3]).map(\.type), ["SUPPLIES"])
        }
    }
}
