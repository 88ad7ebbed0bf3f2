import XCTest
@testable import ChainGraph

/// Closures in graphs large enough that the distance map starts sparse and turns dense.
final class NodeDistancesTests: XCTestCase {
    func testSmallAndLargeClosuresInALargeGraph() throws {
        let db = GraphDatabase()
        var nodes: [NodeID] = []
        try db.write { tx in
            for index in 0..<6000 { nodes.append(try tx.createNode(labels: ["Material"], properties: ["i": .int(Int64(index))])) }
            for index in 1..<6000 { try tx.createEdge("FEEDS", from: nodes[index - 1], to: nodes[index]) }
        }
        let snapshot = try db.snapshot
        let near = try snapshot.downstream(of: nodes[5990])
        XCTAssertEqual(near.map(\.depth), Array(1...9))
        let all = try snapshot.downstream(of: nodes[0])
        XCTAssertEqual(all.count, 5999)
        XCTAssertEqual(all.last?.depth, 5999)
        XCTAssertEqual(all[1000].node, nodes[1001])
        XCTAssertEqual(try snapshot.upstream(of: nodes[5999], maxDepth: 400).count, 400)
    }

    func testTheMapSwitchesToDenseAndKeepsEveryDistance() {
        var distances = NodeDistances(capacity: 10_000)
        for node in stride(from: 0, to: 2000, by: 3) { distances.set(node, Int32(node / 3)) }
        for node in 0..<2000 {
            XCTAssertEqual(distances[node], node % 3 == 0 ? Int32(node / 3) : -1)
        }
    }
}
