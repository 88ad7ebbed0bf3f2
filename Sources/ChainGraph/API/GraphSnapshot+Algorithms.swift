/// The supply-chain algorithms of ``GraphSnapshot`` (implemented in `Algorithms/` over the
/// read view).
extension GraphSnapshot {
    /// A score per node: its degree, or its betweenness on directed shortest paths.
    /// High scores are the hubs of a supply network.
    ///
    /// - Complexity: degree O(V + E); betweenness O(V · (V + E)).
    public func centrality(_ measure: CentralityMeasure, via types: [String]? = nil) throws -> [NodeID: Double] {
        try reader.centrality(measure, via: types)
    }

    /// The path from `start` to `end` whose edges' `weight` property sums lowest
    /// (Dijkstra's algorithm on the adjacency index), or nil when `end` is unreachable.
    /// Edges without a numeric `weight` are not walked.
    ///
    /// - Throws: `ArgumentError (NegativeWeight)` when a reachable edge has a negative weight,
    ///   `EntityNotFound (NodeNotFound)`.
    /// - Complexity: O((V + E) log V).
    public func cheapestPath(from start: NodeID, to end: NodeID, weight: String,
                             via types: [String]? = nil) throws -> WeightedPath? {
        try reader.cheapestPath(from: start, to: end, weight: weight, via: types)
    }

    /// The chokepoints between two nodes: every node other than the ends that lies on
    /// **every** chain from `start` to `end`, in order along the chain. If one of them stops,
    /// `end` can no longer be supplied from `start`.
    ///
    /// Computed as the dominators of `end` in the part of the graph that lies on some chain
    /// from `start` to `end` (Cooper–Harvey–Kennedy's iterative algorithm).
    ///
    /// - Returns: empty when no chain exists or no single node is unavoidable.
    /// - Complexity: O((V + E) · d) for the relevant subgraph, d its loop-nesting depth (small in practice).
    public func chokepoints(from start: NodeID, to end: NodeID, via types: [String]? = nil) throws -> [NodeID] {
        try reader.chokepoints(from: start, to: end, via: types)
    }

    /// What stops being supplied if `node` fails: the downstream nodes that no raw material
    /// (a node with no incoming edge of `types`) can reach any more once `node` is removed,
    /// nearest first.
    ///
    /// - Complexity: O(V + E).
    public func impact(of node: NodeID, via types: [String]? = nil) throws -> [ReachedNode] {
        try reader.impact(of: node, via: types)
    }

    /// A smallest set of nodes (other than the ends) whose removal cuts every chain from
    /// `start` to `end`: the weakest points when there is no single chokepoint.
    ///
    /// Max-flow with every node split into an entry and an exit joined by capacity 1
    /// (Edmonds–Karp); the cut is read off the residual graph.
    ///
    /// - Returns: empty when no chain exists.
    /// - Throws: `ArgumentError (NoVertexCut)` when an edge joins `start` to `end` directly, so
    ///   no set of intermediate nodes can separate them.
    /// - Complexity: O(k · (V + E)) for a cut of k nodes.
    public func minimumVertexCut(from start: NodeID, to end: NodeID, via types: [String]? = nil) throws -> [NodeID] {
        try reader.minimumVertexCut(from: start, to: end, via: types)
    }

    /// The nodes whose names match `text`, best first, at most `limit`, each with the name
    /// that matched and a score: 1 the whole name, 0.9 its beginning, 0.8 a whole word of it,
    /// 0.7 the beginning of a word, 0.6 a part of it (Chinese names are matched this way
    /// too), and below 0.5 a name one or two edits away.
    ///
    /// ```swift
    /// snapshot.searchNames("cathay")   // [(Cathay (Taiyuan) Biotechnology Co., Ltd., …, 0.9)]
    /// snapshot.searchNames("acrylonitrle")   // [(acrylonitrile, "acrylonitrile", 0.4)]
    /// ```
    public func searchNames(_ text: String, limit: Int = 10) -> [(node: NodeID, matched: String, score: Double)] {
        reader.searchNames(text, limit: limit)
    }

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
        try reader.reachable(from: start, direction: direction, via: types, maxDepth: maxDepth)
    }

    /// Everything `node` feeds, directly or through intermediates: the downstream closure.
    /// A supply-chain name for ``reachable(from:direction:via:maxDepth:)`` with `.outgoing`.
    public func downstream(of node: NodeID, via types: [String]? = nil, maxDepth: Int? = nil) throws -> [ReachedNode] {
        try reader.downstream(of: node, via: types, maxDepth: maxDepth)
    }

    /// Everything that feeds `node`, directly or through intermediates: the upstream closure.
    public func upstream(of node: NodeID, via types: [String]? = nil, maxDepth: Int? = nil) throws -> [ReachedNode] {
        try reader.upstream(of: node, via: types, maxDepth: maxDepth)
    }

    /// Every simple path (no node twice) from `start` to `end` along edges of `types`, of at
    /// most `maxLength` edges, in depth-first order: the alternative chains between two materials.
    ///
    /// - Throws: `LimitExceeded (TooManyPaths)` when there are more than `limit` paths —
    ///   narrow the question with `maxLength` or edge types, or raise `limit`;
    ///   `EntityNotFound (NodeNotFound)`.
    /// - Complexity: exponential in the worst case; bounded by `limit` results and `maxLength`.
    public func allSimplePaths(from start: NodeID, to end: NodeID, via types: [String]? = nil,
                               maxLength: Int = 10, limit: Int = 10_000) throws -> [Path] {
        try reader.allSimplePaths(from: start, to: end, via: types, maxLength: maxLength, limit: limit)
    }

    /// The chains from one node to another: ``allSimplePaths(from:to:via:maxLength:limit:)``.
    public func chains(from start: NodeID, to end: NodeID, via types: [String]? = nil,
                       maxLength: Int = 10, limit: Int = 10_000) throws -> [Path] {
        try reader.chains(from: start, to: end, via: types, maxLength: maxLength, limit: limit)
    }

    /// The strongly connected components of the graph along `types` (Tarjan's algorithm,
    /// iterative so deep chains cannot overflow the stack), each sorted by id, in the order
    /// Tarjan completes them (a component before the ones that feed it).
    ///
    /// - Complexity: O(V + E).
    public func stronglyConnectedComponents(via types: [String]? = nil) throws -> [[NodeID]] {
        try reader.stronglyConnectedComponents(via: types)
    }

    /// The recycling loops: components of more than one node, and nodes with an edge to themselves.
    public func cycles(via types: [String]? = nil) throws -> [[NodeID]] {
        try reader.cycles(via: types)
    }

    /// Assigns tiers: raw materials (no incoming edge of `types`) are tier 0, and every other
    /// node is one more than the highest tier that feeds it. Loops are collapsed first (their
    /// nodes share a tier and are reported in ``TierAssignment/nodesInCycles``), so the answer
    /// is defined for any graph.
    ///
    /// - Complexity: O(V + E).
    public func tiers(via types: [String]? = nil) throws -> TierAssignment {
        try reader.tiers(via: types)
    }
}
