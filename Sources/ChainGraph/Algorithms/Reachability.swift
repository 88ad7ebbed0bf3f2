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

extension GraphSnapshot {
    /// The nodes reachable from `start` along edges of `types` (all types when nil) in
    /// `direction`, each with its distance, in breadth-first discovery order (nearest first;
    /// deterministic for a given graph); `start` itself is not included.
    ///
    /// ```swift
    /// let downstream = try graph.reachable(from: acrylonitrile, direction: .outgoing, via: ["FEEDS"])
    /// ```
    ///
    /// - Throws: `EntityNotFound (NodeNotFound)`, `SemanticError (UnknownEdgeType)`.
    /// - Complexity: O(V + E) over the part of the graph reached, with a dense visited array.
    public func reachable(from start: NodeID, direction: Direction, via types: [String]? = nil,
                          maxDepth: Int? = nil) throws -> [ReachedNode] {
        let view = try TraversalView(state, types: types)
        guard view.exists(start.rawValue) else { throw state.missingNode(start.rawValue) }
        let (distance, order) = view.breadthFirst(from: [start.rawValue], direction, maxDepth: maxDepth)
        return order.dropFirst().map { ReachedNode(node: NodeID(Int64($0)), depth: Int(distance[Int($0)])) }
    }

    /// Everything `node` feeds, directly or through intermediates: the downstream closure.
    /// A supply-chain name for ``reachable(from:direction:via:maxDepth:)`` with `.outgoing`.
    public func downstream(of node: NodeID, via types: [String]? = nil, maxDepth: Int? = nil) throws -> [ReachedNode] {
        try reachable(from: node, direction: .outgoing, via: types, maxDepth: maxDepth)
    }

    /// Everything that feeds `node`, directly or through intermediates: the upstream closure.
    public func upstream(of node: NodeID, via types: [String]? = nil, maxDepth: Int? = nil) throws -> [ReachedNode] {
        try reachable(from: node, direction: .incoming, via: types, maxDepth: maxDepth)
    }
}
