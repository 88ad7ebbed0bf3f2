/// Options of a GraphML import: how the file's keys map onto the graph.
///
/// The defaults read files from ChainGraph, Neo4j APOC, TinkerPop, yEd, Gephi,
/// NetworkX and igraph without configuration; the options map a file onto a declared
/// schema (strict mode) when its names differ.
public struct GraphMLImportOptions: Sendable {
    /// The node key (by `attr.name`) holding node labels as `:A:B`; nil looks for
    /// `labels`, then `labelV`.
    public var nodeLabelKey: String?
    /// The edge key holding the edge type; nil looks for `labelE`, then `label`, then `type`.
    public var edgeTypeKey: String?
    /// The label of nodes that have none in the file; nil leaves them unlabelled
    /// (open mode only; strict mode needs one).
    public var defaultNodeLabel: String?
    /// The type of edges that have none in the file.
    public var defaultEdgeType: String
    /// Property names to rename: file `attr.name` → graph property.
    public var propertyRenames: [String: String]
    /// The property that keeps the file's node and edge ids (`graphml_id`); nil drops them.
    /// Files written by ChainGraph never store it: their ids are positions. In strict mode
    /// an edge keeps its id only when its type declares this property.
    public var idProperty: String?
    /// Called with (bytes read, file size) about every megabyte.
    public var progress: (@Sendable (Int64, Int64) -> Void)?
    /// Limits of the whole operation — time, memory growth, cancellation, and (imports) the
    /// most nodes and edges — as for a query; nil for none. Waiting on a FIFO checks them too.
    public var limits: QueryOptions?

    /// The defaults.
    public init(nodeLabelKey: String? = nil, edgeTypeKey: String? = nil, defaultNodeLabel: String? = nil,
                defaultEdgeType: String = "RELATED_TO", propertyRenames: [String: String] = [:],
                idProperty: String? = "graphml_id", progress: (@Sendable (Int64, Int64) -> Void)? = nil) {
        self.nodeLabelKey = nodeLabelKey
        self.edgeTypeKey = edgeTypeKey
        self.defaultNodeLabel = defaultNodeLabel
        self.defaultEdgeType = defaultEdgeType
        self.propertyRenames = propertyRenames
        self.idProperty = idProperty
        self.progress = progress
    }
}

/// What a GraphML import did.
public struct GraphMLImportSummary: Sendable {
    /// A note about something in the file that was read in a documented, lossy way.
    public struct Warning: Sendable, Hashable, CustomStringConvertible {
        /// Where.
        public var position: SourcePosition
        /// What.
        public var message: String
        /// `file:line:column: message`.
        public var description: String { "\(position): \(message)" }
    }

    /// Nodes created.
    public var nodes = 0
    /// Edges created.
    public var edges = 0
    /// The `<data>` of the top-level `<graph>`, by key name — also kept in the database
    /// with the import (``GraphSchema/importedGraphs``, `CALL graphData()`).
    public var graphData: [String: Value] = [:]
    /// Notes, at most one per kind of construct.
    public var warnings: [Warning] = []

    /// An empty summary.
    public init() {}
}
