/// Export: which nodes and edges of a graph an export writes.
///
/// A selection is a set of node ids and a set of edge ids, closed under endpoints:
/// every selected edge's two nodes are selected too, so an exported file never has
/// dangling edges.
public struct GraphSelection: Sendable {
    /// The selected nodes, ascending.
    public private(set) var nodeIDs: [NodeID]
    /// The selected edges, ascending.
    public private(set) var edgeIDs: [EdgeID]

    /// A selection of exactly these elements plus the endpoints of the edges.
    init(nodes: Set<Int64>, edges: Set<Int64>, graph: GraphReader) {
        var nodes = nodes
        var liveEdges: [Int64] = []
        for edge in edges {
            guard let shape = graph.edgeShape(edge) else { continue }
            liveEdges.append(edge)
            nodes.insert(shape.from)
            nodes.insert(shape.to)
        }
        nodeIDs = nodes.filter { graph.isNodeAlive($0) }.sorted().map(NodeID.init)
        edgeIDs = liveEdges.sorted().map(EdgeID.init)
    }

    /// Every node and edge of a snapshot.
    static func wholeGraph(_ graph: GraphReader) -> GraphSelection {
        GraphSelection(nodeIDs: graph.liveNodeIDs().map(NodeID.init), edgeIDs: graph.liveEdgeIDs().map(EdgeID.init))
    }

    private init(nodeIDs: [NodeID], edgeIDs: [EdgeID]) {
        self.nodeIDs = nodeIDs
        self.edgeIDs = edgeIDs
    }

    /// The nodes labelled with, and edges typed as, any of `types`.
    static func types(_ types: [String], in graph: GraphReader) throws -> GraphSelection {
        let labelSymbols = Set(types.compactMap { graph.labels.id(of: $0) })
        let edgeTypeNames = Set(types.filter { graph.edgeTypes.id(of: $0) != nil })
        let unknown = types.filter { graph.labels.id(of: $0) == nil && graph.edgeTypes.id(of: $0) == nil }
        if let first = unknown.first {
            let known = graph.labels.names + graph.edgeTypes.names
            throw ChainGraphError(.semanticError, .unknownType,
                                  "there is no node or edge type '\(first)'" + NameSuggestion.hint(for: first, among: known))
        }
        var nodes = Set<Int64>()
        if !labelSymbols.isEmpty {
            for id in graph.liveNodeIDs() where !labelSymbols.isDisjoint(with: graph.nodeRecord(id)!.labels) {
                nodes.insert(id)
            }
        }
        var edges = Set<Int64>()
        for id in graph.liveEdgeIDs() {
            let record = graph.edgeShape(id)!
            if edgeTypeNames.isEmpty {
                if nodes.contains(record.from) && nodes.contains(record.to) { edges.insert(id) }
            } else if edgeTypeNames.contains(graph.edgeTypes.name(of: record.type)) {
                if labelSymbols.isEmpty || nodes.contains(record.from) || nodes.contains(record.to) { edges.insert(id) }
            }
        }
        return GraphSelection(nodes: nodes, edges: edges, graph: graph)
    }

    /// The nodes, edges and path elements found anywhere in `rows`.
    static func elements(ofRows rows: [[Value]], in graph: GraphReader) -> GraphSelection {
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
        for row in rows { row.forEach(collect) }
        return GraphSelection(nodes: nodes, edges: edges, graph: graph)
    }
}
