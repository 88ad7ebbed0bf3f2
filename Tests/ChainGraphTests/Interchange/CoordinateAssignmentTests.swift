@testable import ChainGraph
import XCTest

final class CoordinateAssignmentTests: XCTestCase {
    private func centres(nodeCount: Int, edges: [(from: Int, to: Int)], extent: Double = 30) -> (LayerGraph, [Double]) {
        var graph = LayerGraph(nodeCount: nodeCount, edges: edges)
        graph.order(sweeps: 8)
        let assignment = CoordinateAssignment(graph: graph, realCount: nodeCount,
                                              extents: Array(repeating: extent, count: nodeCount), gap: 24)
        return (graph, assignment.centres())
    }

    func testAChainIsOneStraightLine() {
        let (_, centres) = centres(nodeCount: 5, edges: [(0, 1), (1, 2), (2, 3), (3, 4)])
        XCTAssertEqual(Set(centres.prefix(5)).count, 1, "\(centres)")
    }

    func testALongEdgeRunsStraightThroughItsPoints() {
        // a → b → c → d and a → d: the edge a → d passes two columns, its points on one line.
        let (graph, centres) = centres(nodeCount: 4, edges: [(0, 1), (1, 2), (2, 3), (0, 3)])
        let points = graph.chains[3]
        XCTAssertEqual(points.count, 2)
        XCTAssertEqual(centres[points[0]], centres[points[1]])
        XCTAssertNotEqual(centres[points[0]], centres[1], "the point does not sit on the box it passes")
    }

    func testANodeFeedingTwoSitsBetweenThem() {
        let (_, centres) = centres(nodeCount: 3, edges: [(0, 1), (0, 2)])
        XCTAssertEqual(centres[0], (centres[1] + centres[2]) / 2, accuracy: 0.001)
        XCTAssertEqual(abs(centres[1] - centres[2]), 54, accuracy: 0.001, "30 high boxes 24 apart")
    }

    func testNeighboursInALayerKeepTheirOrderAndSeparation() {
        var generator = SeededGenerator(seed: 7)
        for nodes in [10, 60, 400] {
            let edges = generator.edges(among: nodes, upToPerNode: 3)
            var graph = LayerGraph(nodeCount: nodes, edges: edges)
            graph.order(sweeps: 4)
            let extents = (0..<nodes).map { _ in Double(Int.random(in: 20...60, using: &generator)) }
            let centres = CoordinateAssignment(graph: graph, realCount: nodes, extents: extents, gap: 24).centres()
            let extent = { (node: Int) in node < nodes ? extents[node] : 0 }
            for layer in graph.orders {
                for (upper, lower) in zip(layer, layer.dropFirst()) {
                    let least = (extent(upper) + extent(lower)) / 2 + (upper < nodes && lower < nodes ? 24 : 12)
                    XCTAssertGreaterThanOrEqual(centres[lower] - centres[upper], least - 1e-9, "\(nodes) nodes")
                }
            }
        }
    }
}

extension SeededGenerator {
    /// Up to `most` edges from each of `nodes` nodes to any node (cycles and self-loops
    /// included): a graph for the layout's tests.
    mutating func edges(among nodes: Int, upToPerNode most: Int) -> [(from: Int, to: Int)] {
        var edges: [(from: Int, to: Int)] = []
        for node in 0..<nodes {
            for _ in 0..<Int.random(in: 0...most, using: &self) {
                edges.append((node, Int.random(in: 0..<nodes, using: &self)))
            }
        }
        return edges
    }
}
