/// Export: which nodes and edges of a graph an export writes.
///
/// A selection is a set of node ids and a set of edge ids, closed under endpoints:
/// every selected edge's two nodes are selected too, so an exported file never has
/// dangling edges.
public struct GraphSelection: Sendable {
    /// What to export.
    public enum Scope: Sendable {
        /// Every node and edge.
        case wholeGraph
        /// Nodes carrying any of these labels and edges of any of these types.
        ///
        /// With node types only, the edges between the selected nodes come too. With edge
        /// types, those edges come that touch a selected node (any, when no node type is
        /// listed), with their other endpoints: `types(["Enterprise", "PRODUCES"])` gives the
        /// enterprises, what they produce, and the PRODUCES edges between them.
        case types([String])
        /// The nodes, edges and paths a read query returns (anywhere in its rows).
        case query(String, parameters: [String: Value] = [:])
        /// The nodes, edges and paths in a result the caller already has.
        case result(ResultSet)
    }

    /// The selected nodes, ascending.
    public private(set) var nodeIDs: [NodeID]
    /// The selected edges, ascending.
    public private(set) var edgeIDs: [EdgeID]

    /// A selection of exactly these elements plus the endpoints of the edges.
    init(nodes: Set<Int64>, edges: Set<Int64>, state: GraphState) {
        var nodes = nodes
        var liveEdges: [Int64] = []
        for edge in edges {
            guard let record = state.edgeRecord(edge) else { continue }
            liveEdges.append(edge)
            nodes.insert(record.from)
            nodes.insert(record.to)
        }
        nodeIDs = nodes.filter { state.nodeRecord($0) != nil }.sorted().map(NodeID.init)
        edgeIDs = liveEdges.sorted().map(EdgeID.init)
    }

    /// Every node and edge of a snapshot.
    static func wholeGraph(_ state: GraphState) -> GraphSelection {
        GraphSelection(nodeIDs: state.liveNodeIDs().map(NodeID.init), edgeIDs: state.liveEdgeIDs().map(EdgeID.init))
    }

    private init(nodeIDs: [NodeID], edgeIDs: [EdgeID]) {
        self.nodeIDs = nodeIDs
        self.edgeIDs = edgeIDs
    }

    /// The nodes labelled with, and edges typed as, any of `types`.
    static func types(_ types: [String], in state: GraphState) throws -> GraphSelection {
        let labelSymbols = Set(types.compactMap { state.labels.id(of: $0) })
        let edgeTypeNames = Set(types.filter { state.edgeTypes.id(of: $0) != nil })
        let unknown = types.filter { state.labels.id(of: $0) == nil && state.edgeTypes.id(of: $0) == nil }
        if let first = unknown.first {
            let known = state.labels.names + state.edgeTypes.names
            throw ChainGraphError(.semanticError, "UnknownType",
                                  "there is no node or edge type '\(first)'" + NameSuggestion.hint(for: first, among: known))
        }
        var nodes = Set<Int64>()
        if !labelSymbols.isEmpty {
            for id in state.liveNodeIDs() where !labelSymbols.isDisjoint(with: state.nodes[Int(id)]!.labels) {
                nodes.insert(id)
            }
        }
        var edges = Set<Int64>()
        for id in state.liveEdgeIDs() {
            let record = state.edgeRecord(id)!
            if edgeTypeNames.isEmpty {
                if nodes.contains(record.from) && nodes.contains(record.to) { edges.insert(id) }
            } else if edgeTypeNames.contains(state.edgeTypes.name(of: record.type)) {
                if labelSymbols.isEmpty || nodes.contains(record.from) || nodes.contains(record.to) { edges.insert(id) }
            }
        }
        return GraphSelection(nodes: nodes, edges: edges, state: state)
    }

    /// The nodes, edges and path elements found anywhere in `result`.
    static func elements(of result: ResultSet, in state: GraphState) -> GraphSelection {
        var nodes = Set<Int64>()
        var edges = Set<Int64>()
        func collect(_ value: Value) {
            switch value {
            case .node(let node): nodes.insert(node.id.rawValue)
            case .edge(let edge): edges.insert(edge.id.rawValue)
            case .path(let path):
                path.nodes.forEach { nodes.insert($0.id.rawValue) }
                path.edges.forEach { edges.insert($0.id.rawValue) }
            case .list(let values): values.forEach(collect)
            case .map(let entries): entries.values.forEach(collect)
            default: break
            }
        }
        for row in result.rows { row.forEach(collect) }
        return GraphSelection(nodes: nodes, edges: edges, state: state)
    }
}
