/// Export: which way the edges of a selection go. A graph whose edges are all undirected
/// is written as one (GraphML `edgedefault="undirected"`, DOT `graph` with `--`), so that
/// NetworkX, igraph and the viewers read it as it came in; a mixed graph is directed by
/// default with its undirected edges marked (GraphML `directed="false"`, DOT `dir=none`).
enum EdgeDirection: Sendable, Equatable {
    /// Every edge is directed (also: no edges).
    case directed
    /// Every edge is undirected (and there is at least one).
    case undirected
    /// Some edges are undirected, some not.
    case mixed

    /// The direction of the edges `ids` of `graph`, from their `undirected` property.
    static func of(_ ids: [EdgeID], in graph: GraphReader, undirectedSymbol: Int32?) -> EdgeDirection {
        guard let undirectedSymbol, !ids.isEmpty else { return .directed }
        var undirected = 0
        for id in ids where graph.isEdgeAlive(id.rawValue) {
            if graph.readEdge(id.rawValue, { $0?.properties[undirectedSymbol] == .bool(true) }) { undirected += 1 }
        }
        return undirected == 0 ? .directed : undirected == ids.count ? .undirected : .mixed
    }
}
