/// Storage: the read view of one version of the graph — what every layer above Storage
/// reads through (the query executor, the algorithms, the exporters, the public
/// ``GraphSnapshot``).
///
/// It offers records by id, the adjacency index by edge type and direction, the symbol
/// tables that turn label, edge-type and property names into the small integers records
/// hold, and primary-key lookups. It never changes: a writer's changes are seen through a
/// new reader. Only `Storage/` reads ``GraphState`` itself (`scripts/folder_graph.py`
/// checks it).
struct GraphReader: Sendable {
    /// The version read; Storage's own.
    let storageState: GraphState

    init(_ state: GraphState) { storageState = state }

    // MARK: Counts and symbols

    /// The declared schema; empty in open mode.
    var schema: GraphSchema {
        _read { yield storageState.schema }
    }
    /// The number of live nodes.
    var nodeCount: Int { storageState.nodeCount }
    /// The number of live edges.
    var edgeCount: Int { storageState.edgeCount }
    /// One past the largest node id ever given (ids of deleted nodes are holes below it).
    var nodeIDLimit: Int64 { storageState.nextNodeID }
    /// One past the largest edge id ever given.
    var edgeIDLimit: Int64 { storageState.nextEdgeID }
    /// Label names and their symbols.
    var labels: SymbolTable {
        _read { yield storageState.labels }
    }
    /// Edge-type names and their symbols.
    var edgeTypes: SymbolTable {
        _read { yield storageState.edgeTypes }
    }
    /// Property-key names and their symbols.
    var propertyKeys: SymbolTable {
        _read { yield storageState.propertyKeys }
    }

    // MARK: Records and elements

    /// The stored record of node `id`, or nil when there is none.
    func nodeRecord(_ id: Int64) -> NodeRecord? { storageState.nodeRecord(id) }
    /// The stored record of edge `id`, or nil when there is none.
    func edgeRecord(_ id: Int64) -> EdgeRecord? { storageState.edgeRecord(id) }
    /// Calls `body` with node `id`'s record in place (nil for a deleted node), without
    /// copying it; `id` must be below ``nodeIDLimit``.
    func readNode<Result>(_ id: Int64, _ body: (NodeRecord?) -> Result) -> Result {
        storageState.nodes.read(Int(id), body)
    }
    /// Calls `body` with edge `id`'s record in place (nil for a deleted edge), without
    /// copying it; `id` must be below ``edgeIDLimit``.
    func readEdge<Result>(_ id: Int64, _ body: (EdgeRecord?) -> Result) -> Result {
        storageState.edges.read(Int(id), body)
    }
    /// Whether node `id` exists, without copying its record.
    func isNodeAlive(_ id: Int64) -> Bool { storageState.isNodeAlive(id) }
    /// Whether edge `id` exists, without copying its record.
    func isEdgeAlive(_ id: Int64) -> Bool { storageState.isEdgeAlive(id) }
    /// Whether edge `id` (as the adjacency index stores it) exists.
    func isEdgeAlive(_ id: UInt32) -> Bool { storageState.isEdgeAlive(id) }
    /// Node `id` with names instead of symbols, or nil.
    func node(_ id: Int64) -> Node? { storageState.node(id) }
    /// Edge `id` with names instead of symbols, or nil.
    func edge(_ id: Int64) -> Edge? { storageState.edge(id) }
    /// The label names of a node record.
    func labelNames(_ record: NodeRecord) -> [String] { storageState.labelNames(record) }
    /// The ids of live nodes, ascending.
    func liveNodeIDs() -> [Int64] { storageState.liveNodeIDs() }
    /// The ids of live edges, ascending.
    func liveEdgeIDs() -> [Int64] { storageState.liveEdgeIDs() }

    /// The number of live edges of the edge type with symbol `type`.
    func edgeCount(ofType type: Int32) -> Int {
        var count = 0
        for id in 0..<storageState.edges.count {
            if let record = storageState.edges[id], record.type == type { count += 1 }
        }
        return count
    }

    // MARK: Keys

    /// The node that owns `key` (strict mode), if any.
    func primaryKeyOwner(_ key: PrimaryKey) -> Int64? { storageState.primaryKeyOwner(key) }
    /// The primary key of a node record of a strict schema's type with a key property, if set.
    func primaryKey(of record: NodeRecord) -> PrimaryKey? { storageState.primaryKey(of: record) }

    // MARK: Adjacency

    /// Calls `body` with each live edge at `node` of the given type (all types when nil)
    /// in the given direction, with the node across it; stops when `body` returns false.
    func forEachEdge(of node: Int64, type: Int32?, direction: Direction,
                     _ body: (_ edge: Int64, _ neighbor: Int64) -> Bool) {
        storageState.forEachEdge(of: node, type: type, direction: direction, body)
    }

    /// Whether `node` has any live edge, in or out.
    func hasEdges(_ node: Int64) -> Bool { storageState.hasEdges(node) }

    /// One more than the largest edge-type symbol with an adjacency list.
    var adjacencyTypeCount: Int { storageState.outgoing.count }

    /// The adjacency list of edge type `type` (a symbol below ``adjacencyTypeCount``) in
    /// `direction` (`.outgoing` or `.incoming`).
    func adjacency(ofType type: Int, _ direction: Direction) -> AdjacencyList {
        direction == .incoming ? storageState.incoming[type] : storageState.outgoing[type]
    }

    /// Descriptions of any disagreement between the adjacency index and the edges.
    func adjacencyMismatches() -> [String] { storageState.adjacencyMismatches() }

    // MARK: Errors

    /// `EntityNotFound (NodeNotFound)` for node `id`.
    func missingNode(_ id: Int64) -> ChainGraphError { storageState.missingNode(id) }
    /// `EntityNotFound (EdgeNotFound)` for edge `id`.
    func missingEdge(_ id: Int64) -> ChainGraphError { storageState.missingEdge(id) }
}
