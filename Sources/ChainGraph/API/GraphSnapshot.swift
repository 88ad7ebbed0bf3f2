/// A consistent, immutable view of the graph at one commit.
///
/// A snapshot costs nothing to keep and never changes: commits made after it was taken
/// are not visible through it. All reads of the library API go through a snapshot.
public struct GraphSnapshot: Sendable {
    let reader: GraphReader

    init(_ reader: GraphReader) { self.reader = reader }

    /// The declared schema; empty in open mode.
    public var schema: GraphSchema { reader.schema }
    /// The number of nodes.
    public var nodeCount: Int { reader.nodeCount }
    /// The number of edges.
    public var edgeCount: Int { reader.edgeCount }

    /// The node with this id, or nil when there is none.
    public func node(_ id: NodeID) -> Node? { reader.node(id) }

    /// The edge with this id, or nil when there is none.
    public func edge(_ id: EdgeID) -> Edge? { reader.edge(id) }

    /// The ids of all nodes, or of the nodes carrying `label`, ascending.
    ///
    /// - Complexity: O(number of node ids ever created).
    public func nodeIDs(labeled label: String? = nil) -> [NodeID] { reader.nodeIDs(labeled: label) }

    /// The ids of all edges, ascending.
    public func edgeIDs() -> [EdgeID] { reader.edgeIDs() }

    /// The node of type `type` whose primary key is `key` (strict mode).
    ///
    /// - Complexity: O(log n), through the primary-key index.
    public func node(ofType type: String, key: Value) -> Node? { reader.node(ofType: type, key: key) }

    /// The nodes (with `label`, when given) whose property `key` equals `value`.
    ///
    /// - Complexity: O(nodes) — a scan.
    public func nodes(labeled label: String? = nil, where key: String, equals value: Value) -> [Node] {
        reader.nodes(labeled: label, where: key, equals: value)
    }

    /// The edges at `node` of `type` (any type when nil) in `direction`, in creation order
    /// within each type.
    public func edges(of node: NodeID, type: String? = nil, direction: Direction = .outgoing) -> [Edge] {
        reader.edges(of: node, type: type, direction: direction)
    }

    /// The nodes across the edges at `node` of `type` (any type when nil) in `direction`;
    /// a neighbour joined by two edges appears twice.
    ///
    /// - Complexity: O(degree) through the adjacency index.
    public func neighbors(of node: NodeID, via type: String? = nil, direction: Direction = .outgoing) -> [NodeID] {
        reader.neighbors(of: node, via: type, direction: direction)
    }

    /// The names of all edge types that have ever had an edge, or are declared.
    public var edgeTypeNames: [String] { reader.edgeTypeNames }

    /// The names of all labels in use or declared.
    public var labelNames: [String] { reader.labelNames }

    /// The nodes whose `name` or one of whose `aliases` is `name`, compared without regard
    /// to case, with the name or alias that matched; exact names first.
    ///
    /// ```swift
    /// snapshot.lookup("Luzhou")   // [(Quzhou, "Luzhou")] — a garbled translation kept as an alias
    /// ```
    public func lookup(_ name: String) -> [(node: NodeID, matched: String)] { reader.lookup(name) }

    /// The names of all property keys in use or declared.
    public var propertyNames: [String] { reader.propertyNames }

    /// Descriptions of any disagreement between the adjacency index and the edges;
    /// empty when they agree. Meant for tests and consistency checks.
    public func adjacencyIndexMismatches() -> [String] { reader.adjacencyMismatches() }

    /// The nodes whose `name` is `name`, or failing that, whose `aliases` list holds it.
    public func nodes(named name: String) -> [NodeID] { reader.nodes(named: name) }
}
