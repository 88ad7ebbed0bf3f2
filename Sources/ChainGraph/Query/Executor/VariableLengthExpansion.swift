/// Executor: walks `-[:T*min..max]->` as trails (no relationship twice) by depth-first search.
struct VariableLengthExpansion {
    let matcher: PatternMatcher
    let relationship: RelationshipPattern
    let minimum: Int
    let maximum: Int?

    /// Calls `body` with the edges walked, the node reached and the row with the
    /// relationship variable bound to the list of edges, for every trail of an allowed length.
    /// When the row already binds the relationship variable to a list of relationships, only
    /// the trail of exactly those relationships, in that order, is walked.
    func expand(from start: Int64, _ row: Bindings, _ used: UsedEdges,
                _ body: ([Int64], Int64, Bindings) throws -> Void) throws {
        var edges: [Int64] = []
        var required: [Int64]?
        if let name = relationship.variable, let bound = row[name] {
            guard case .list(let items) = bound else { return }
            var ids: [Int64] = []
            for item in items {
                guard case .edge(let edge) = item else { return }
                ids.append(edge.id.rawValue)
            }
            required = ids
        }
        try walk(start, row, used, &edges, required, body)
    }

    private func walk(_ node: Int64, _ row: Bindings, _ used: UsedEdges, _ edges: inout [Int64], _ required: [Int64]?,
                      _ body: ([Int64], Int64, Bindings) throws -> Void) throws {
        try matcher.context.checkLimits()
        if let required, edges.count == required.count {
            if edges.count >= minimum && edges.count <= (maximum ?? .max) { try body(edges, node, row) }
            return
        }
        if required == nil && edges.count >= minimum {
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
            if let required, edge != required[edges.count] { continue }
            if let properties = relationship.properties,
               !(try matcher.propertiesMatch(matcher.graph.edgeRecord(edge)!.properties, properties, row)) { continue }
            used.edges.append(edge)
            edges.append(edge)
            try walk(neighbor, row, used, &edges, required, body)
            edges.removeLast()
            used.edges.removeLast()
        }
    }
}
