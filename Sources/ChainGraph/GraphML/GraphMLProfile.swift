/// GraphML: who the exported file is for.
///
/// Every profile writes the same graph — node labels in a `labels` key (`:Material`),
/// the edge type in a `label` key, one key per property — and adds what its viewer
/// needs to show it without remapping:
///
/// - ``plain``: nothing more. Valid against the GraphML 1.0 XSD; the profile for
///   NetworkX, igraph, Cytoscape, Neo4j APOC and for round trips through ChainGraph.
/// - ``yed``: yFiles graphics (`y:ShapeNode` with the node's name as its label, a fill
///   colour per node type, a layered position; `y:PolyLineEdge` with an arrow and the
///   edge type) and a legend of one coloured node per type, marked
///   `chaingraph.legend = true`. yEd only draws what it finds in these elements. Against
///   the plain GraphML XSD the file breaks only where yEd's own files do: the
///   `yfiles.type` attribute on two keys and `y:` elements inside `<data>` (valid under
///   yFiles' extended schema).
/// - ``gephi``: the attributes Gephi's importer maps to its visual variables — node
///   `label`, `r`/`g`/`b` (type colour), `size` (grows with degree), `x`/`y`, and edge
///   `weight` (the `weight` property, else 1.0). XSD-valid.
public enum GraphMLProfile: String, Sendable, CaseIterable {
    /// Data only.
    case plain
    /// Data plus yFiles graphics for yEd.
    case yed
    /// Data plus Gephi's visual attributes.
    case gephi
}

/// Options of a GraphML or DOT export.
public struct GraphExportOptions: Sendable {
    /// The viewer the file is for (GraphML only).
    public var profile: GraphMLProfile
    /// What to export.
    public var scope: GraphSelection.Scope
    /// Whether to indent the XML (on by default; off makes files about 20% smaller).
    public var indent: Bool
    /// Called with (elements written, elements to write) every 10,000 elements and at the end,
    /// in order, from the thread writing the file (not always the caller's: a GraphML export
    /// writes beside formatting, on the worker threads).
    public var progress: (@Sendable (Int64, Int64) -> Void)?
    /// Limits of the export — time, memory growth and cancellation, also for a `.query`
    /// scope's query and while waiting on a FIFO — as for a query; nil for none.
    public var limits: QueryOptions?

    /// Creates export options: the whole graph, plain, indented by default.
    public init(profile: GraphMLProfile = .plain, scope: GraphSelection.Scope = .wholeGraph, indent: Bool = true,
                progress: (@Sendable (Int64, Int64) -> Void)? = nil) {
        self.profile = profile
        self.scope = scope
        self.indent = indent
        self.progress = progress
    }
}

/// What an export wrote.
public struct GraphExportSummary: Sendable, Hashable {
    /// Nodes written (legend nodes not counted).
    public var nodes: Int
    /// Edges written.
    public var edges: Int
}
