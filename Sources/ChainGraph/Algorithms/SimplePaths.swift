extension GraphReader {
    /// Every simple path (no node twice) from `start` to `end` along edges of `types`, of at
    func allSimplePaths(from start: NodeID, to end: NodeID, via types: [String]? = nil,
                        maxLength: Int = 10, limit: Int = 10_000) throws -> [Path] {
        let view = try TraversalView(self, types: types)
        for node in [start, end] where !view.exists(node.rawValue) { throw missingNode(node.rawValue) }
        // Only nodes that can still reach `end` are worth entering.
        let toEnd = view.distances(from: [end.rawValue], .incoming)
        var onPath = [Bool](repeating: false, count: view.capacity)
        var nodes: [Int64] = [start.rawValue], edges: [Int64] = []
        var paths: [Path] = []
        onPath[Int(start.rawValue)] = true
        func walk(_ node: Int64) throws {
            if node == end.rawValue && !edges.isEmpty {
                guard paths.count < limit else {
                    throw ChainGraphError(.limitExceeded, .tooManyPaths,
                                          "more than \(limit) chains lead from node \(start) to node \(end); narrow maxLength or raise the limit")
                }
                paths.append(makePath(nodes, edges))
                return
            }
            guard edges.count < maxLength else { return }
            var steps: [(Int64, Int64)] = []
            view.forEach(node, .outgoing) { edge, neighbor in steps.append((edge, neighbor)) }
            for (edge, neighbor) in steps {
                let remaining = toEnd[Int(neighbor)]
                guard !onPath[Int(neighbor)] || neighbor == end.rawValue && end == start, remaining >= 0,
                      edges.count + 1 + Int(remaining) <= maxLength else { continue }
                onPath[Int(neighbor)] = true
                nodes.append(neighbor)
                edges.append(edge)
                try walk(neighbor)
                nodes.removeLast()
                edges.removeLast()
                onPath[Int(neighbor)] = neighbor == start.rawValue
            }
        }
        try walk(start.rawValue)
        return paths
    }

    /// The chains from one node to another: ``allSimplePaths(from:to:via:maxLength:limit:)``.
    func chains(from start: NodeID, to end: NodeID, via types: [String]? = nil,
                maxLength: Int = 10, limit: Int = 10_000) throws -> [Path] {
        try allSimplePaths(from: start, to: end, via: types, maxLength: maxLength, limit: limit)
    }

    func makePath(_ nodes: [Int64], _ edges: [Int64]) -> Path {
        Path(nodes: nodes.map { node($0)! }, edges: edges.map { edge($0)! })
    }
}
