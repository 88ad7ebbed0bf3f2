/// A consistent, immutable view of the graph at one commit.
///
/// A snapshot costs nothing to keep and never changes: commits made after it was taken
/// are not visible through it. All reads of the library API go through a snapshot.
public struct GraphSnapshot: Sendable {
    let state: GraphState

    init(_ state: GraphState) { self.state = state }

    /// The declared schema; empty in open mode.
    public var schema: GraphSchema { state.schema }
    /// The number of nodes.
    public var nodeCount: Int { state.nodeCount }
    /// The number of edges.
    public var edgeCount: Int { state.edgeCount }

    /// The node with this id, or nil when there is none.
    public func node(_ id: NodeID) -> Node? { state.node(id.rawValue) }

    /// The edge with this id, or nil when there is none.
    public func edge(_ id: EdgeID) -> Edge? { state.edge(id.rawValue) }

    /// The ids of all nodes, or of the nodes carrying `label`, ascending.
    ///
    /// - Complexity: O(number of node ids ever created).
    public func nodeIDs(labeled label: String? = nil) -> [NodeID] {
        guard let label else { return state.liveNodeIDs().map(NodeID.init) }
        guard let symbol = state.labels.id(of: label) else { return [] }
        return state.liveNodeIDs().filter { state.nodes[Int($0)]!.labels.contains(symbol) }.map(NodeID.init)
    }

    /// The ids of all edges, ascending.
    public func edgeIDs() -> [EdgeID] { state.liveEdgeIDs().map(EdgeID.init) }

    /// The node of type `type` whose primary key is `key` (strict mode).
    ///
    /// - Complexity: O(log n), through the primary-key index.
    public func node(ofType type: String, key: Value) -> Node? {
        guard let symbol = state.labels.id(of: type),
              let keyType = state.schema.nodeType(named: type)?.primaryKey?.type,
              let stored = keyType.coerce(key),
              let id = state.primaryKeyOwner(GraphState.PrimaryKey(type: symbol, value: stored)) else { return nil }
        return state.node(id)
    }

    /// The nodes (with `label`, when given) whose property `key` equals `value`.
    ///
    /// - Complexity: O(nodes) — a scan.
    public func nodes(labeled label: String? = nil, where key: String, equals value: Value) -> [Node] {
        guard let keySymbol = state.propertyKeys.id(of: key) else { return [] }
        let labelSymbol = label.map { state.labels.id(of: $0) }
        if case .some(.none) = labelSymbol { return [] }
        var result: [Node] = []
        for id in state.liveNodeIDs() {
            let record = state.nodes[Int(id)]!
            if let labelSymbol = labelSymbol ?? nil, !record.labels.contains(labelSymbol) { continue }
            if let stored = record.properties[keySymbol],
               stored == value || (stored.doubleValue != nil && stored.doubleValue == value.doubleValue) {
                result.append(state.node(id)!)
            }
        }
        return result
    }

    /// The edges at `node` of `type` (any type when nil) in `direction`, in creation order
    /// within each type.
    public func edges(of node: NodeID, type: String? = nil, direction: Direction = .outgoing) -> [Edge] {
        var result: [Edge] = []
        forEachEdge(of: node, type: type, direction: direction) { edge, _ in
            result.append(state.edge(edge.rawValue)!)
        }
        return result
    }

    /// The nodes across the edges at `node` of `type` (any type when nil) in `direction`;
    /// a neighbour joined by two edges appears twice.
    ///
    /// - Complexity: O(degree) through the adjacency index.
    public func neighbors(of node: NodeID, via type: String? = nil, direction: Direction = .outgoing) -> [NodeID] {
        var result: [NodeID] = []
        forEachEdge(of: node, type: type, direction: direction) { _, neighbor in result.append(neighbor) }
        return result
    }

    /// The names of all edge types that have ever had an edge, or are declared.
    public var edgeTypeNames: [String] {
        Array(Set(state.edgeTypes.names + state.schema.edgeTypes.map(\.name))).sorted()
    }

    /// The names of all labels in use or declared.
    public var labelNames: [String] {
        Array(Set(state.labels.names + state.schema.nodeTypes.map(\.name))).sorted()
    }

    /// The nodes whose `name` or one of whose `aliases` is `name`, compared without regard
    /// to case, with the name or alias that matched; exact names first.
    ///
    /// ```swift
    /// snapshot.lookup("Luzhou")   // [(Quzhou, "Luzhou")] — a garbled translation kept as an alias
    /// ```
    public func lookup(_ name: String) -> [(node: NodeID, matched: String)] {
        let wanted = name.lowercased()
        guard !wanted.isEmpty else { return [] }
        let nameKey = state.propertyKeys.id(of: "name"), aliasesKey = state.propertyKeys.id(of: "aliases")
        var exact: [(NodeID, String)] = [], other: [(NodeID, String)] = []
        for id in state.liveNodeIDs() {
            let properties = state.nodes[Int(id)]!.properties
            if let nameKey, case .string(let text)? = properties[nameKey], text.lowercased() == wanted {
                if text == name { exact.append((NodeID(id), text)) } else { other.append((NodeID(id), text)) }
                continue
            }
            if let aliasesKey, case .list(let aliases)? = properties[aliasesKey],
               let alias = aliases.lazy.compactMap(\.stringValue).first(where: { $0.lowercased() == wanted }) {
                other.append((NodeID(id), alias))
            }
        }
        return exact + other
    }

    /// The names of all property keys in use or declared.
    public var propertyNames: [String] {
        let declared = state.schema.nodeTypes.flatMap { $0.properties.map(\.name) }
            + state.schema.edgeTypes.flatMap { $0.properties.map(\.name) }
        return Array(Set(state.propertyKeys.names + declared)).sorted()
    }

    /// Descriptions of any disagreement between the adjacency index and the edges;
    /// empty when they agree. Meant for tests and consistency checks.
    public func adjacencyIndexMismatches() -> [String] { state.adjacencyMismatches() }

    func forEachEdge(of node: NodeID, type: String?, direction: Direction, _ body: (EdgeID, NodeID) -> Void) {
        var typeSymbol: Int32?
        if let type {
            guard let symbol = state.edgeTypes.id(of: type) else { return }
            typeSymbol = symbol
        }
        state.forEachEdge(of: node.rawValue, type: typeSymbol, direction: direction) { edge, neighbor in
            body(EdgeID(edge), NodeID(neighbor))
            return true
        }
    }
}
