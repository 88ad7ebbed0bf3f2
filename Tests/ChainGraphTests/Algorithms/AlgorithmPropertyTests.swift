import ChainGraph
import XCTest

/// On a thousand random small graphs (DAGs and graphs with cycles, two edge types), every
/// algorithm and path query agrees with the naive reference in ``ReferenceGraph``.
final class AlgorithmPropertyTests: XCTestCase {
    private func randomGraph(_ generator: inout SeededGenerator, acyclic: Bool) throws -> (GraphDatabase, ReferenceGraph) {
        let db = GraphDatabase()
        let nodeCount = Int.random(in: 2...8, using: &generator)
        let edgeCount = Int.random(in: 0...14, using: &generator)
        var reference = ReferenceGraph(nodes: [], edges: [])
        try db.write { tx in
            reference.nodes = try (0..<nodeCount).map { try tx.createNode(labels: ["N"], properties: ["i": .int(Int64($0))]) }
            for _ in 0..<edgeCount {
                var a = Int.random(in: 0..<nodeCount, using: &generator), b = Int.random(in: 0..<nodeCount, using: &generator)
                if acyclic {
                    if a == b { continue }
                    if a > b { swap(&a, &b) }
                }
                let type = Int.random(in: 0..<4, using: &generator) == 0 ? "X" : "E"
                let weight = Double(Int.random(in: 0...9, using: &generator))
                let id = try tx.createEdge(type, from: reference.nodes[a], to: reference.nodes[b], properties: ["w": .double(weight)])
                reference.edges.append((id, type, reference.nodes[a], reference.nodes[b], weight))
            }
        }
        return (db, reference)
    }

    func testAlgorithmsAgreeWithNaiveReferences() throws {
        var generator = SeededGenerator(seed: 6)
        let onlyE: Set<String> = ["E"]
        for round in 0..<1_000 {
            let (db, reference) = try randomGraph(&generator, acyclic: round % 2 == 0)
            let graph = try db.snapshot
            let from = reference.nodes.randomElement(using: &generator)!, to = reference.nodes.randomElement(using: &generator)!
            let context = "round \(round) from \(from) to \(to): \(reference.edges.map { "\($0.from)-\($0.type)->\($0.to)" })"

            // Reachability with depths, both directions, with a type filter.
            let down = try graph.downstream(of: from, via: ["E"])
            var expectedDown = reference.distances(from: [from], types: onlyE)
            expectedDown[from] = nil
            XCTAssertEqual(Dictionary(uniqueKeysWithValues: down.map { ($0.node, $0.depth) }), expectedDown, context)
            var expectedUp = reference.distances(from: [from], types: nil, reverse: true)
            expectedUp[from] = nil
            XCTAssertEqual(Dictionary(uniqueKeysWithValues: try graph.upstream(of: from).map { ($0.node, $0.depth) }), expectedUp, context)

            // Simple paths.
            let paths = try graph.allSimplePaths(from: from, to: to, via: ["E"], maxLength: 5)
            XCTAssertEqual(Set(paths.map { $0.edges.map(\.id.rawValue) }),
                           reference.simplePaths(from: from, to: to, types: onlyE, maxLength: 5), context)

            // Chokepoints: exactly the nodes whose removal disconnects, ordered along the chain.
            if from != to {
                let chokepoints = try graph.chokepoints(from: from, to: to, via: ["E"])
                let expected = reference.reaches(from, to, types: onlyE)
                    ? reference.nodes.filter { $0 != from && $0 != to && !reference.reaches(from, to, types: onlyE, without: $0) }
                    : []
                XCTAssertEqual(Set(chokepoints), Set(expected), context)
                let distance = reference.distances(from: [from], types: onlyE)
                XCTAssertEqual(chokepoints.map { distance[$0]! }, chokepoints.map { distance[$0]! }.sorted(), context)

                // Minimum vertex cut: the right size, and it really cuts.
                let direct = reference.edges.contains { $0.from == from && $0.to == to && $0.type == "E" }
                if direct {
                    assertThrowsGraphError(.argumentError, "NoVertexCut") { try graph.minimumVertexCut(from: from, to: to, via: ["E"]) }
                } else {
                    let cut = try graph.minimumVertexCut(from: from, to: to, via: ["E"])
                    XCTAssertEqual(cut.count, minimumCutSize(reference, from, to, onlyE), context)
                    var pruned = reference
                    pruned.edges.removeAll { cut.contains($0.from) || cut.contains($0.to) }
                    XCTAssertFalse(pruned.reaches(from, to, types: onlyE), context)
                }
            }

            // Impact: downstream nodes no raw material reaches once `from` is gone.
            let sources = reference.nodes.filter { $0 != from && reference.predecessors($0, types: nil).isEmpty }
            let supplied = reference.distances(from: sources, types: nil, without: from)
            let expectedImpact = reference.distances(from: [from], types: nil).keys.filter { $0 != from && supplied[$0] == nil }
            XCTAssertEqual(Set(try graph.impact(of: from).map(\.node)), Set(expectedImpact), context)

            // Cycles and tiers.
            let looped = Set(reference.nodes.filter { reference.onCycle($0, types: nil) })
            XCTAssertEqual(Set(try graph.cycles().flatMap { $0 }), looped, context)
            let tiers = try graph.tiers()
            XCTAssertEqual(tiers.nodesInCycles, looped, context)
            if looped.isEmpty {
                for node in reference.nodes {
                    XCTAssertEqual(tiers.tiers[node], longestPathTo(node, reference), context)
                }
            }

            // Cheapest path against Bellman–Ford.
            let cheapest = try graph.cheapestPath(from: from, to: to, weight: "w", via: ["E"])
            XCTAssertEqual(cheapest?.cost, bellmanFord(reference, from, onlyE)[to], context)

            // Cypher: shortest path length and variable-length trail counts.
            if from != to {
                let length = try db.execute("""
                    MATCH p = shortestPath((a)-[:E*]->(b)) WHERE id(a) = $a AND id(b) = $b RETURN length(p)
                    """, parameters: ["a": .int(from.rawValue), "b": .int(to.rawValue)]).scalar
                XCTAssertEqual(length, reference.distances(from: [from], types: onlyE)[to].map { .int(Int64($0)) }, context)
            }
            let trails = try db.execute("MATCH (a)-[:E*1..3]->(b) WHERE id(a) = $a RETURN count(*)",
                                        parameters: ["a": .int(from.rawValue)]).scalar
            XCTAssertEqual(trails, .int(Int64(reference.trailCount(from: from, type: "E", maxLength: 3))), context)
        }
    }

