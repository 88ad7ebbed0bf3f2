import XCTest
@testable import ChainGraph

/// Closures over pooled, generation-stamped distance arrays.
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

    func testReusedArraysForgetEarlierTraversals() {
        do {
            let first = NodeDistances(capacity: 10_000)
            for node in stride(from: 0, to: 2000, by: 3) { first.set(node, Int32(node / 3)) }
            for node in 0..<2000 { XCTAssertEqual(first[node], node % 3 == 0 ? Int32(node / 3) : -1) }
        }
        let second = NodeDistances(capacity: 10_000)
        XCTAssertTrue((0..<2000).allSatisfy { second[$0] == -1 }, "a pooled scratch starts empty")
        let concurrent = NodeDistances(capacity: 10_000)
        second.set(7, 1)
        XCTAssertEqual(concurrent[7], -1, "two live traversals never share arrays")
    }
}
