/// What to export.
public enum ExportScope: Sendable {
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

extension GraphSelection {
    /// What to export (``ExportScope``).
    public typealias Scope = ExportScope
}

extension ExportScope {
    /// The scope as the engine takes it.
    var selectionScope: SelectionScope {
        switch self {
        case .wholeGraph: .wholeGraph
        case .types(let types): .types(types)
        case .query(let text, let parameters): .query(text, parameters: parameters)
        case .result(let result): .rows(result.rows)
        }
    }
}
