@testable import ChainGraph
import XCTest

/// The importers' bulk path: records appended with their index entries settled in one
/// pass must leave the graph exactly as creating them one by one does.
final class PendingAppendsTests: XCTestCase {
    struct Rollback: Error {}

    private func appendEdge(_ tx: WriteTransaction, _ type: String, from: NodeID, to: NodeID) throws -> EdgeID {
        let symbol = tx.writer.intern(type, as: .edgeType)
        return EdgeID(try tx.writer.appendEdge(EdgeRecord(type: symbol, from: from.rawValue, to: to.rawValue,
                                                   properties: PropertyMap(), provenance: .none)))
    }

    /// Appends, creates and deletes interleaved at random, a fifth of the transactions rolled
    /// back: after each commit every node's neighbours per type and direction are the
    /// model's, in edge-id (creation) order.
    func testAppendedEdgesJoinTheIndexInCreationOrderAmongOtherWrites() throws {
        let db = GraphDatabase()
        var generator = SeededGenerator(seed: 20_261_201)
        var nodes: [NodeID] = []
        var edges: [EdgeID: (type: String, from: NodeID, to: NodeID)] = [:]
        let types = ["FEEDS", "SUPPLIES"]
        for round in 0..<120 {
            var draftNodes = nodes, draftEdges = edges
            let rollback = round % 5 == 4
            _ = try? db.write { tx in
                for _ in 0..<Int.random(in: 10...60, using: &generator) {
                    switch Int.random(in: 0..<10, using: &generator) {
                    case 0 where draftNodes.count < 300, _ where draftNodes.isEmpty:
                        draftNodes.append(try tx.createNode(labels: ["N"]))
                    case 1...5:
                        let from = draftNodes.randomElement(using: &generator)!, to = draftNodes.randomElement(using: &generator)!
                        let type = types.randomElement(using: &generator)!
                        draftEdges[try appendEdge(tx, type, from: from, to: to)] = (type, from, to)
                    case 6...7:
                        let from = draftNodes.randomElement(using: &generator)!, to = draftNodes.randomElement(using: &generator)!
                        let type = types.randomElement(using: &generator)!
                        draftEdges[try tx.createEdge(type, from: from, to: to)] = (type, from, to)
                    case 8 where !draftEdges.isEmpty:
                        let edge = draftEdges.keys.randomElement(using: &generator)!
                        try tx.deleteEdge(edge)
                        draftEdges[edge] = nil
                    default:
                        let node = draftNodes.remove(at: Int.random(in: 0..<draftNodes.count, using: &generator))
                        try tx.deleteNode(node, detach: true)
                        draftEdges = draftEdges.filter { $0.value.from != node && $0.value.to != node }
                    }
                }
                if rollback { throw Rollback() }
            }
            if !rollback { (nodes, edges) = (draftNodes, draftEdges) }
            let graph = try db.snapshot
            XCTAssertEqual(graph.adjacencyIndexMismatches(), [], "round \(round)")
            XCTAssertEqual(Set(graph.edgeIDs()), Set(edges.keys), "round \(round)")
            var expected: [String: [NodeID]] = [:]
            for (_, edge) in edges.sorted(by: { $0.key < $1.key }) {
                expected["\(edge.from) \(edge.type) out", default: []].append(edge.to)
                expected["\(edge.to) \(edge.type) in", default: []].append(edge.from)
            }
            for node in nodes {
                for type in types {
                    XCTAssertEqual(graph.neighbors(of: node, via: type, direction: .outgoing), expected["\(node) \(type) out"] ?? [])
                    XCTAssertEqual(graph.neighbors(of: node, via: type, direction: .incoming), expected["\(node) \(type) in"] ?? [])
                }
            }
        }
    }

    func testAppendedPrimaryKeysAreUniqueAndFoundAfterCommit() throws {
        let db = GraphDatabase()
        try db.execute("CREATE NODE TYPE Material (name STRING PRIMARY KEY)")
        try db.execute("CREATE (:Material {name: 'existing'})")
        func record(_ tx: WriteTransaction, _ name: String) -> (NodeRecord, PrimaryKey) {
            let label = tx.writer.intern("Material", as: .label), key = tx.writer.intern("name", as: .propertyKey)
            return (NodeRecord(labels: [label], properties: PropertyMap(sortedKeys: [key], values: [.string(name)]), provenance: .none),
                    PrimaryKey(type: label, value: .string(name)))
        }
        // Enough keys for a fresh key table would not apply here (the graph has keys): they join the overlay.
        try db.write { tx in
            for index in 0..<2_000 {
                let (node, key) = record(tx, "m\(index)")
                _ = try tx.writer.appendNode(node, primaryKey: key)
            }
            let (again, key) = record(tx, "m7")
            XCTAssertThrowsError(try tx.writer.appendNode(again, primaryKey: key)) {
                XCTAssertEqual(($0 as? ChainGraphError)?.code, "DuplicatePrimaryKey", "a key appended earlier in the batch")
            }
            let (old, oldKey) = record(tx, "existing")
            XCTAssertThrowsError(try tx.writer.appendNode(old, primaryKey: oldKey)) {
                XCTAssertEqual(($0 as? ChainGraphError)?.code, "DuplicatePrimaryKey", "a key already in the graph")
            }
            XCTAssertNotNil(tx.snapshot.node(ofType: "Material", key: "m1999"), "the transaction sees its appended keys")
        }
        XCTAssertNotNil(try db.snapshot.node(ofType: "Material", key: "m0"))
        XCTAssertNotNil(try db.snapshot.node(ofType: "Material", key: "existing"))
        XCTAssertThrowsError(try db.execute("CREATE (:Material {name: 'm42'})")) {
            XCTAssertEqual(($0 as? ChainGraphError)?.code, "DuplicatePrimaryKey")
        }

        // Into a graph without keys, a large batch gets a fresh key table.
        let fresh = GraphDatabase()
        try fresh.execute("CREATE NODE TYPE Material (name STRING PRIMARY KEY)")
        try fresh.write { tx in
            for index in 0..<3_000 {
                let (node, key) = record(tx, "m\(index)")
                _ = try tx.writer.appendNode(node, primaryKey: key)
            }
        }
        XCTAssertNotNil(try fresh.snapshot.reader.storageState.primaryKeyBase)
        XCTAssertEqual(try fresh.snapshot.node(ofType: "Material", key: "m2999")?["name"], "m2999")
        try fresh.execute("MATCH (m:Material {name: 'm5'}) DELETE m")
        XCTAssertNil(try fresh.snapshot.node(ofType: "Material", key: "m5"))
        try fresh.execute("CREATE (:Material {name: 'm5'})")
        XCTAssertThrowsError(try fresh.execute("CREATE (:Material {name: 'm6'})")) {
            XCTAssertEqual(($0 as? ChainGraphError)?.code, "DuplicatePrimaryKey")
        }
    }
}
