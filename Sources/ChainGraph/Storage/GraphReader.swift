/// Storage: the read view of one version of the graph — what every layer above Storage
/// reads through (the query executor, the algorithms, the exporters, the public
/// ``GraphSnapshot``).
///
/// It offers records by id, the adjacency index by edge type and direction, the symbol
/// tables that turn label, edge-type and property names into the small integers records
/// hold, and primary-key lookups. It never changes: a writer's changes are seen through a
/// new reader. Only `Storage/` reads ``GraphState`` itself (`scripts/folder_graph.py`
/// checks it).
///
/// The version is held in one shared box: copying a reader (every `context.graph` the
/// executor reads per row) retains one reference, not the dozen of ``GraphState``'s.
struct GraphReader: Sendable {
    private final class Version: Sendable {
        let state: GraphState
        init(_ state: GraphState) { self.state = state }
    }

    private let version: Version

    /// The version read; Storage's own.
    var storageState: GraphState {
        _read { yield version.state }
    }

    init(_ state: GraphState) { version = Version(state) }

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
    /// Calls `body` with node `id`'s record, built from its columns (nil for a deleted
    /// node); `id` must be below ``nodeIDLimit``. For one property, ``nodeProperty(_:_:)``
    /// reads in place.
    func readNode<Result>(_ id: Int64, _ body: (NodeRecord?) -> Result) -> Result {
        storageState.nodes.read(Int(id), body)
    }
    /// The nodes among ids `range` that exist, have `label` (when given) and each
    /// property of `equalities` equal (Cypher `=`) to its value, in id order, handed to
    /// `body` one page (1,024 ids) at a time with the number of ids examined — read in
    /// place, no record copied: the inner loop of a label scan.
    func scanNodes(_ range: Range<Int64>, label: Int32?, equalities: [(key: Int32, value: Value)],
                   _ body: (_ matches: [Int64], _ examined: Int) throws -> Void) rethrows {
        var matches: [Int64] = []
        matches.reserveCapacity(ChunkedTable<NodeChunk>.pageSize)
        try storageState.nodes.forEachChunk(in: Int(range.lowerBound)..<Int(range.upperBound)) { base, chunk, slots in
            matches.removeAll(keepingCapacity: true)
            Self.collect(chunk, slots, base: base, label: label, equalities: equalities, into: &matches)
            try body(matches, slots.count)
        }
    }

    /// The slots of `chunk` among `slots` that pass the scan's tests, as ids: the label
    /// first, then each equality on its column.
    private static func collect(_ chunk: borrowing NodeChunk, _ slots: Range<Int>, base: Int, label: Int32?,
                                equalities: [(key: Int32, value: Value)], into matches: inout [Int64]) {
        var columns: [PropertyColumn] = []
        for check in equalities {
            // A key no node of the chunk holds: nothing in it can match.
            guard let column = chunk.properties.column(check.key) else { return }
            columns.append(column)
        }
        for slot in slots {
            if let label { guard chunk.hasLabel(slot, label) else { continue } } else { guard chunk.isPresent(slot) else { continue } }
            var passes = true
            for index in columns.indices where !columns[index].equals(equalities[index].value, at: slot) {
                passes = false
                break
            }
            if passes { matches.append(Int64(base + slot)) }
        }
    }

    /// Node `id`'s property `key`: nil when the node does not exist, `.some(nil)` when it
    /// has no such property. Read in place (no record built).
    func nodeProperty(_ id: Int64, _ key: Int32) -> Value?? {
        guard id >= 0, id < nodeIDLimit else { return nil }
        return storageState.nodes.property(Int(id), key)
    }

    /// Edge `id`'s property `key`: nil when the edge does not exist, `.some(nil)` when it
    /// has no such property. Read in place (no record built).
    func edgeProperty(_ id: Int64, _ key: Int32) -> Value?? {
        guard id >= 0, id < edgeIDLimit else { return nil }
        return storageState.edges.property(Int(id), key)
    }

    /// Edge `id`'s type and endpoints, nil when it does not exist. Read in place.
    func edgeShape(_ id: Int64) -> (type: Int32, from: Int64, to: Int64)? {
        guard id >= 0, id < edgeIDLimit else { return nil }
        let slot = ChunkedTable<EdgeChunk>.slot(of: Int(id))
        guard storageState.edges[chunkOf: Int(id)].isPresent(slot) else { return nil }
        return storageState.edges[chunkOf: Int(id)].shape(at: slot)
    }

    /// Whether node `id` exists and has label `label`, read in place.
    func nodeHasLabel(_ id: Int64, _ label: Int32) -> Bool {
        guard id >= 0, id < nodeIDLimit else { return false }
        return storageState.nodes[chunkOf: Int(id)].hasLabel(ChunkedTable<NodeChunk>.slot(of: Int(id)), label)
    }

    /// Calls `body` with edge `id`'s record, built from its columns (nil for a deleted
    /// edge); `id` must be below ``edgeIDLimit``. For one property, ``edgeProperty(_:_:)``
    /// reads in place.
    func readEdge<Result>(_ id: Int64, _ body: (EdgeRecord?) -> Result) -> Result {
        storageState.edges.read(Int(id), body)
    }
    /// Whether node `id` exists, from its chunk's liveness bits (no record built).
    func isNodeAlive(_ id: Int64) -> Bool { storageState.isNodeAlive(id) }
    /// Whether edge `id` exists, from its chunk's liveness bits (no record built).
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
        storageState.edges.forEachChunk(in: 0..<storageState.edges.count) { _, chunk, slots in
            for slot in slots where chunk.isPresent(slot) && chunk.types[slot] == type { count += 1 }
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
