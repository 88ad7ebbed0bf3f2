extension GraphReader {
    /// A smallest set of nodes (other than the ends) whose removal cuts every chain from
    func minimumVertexCut(from start: NodeID, to end: NodeID, via types: [String]? = nil) throws -> [NodeID] {
        let view = try TraversalView(self, types: types)
        for node in [start, end] where !view.exists(node.rawValue) { throw missingNode(node.rawValue) }
        guard start != end, view.distances(from: [start.rawValue], .outgoing)[Int(end.rawValue)] >= 0 else { return [] }
        if view.neighbors(start.rawValue, .outgoing).contains(end.rawValue) {
            throw ChainGraphError(.argumentError, .noVertexCut,
                                  "node \(start) feeds node \(end) directly, so no set of intermediate nodes separates them")
        }
        // Split node v into 2v (entry) and 2v+1 (exit). Flow on split arcs and on edges is tracked
        // in dictionaries; edges have unbounded capacity, split arcs capacity 1 (ends unbounded).
        let source = 2 * start.rawValue + 1, sink = 2 * end.rawValue
        var splitFlow = [Int64: Int]()          // node -> flow through its split arc (0 or 1)
        var edgeFlow = [Int64: Int]()           // edge id -> flow u_out -> v_in
        func splitCapacity(_ node: Int64) -> Int { node == start.rawValue || node == end.rawValue ? Int.max : 1 }

        func residualNeighbors(_ vertex: Int64) -> [(Int64, () -> Void)] {
            let node = vertex / 2
            var result: [(Int64, () -> Void)] = []
            if vertex % 2 == 0 {
                // Entry: forward along the split arc, backward along edges that carry flow into it.
                if splitFlow[node, default: 0] < splitCapacity(node) {
                    result.append((vertex + 1, { splitFlow[node, default: 0] += 1 }))
                }
                view.forEach(node, .incoming) { edge, from in
                    if edgeFlow[edge, default: 0] > 0 { result.append((2 * from + 1, { edgeFlow[edge, default: 0] -= 1 })) }
                }
            } else {
                // Exit: forward along out-edges, backward along the split arc when it carries flow.
                view.forEach(node, .outgoing) { edge, to in
                    result.append((2 * to, { edgeFlow[edge, default: 0] += 1 }))
                }
                if splitFlow[node, default: 0] > 0 && splitCapacity(node) == 1 {
                    result.append((vertex - 1, { splitFlow[node, default: 0] -= 1 }))
                }
            }
            return result
        }

        func augment() -> Bool {
            var parent: [Int64: (Int64, () -> Void)] = [:]
            var queue = [source], head = 0
            var seen: Set<Int64> = [source]
            while head < queue.count {
                let vertex = queue[head]
                head += 1
                if vertex == sink { break }
                for (next, apply) in residualNeighbors(vertex) where seen.insert(next).inserted {
                    parent[next] = (vertex, apply)
                    queue.append(next)
                }
            }
            guard parent[sink] != nil else { return false }
            var vertex = sink
            while vertex != source {
                let (previous, apply) = parent[vertex]!
                apply()
                vertex = previous
            }
            return true
        }
        while augment() {}

        // Entries reachable in the residual graph whose exits are not: the cut.
        var reached: Set<Int64> = [source]
        var queue = [source], head = 0
        while head < queue.count {
            let vertex = queue[head]
            head += 1
            for (next, _) in residualNeighbors(vertex) where reached.insert(next).inserted { queue.append(next) }
        }
        return reached.filter { $0 % 2 == 0 && !reached.contains($0 + 1) }.map { NodeID($0 / 2) }.sorted()
    }
}
