/// Executor: walks `-[:T*min..max]->` as trails (no relationship twice) by depth-first search.
struct VariableLengthExpansion {
    let matcher: PatternMatcher
    let relationship: RelationshipPattern
    let minimum: Int
    let maximum: Int?

    /// Calls `body` with the edges walked, the node reached and the row with the
    /// relationship variable bound to the list of edges, for every trail of an allowed length.
    func expand(from start: Int64, _ row: Bindings, _ used: UsedEdges,
                _ body: ([Int64], Int64, Bindings) throws -> Void) throws {
        var edges: [Int64] = []
        try walk(start, row, used, &edges, body)
    }

    private func walk(_ node: Int64, _ row: Bindings, _ used: UsedEdges, _ edges: inout [Int64],
                      _ body: ([Int64], Int64, Bindings) throws -> Void) throws {
        try matcher.context.checkLimits()
        if edges.count >= minimum {
            var bound = row
            if let name = relationship.variable {
                bound[name] = .list(edges.map { matcher.context.edgeReference($0) })
            }
            try body(edges, node, bound)
        }
        if let maximum, edges.count >= maximum { return }
        let steps = matcher.steps(from: node, relationship)
        if maximum == nil, edges.count >= matcher.context.options.maximumPathLength,
           steps.contains(where: { !used.edges.contains($0.edge) }) {
            throw matcher.context.error(.limitExceeded, .pathTooLong,
                "a variable-length pattern walked more than \(matcher.context.options.maximumPathLength) relationships; give it an upper bound (*..n), raise QueryOptions.maximumPathLength, or use CALL downstream(…) for closures",
                at: relationship.start)
        }
        for (edge, neighbor) in steps {
            if used.edges.contains(edge) { continue }
            if let properties = relationship.properties,
               !(try matcher.propertiesMatch(matcher.graph.edgeRecord(edge)!.properties, properties, row)) { continue }
            used.edges.append(edge)
            edges.append(edge)
            try walk(neighbor, row, used, &edges, body)
            edges.removeLast()
            used.edges.removeLast()
        }
    }
}
