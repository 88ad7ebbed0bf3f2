@testable import ChainGraph
import XCTest

final class LayeredLayoutTests: XCTestCase {
    /// A tiered supply chain like the benchmark's: tiers of materials, each feeding a few
    /// of the next tiers, some feeding back (cycles), boxes of varying width.
    private func supplyChain(nodes: Int, seed: UInt64) -> (sizes: [(width: Double, height: Double)], edges: [(from: Int, to: Int)]) {
        var generator = SeededGenerator(seed: seed)
        let tiers = 8
        let sizes = (0..<nodes).map { _ in (width: Double(Int.random(in: 60...400, using: &generator)), height: 30.0) }
        var edges: [(from: Int, to: Int)] = []
        for node in 0..<nodes {
            let tier = node * tiers / nodes
            for _ in 0..<Int.random(in: 0...3, using: &generator) {
                let targetTier = min(tiers - 1, tier + Int.random(in: 1...3, using: &generator))
                let low = targetTier * nodes / tiers, high = max(low + 1, (targetTier + 1) * nodes / tiers)
                edges.append((node, Int.random(in: low..<high, using: &generator)))
            }
            if Int.random(in: 0..<50, using: &generator) == 0 { edges.append((node, Int.random(in: 0..<nodes, using: &generator))) }
        }
        return (sizes, edges)
    }

    func testNoBoxesOverlapOnSupplyChainsWithCycles() {
        for (nodes, seed) in [(12, 1), (200, 2), (2_000, 3)] as [(Int, UInt64)] {
            let graph = supplyChain(nodes: nodes, seed: seed)
            let layout = LayeredLayout(sizes: graph.sizes, edges: graph.edges)
            XCTAssertEqual(layout.boxes.count, nodes)
            XCTAssertEqual(LayeredLayout.overlappingPairs(layout.boxes), 0, "\(nodes) nodes")
            for (box, size) in zip(layout.boxes, graph.sizes) {
                XCTAssertEqual(box.width, size.width, "a box is as wide as its label needs")
                XCTAssertGreaterThanOrEqual(box.y, 0)
            }
        }
    }

    func testAcyclicEdgesRunLeftToRightThroughOneBendPerColumnCrossed() {
        let edges = [(0, 1), (1, 2), (2, 3), (0, 3), (4, 2)].map { (from: $0.0, to: $0.1) }
        let layout = LayeredLayout(sizes: Array(repeating: (width: 100, height: 30), count: 5), edges: edges)
        for (index, edge) in edges.enumerated() {
            XCTAssertLessThan(layout.columns[edge.from], layout.columns[edge.to])
            XCTAssertLessThan(layout.boxes[edge.from].right, layout.boxes[edge.to].x)
            XCTAssertEqual(layout.bends[index].count, layout.columns[edge.to] - layout.columns[edge.from] - 1)
        }
        XCTAssertEqual(layout.columns[4], 1, "a node that only feeds sits just before what it feeds")
        XCTAssertEqual(layout.bends[3].map(\.x).sorted(), layout.bends[3].map(\.x), "bends go the edge's way")
    }

    func testACycleIsDrawnWithoutLosingAnEdge() {
        let edges = [(0, 1), (1, 2), (2, 0), (1, 1)].map { (from: $0.0, to: $0.1) }
        let layout = LayeredLayout(sizes: Array(repeating: (width: 80, height: 30), count: 3), edges: edges)
        XCTAssertEqual(layout.bends.count, 4)
        XCTAssertEqual(layout.bends[3], [], "a self-loop has no bends")
        XCTAssertEqual(Set(layout.columns).count, 3, "the cycle still reads as a chain")
        XCTAssertEqual(layout.bends[2].count, 1, "the edge back passes the middle column")
    }

    func testCrossingsAreReduced() {
        // a → d, a → c and b → c: in index order a → d crosses b → c; one swap removes it.
        let edges = [(0, 3), (1, 2), (0, 2)].map { (from: $0.0, to: $0.1) }
        let layout = LayeredLayout(sizes: Array(repeating: (width: 80, height: 30), count: 4), edges: edges)
        XCTAssertEqual(layout.crossings, 0)
        XCTAssertEqual(layout.boxes[0].y < layout.boxes[1].y, layout.boxes[3].y < layout.boxes[2].y)
    }

    func testSeveralStartingOrdersNeverCrossMoreThanOne() {
        var fewer = 0
        for seed in 1...8 as ClosedRange<UInt64> {
            let graph = supplyChain(nodes: 120, seed: seed)
            var numbered = LayerGraph(nodeCount: graph.sizes.count, edges: graph.edges)
            var all = numbered
            numbered.order(sweeps: 24, starts: [.numbered])
            all.order(sweeps: 24)
            let (one, several) = (numbered.crossings(numbered.orders), all.crossings(all.orders))
            XCTAssertLessThanOrEqual(several, one, "seed \(seed)")
            XCTAssertEqual(all.orders.map { Set($0) }, numbered.orders.map { Set($0) }, "the same nodes in each layer")
            if several < one { fewer += 1 }
        }
        XCTAssertGreaterThan(fewer, 0, "the breadth-first starts find fewer crossings on some graph")
    }

    func testConnectedPartsAreStackedLargestFirstWithoutOverlap() {
        // Two chains and a lone node: the three-node chain on top, the lone node last.
        let edges = [(3, 4), (0, 1), (1, 2)].map { (from: $0.0, to: $0.1) }
        let layout = LayeredLayout(sizes: Array(repeating: (width: 80, height: 30), count: 6), edges: edges)
        XCTAssertEqual(LayeredLayout.overlappingPairs(layout.boxes), 0)
        XCTAssertLessThan(layout.boxes[0].bottom, layout.boxes[3].y, "the longer chain above the shorter")
        XCTAssertLessThan(layout.boxes[3].bottom, layout.boxes[5].y, "the node without edges last")
        XCTAssertEqual(layout.boxes[0].x, layout.boxes[3].x, "each part starts at the left edge")
    }

    func testTheSameGraphGivesTheSameDrawing() {
        let graph = supplyChain(nodes: 150, seed: 9)
        let first = LayeredLayout(sizes: graph.sizes, edges: graph.edges)
        let second = LayeredLayout(sizes: graph.sizes, edges: graph.edges)
        XCTAssertEqual(first.boxes, second.boxes)
        XCTAssertEqual(first.bends, second.bends)
    }

    func testAnEmptyGraphHasAnEmptyDrawing() {
        let layout = LayeredLayout(sizes: [], edges: [])
        XCTAssertEqual(layout.boxes, [])
        XCTAssertEqual(layout.width, 0)
    }
}