    private func minimumCutSize(_ graph: ReferenceGraph, _ from: NodeID, _ to: NodeID, _ types: Set<String>) -> Int {
        guard graph.reaches(from, to, types: types) else { return 0 }
        let candidates = graph.nodes.filter { $0 != from && $0 != to }
        var best = candidates.count
        for mask in 0..<(1 << candidates.count) {
            let removed = candidates.enumerated().filter { mask & (1 << $0.offset) != 0 }.map(\.element)
            guard removed.count < best else { continue }
            var pruned = graph
            pruned.edges.removeAll { removed.contains($0.from) || removed.contains($0.to) }
            if !pruned.reaches(from, to, types: types) { best = removed.count }
        }
        return best
    }

    private func longestPathTo(_ node: NodeID, _ graph: ReferenceGraph) -> Int {
        graph.predecessors(node, types: nil).map { longestPathTo($0, graph) + 1 }.max() ?? 0
    }

    private func bellmanFord(_ graph: ReferenceGraph, _ from: NodeID, _ types: Set<String>) -> [NodeID: Double] {
        var cost: [NodeID: Double] = [from: 0]
        for _ in graph.nodes {
            for edge in graph.edges where types.contains(edge.type) {
                if let base = cost[edge.from], base + edge.weight < cost[edge.to, default: .infinity] {
                    cost[edge.to] = base + edge.weight
                }
            }
        }
        return cost
    }

    func testNegativeWeightsAreRefused() throws {
        let db = GraphDatabase()
        let (a, b) = try db.write { tx in
            let a = try tx.createNode(), b = try tx.createNode()
            try tx.createEdge("E", from: a, to: b, properties: ["w": -1])
            return (a, b)
        }
        assertThrowsGraphError(.argumentError, "NegativeWeight") { try db.read { try $0.cheapestPath(from: a, to: b, weight: "w") } }
    }

    func testBetweennessOnALine() throws {
        let db = GraphDatabase()
        try db.execute("CREATE (:N {i: 0})-[:E]->(:N {i: 1})-[:E]->(:N {i: 2})")
        let result = try db.execute("CALL centrality('betweenness') YIELD node, score RETURN node.i AS i, score ORDER BY i")
        XCTAssertEqual(result.rows, [[0, 0.0], [1, 1.0], [2, 0.0]])
    }
}
