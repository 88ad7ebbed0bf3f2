/// A node reached by a traversal, with its distance in edges from the start.
public struct ReachedNode: Hashable, Sendable {
    /// The node reached.
    public var node: NodeID
    /// The fewest edges walked to reach it.
    public var depth: Int

    /// Creates a reached-node record.
    public init(node: NodeID, depth: Int) {
        self.node = node
        self.depth = depth
    }
}

extension GraphReader {
    /// The nodes reachable from `start` along edges of `types` (all types when nil) in
    func reachable(from start: NodeID, direction: Direction, via types: [String]? = nil,
                   maxDepth: Int? = nil) throws -> [ReachedNode] {
        let view = try TraversalView(self, types: types)
        guard view.exists(start.rawValue) else { throw missingNode(start.rawValue) }
        let (distance, order) = view.breadthFirst(from: [start.rawValue], direction, maxDepth: maxDepth)
        return order.dropFirst().map { ReachedNode(node: NodeID(Int64($0)), depth: Int(distance[Int($0)])) }
    }

    /// Everything `node` feeds, directly or through intermediates: the downstream closure.
    func downstream(of node: NodeID, via types: [String]? = nil, maxDepth: Int? = nil) throws -> [ReachedNode] {
        try reachable(from: node, direction: .outgoing, via: types, maxDepth: maxDepth)
    }

    /// Everything that feeds `node`, directly or through intermediates: the upstream closure.
    func upstream(of node: NodeID, via types: [String]? = nil, maxDepth: Int? = nil) throws -> [ReachedNode] {
        try reachable(from: node, direction: .incoming, via: types, maxDepth: maxDepth)
    }
}
