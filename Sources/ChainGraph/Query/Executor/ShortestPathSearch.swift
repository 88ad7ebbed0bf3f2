/// Executor: `shortestPath((a)-[:T*..n]->(b))` and `allShortestPaths(...)` by breadth-first
/// search on the adjacency index.
struct ShortestPathSearch {
    let matcher: PatternMatcher

    func match(_ pattern: PatternPart, _ row: Bindings, _ emit: (Bindings) throws -> Void) throws {
        let relationship = pattern.steps[0].relationship, endPattern = pattern.steps[0].node
        let maximum = relationship.length?.max ?? Int.max
        let minimum = relationship.length?.min ?? 1
        try matcher.forEachCandidate(pattern.start, row) { start in
            try matcher.forEachCandidate(endPattern, row) { end in
                for edges in try search(from: start, to: end, relationship, minimum: minimum, maximum: maximum,
                                        all: pattern.shortest == .allShortest, row) {
                    var bound = row
                    if let name = pattern.start.variable { bound[name] = matcher.context.nodeReference(start) }
                    if let name = endPattern.variable { bound[name] = matcher.context.nodeReference(end) }
                    if let name = relationship.variable {
                        bound[name] = relationship.length == nil && edges.count == 1
                            ? matcher.context.edgeReference(edges[0])
                            : .list(edges.map { matcher.context.edgeReference($0) })
                    }
                    if let name = pattern.pathVariable {
                        var trail = PathTrail(nodes: [start], edges: [])
                        trail.append(edges: edges, context: matcher.context)
                        bound[name] = trail.value(matcher.context)
                    }
                    try emit(bound)
                }
            }
        }
    }

    /// The edge lists of the shortest paths (all of them, or one).
    private func search(from start: Int64, to end: Int64, _ relationship: RelationshipPattern, minimum: Int,
                        maximum: Int, all: Bool, _ row: Bindings) throws -> [[Int64]] {
        if start == end { return minimum == 0 ? [[]] : [] }
        if !all && relationship.properties == nil {
            let view = try TraversalView(matcher.graph, types: relationship.types.isEmpty ? nil : relationship.types)
            guard let path = view.shortestPath(from: start, to: end, relationship.direction, maxLength: maximum), path.count >= minimum else {
                return []
            }
            return [path]
        }
        var parents: [Int64: [(node: Int64, edge: Int64)]] = [start: []]
        var frontier = [start]
        var depth = 0
        while !frontier.isEmpty && depth < maximum && parents[end] == nil {
            depth += 1
            var next: [Int64] = []
            var reachedThisLevel: [Int64: [(node: Int64, edge: Int64)]] = [:]
            for node in frontier {
                try matcher.context.checkLimits()
                for (edge, neighbor) in matcher.steps(from: node, relationship) {
                    if let properties = relationship.properties,
                       !(try matcher.propertiesMatch(matcher.graph.edgeRecord(edge)!.properties, properties, row)) { continue }
                    if parents[neighbor] != nil { continue }
                    if reachedThisLevel[neighbor] == nil { next.append(neighbor) }
                    reachedThisLevel[neighbor, default: []].append((node, edge))
                }
            }
            for (node, links) in reachedThisLevel { parents[node] = links }
            frontier = next
        }
        guard parents[end] != nil, depth >= minimum else { return [] }
        var paths: [[Int64]] = []
        func unwind(_ node: Int64, _ suffix: [Int64]) {
            if node == start {
                paths.append(suffix)
                return
            }
            for link in parents[node]! {
                unwind(link.node, [link.edge] + suffix)
                if !all && !paths.isEmpty { return }
            }
        }
        unwind(end, [])
        return paths
    }
}
