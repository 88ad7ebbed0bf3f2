/// Algorithms: the graph as the algorithms see it — dense node ids and the edges of a
/// chosen set of types, walked on the adjacency index.
struct TraversalView {
    let state: GraphState
    /// Edge-type symbols to follow; nil follows every type.
    let types: [Int32]?

    /// - Throws: in strict mode, `SemanticError (UnknownEdgeType)` for a type the schema does
    ///   not declare. In open mode an unknown type simply has no edges, as in MATCH.
    init(_ state: GraphState, types names: [String]?) throws {
        self.state = state
        guard let names, !names.isEmpty else {
            types = nil
            return
        }
        if state.schema.isStrict, let unknown = names.first(where: { state.schema.edgeType(named: $0) == nil }) {
            throw state.schema.unknownEdgeType(unknown)
        }
        types = names.compactMap { state.edgeTypes.id(of: $0) }
    }

    /// The number of node slots (ids run from 0 to this, with holes for deleted nodes).
    var capacity: Int { state.nodes.count }

    func exists(_ node: Int64) -> Bool { state.nodeRecord(node) != nil }

    /// Calls `body` with each (edge, neighbour) pair leaving `node` in `direction`.
    func forEach(_ node: Int64, _ direction: Direction, _ body: (Int64, Int64) -> Void) {
        if let types {
            for type in types {
                state.forEachEdge(of: node, type: type, direction: direction) { edge, neighbor in
                    body(edge, neighbor)
                    return true
                }
            }
        } else {
            state.forEachEdge(of: node, type: nil, direction: direction) { edge, neighbor in
                body(edge, neighbor)
                return true
            }
        }
    }

    func neighbors(_ node: Int64, _ direction: Direction) -> [Int64] {
        var result: [Int64] = []
        forEach(node, direction) { _, neighbor in result.append(neighbor) }
        return result
    }

    /// Breadth-first distances from `start` (−1 where unreached), optionally avoiding one node
    /// and stopping at `maxDepth`.
    func distances(from starts: [Int64], _ direction: Direction, maxDepth: Int? = nil, avoiding: Int64? = nil) -> [Int32] {
        var distance = [Int32](repeating: -1, count: capacity)
        var frontier: [Int64] = []
        for start in starts where start != avoiding && distance[Int(start)] < 0 {
            distance[Int(start)] = 0
            frontier.append(start)
        }
        var depth: Int32 = 0
        while !frontier.isEmpty {
            if let maxDepth, depth >= Int32(maxDepth) { break }
            depth += 1
            var next: [Int64] = []
            for node in frontier {
                forEach(node, direction) { _, neighbor in
                    if neighbor != avoiding && distance[Int(neighbor)] < 0 {
                        distance[Int(neighbor)] = depth
                        next.append(neighbor)
                    }
                }
            }
            frontier = next
        }
        return distance
    }

    /// Nodes with no incoming edge of the followed types: the raw materials.
    func sources() -> [Int64] {
        var result: [Int64] = []
        for node in 0..<Int64(capacity) where exists(node) {
            var hasIncoming = false
            forEach(node, .incoming) { _, _ in hasIncoming = true }
            if !hasIncoming { result.append(node) }
        }
        return result
    }
}
