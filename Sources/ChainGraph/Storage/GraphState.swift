import HashTreeCollections

/// Storage: the in-memory graph, one immutable value per committed version.
///
/// Nodes and edges live in paged arrays indexed by their dense ids; adjacency lives in
/// one ``AdjacencyList`` per edge type and direction; primary keys in a persistent hash
/// map. Every part shares structure with the previous version, so publishing a new
/// version after a commit costs what the transaction changed, not the size of the graph.
/// SQLite is the durable source of truth; this value is rebuilt from it at open.
struct GraphState: Sendable {
    var schema = GraphSchema()
    var labels = SymbolTable()
    var edgeTypes = SymbolTable()
    var propertyKeys = SymbolTable()
    var nodes = ChunkedTable<NodeChunk>()
    var edges = ChunkedTable<EdgeChunk>()
    var outgoing: [AdjacencyList] = []
    var incoming: [AdjacencyList] = []
    /// The primary keys as the graph was opened (nil when built up by transactions only).
    var primaryKeyBase: PrimaryKeyIndex?
    /// Primary keys claimed or released since: a node id, or -1 for a key of the base
    /// that no longer exists. Consulted before ``primaryKeyBase``.
    var primaryKeys = TreeDictionary<PrimaryKey, Int64>()
    /// The property indexes of ``GraphSchema/indexes``, built (see ``rebuildPropertyIndexes()``).
    var propertyIndexes: [PropertyIndex] = []
    var nodeCount = 0
    var edgeCount = 0
    /// The label and key lists records share (``RecordSharing``); the writer's.
    let sharing = RecordSharing()

    /// The id the next created node gets; ids are never reused.
    var nextNodeID: Int64 { Int64(nodes.count) }
    /// The id the next created edge gets.
    var nextEdgeID: Int64 { Int64(edges.count) }

    /// The node that owns `key` (strict mode), if any.
    func primaryKeyOwner(_ key: PrimaryKey) -> Int64? {
        if !primaryKeys.isEmpty, let owner = primaryKeys[key] { return owner >= 0 ? owner : nil }
        return primaryKeyBase?.node(type: key.type, value: key.value) { candidate in
            guard let key = primaryKey(ofNode: candidate) else { return nil }
            return (key.type, key.value)
        }
    }

    /// Indexes the primary keys of every node as the base (at open); two nodes with one
    /// key are a `StorageError (CorruptDatabase)`.
    mutating func buildPrimaryKeyBase() throws {
        primaryKeys = TreeDictionary()
        primaryKeyBase = nil
        guard schema.isStrict else { return }
        var keys: [(type: Int32, value: Value, node: Int64)] = []
        var keySymbols: [Int32: Int32?] = [:]
        nodes.forEachChunk(in: 0..<nodes.count) { base, chunk, slots in
            for slot in slots where chunk.isPresent(slot) && chunk.labels[slot].count == 1 {
                let label = chunk.labels[slot][0]
                if keySymbols[label] == nil { keySymbols[label] = primaryKeySymbol(ofType: label) }
                guard let keySymbol = keySymbols[label]!, let value = chunk.properties.value(keySymbol, at: slot) else { continue }
                keys.append((label, value, Int64(base + slot)))
            }
        }
        do {
            primaryKeyBase = try PrimaryKeyIndex(keys: keys)
        } catch {
            throw GraphStateLoader.corrupt("nodes \(error.first) and \(error.second) share a primary key")
        }
    }

    /// The primary key of a node of a strict schema's type with a key property, if set.
    func primaryKey(of record: NodeRecord) -> PrimaryKey? {
        guard record.labels.count == 1, let keySymbol = primaryKeySymbol(ofType: record.labels[0]),
              let value = record.properties[keySymbol] else { return nil }
        return PrimaryKey(type: record.labels[0], value: value)
    }

    /// The primary key of node `id`, read in place (nil when it has none or does not exist).
    func primaryKey(ofNode id: Int64) -> PrimaryKey? {
        guard id >= 0 && id < nextNodeID else { return nil }
        let slot = ChunkedTable<NodeChunk>.slot(of: Int(id))
        guard nodes[chunkOf: Int(id)].isPresent(slot), nodes[chunkOf: Int(id)].labels[slot].count == 1 else { return nil }
        let label = nodes[chunkOf: Int(id)].labels[slot][0]
        guard let keySymbol = primaryKeySymbol(ofType: label),
              let value = nodes[chunkOf: Int(id)].properties.value(keySymbol, at: slot) else { return nil }
        return PrimaryKey(type: label, value: value)
    }

    /// The property-key symbol of the primary key of the strict schema's node type `label`.
    private func primaryKeySymbol(ofType label: Int32) -> Int32? {
        guard schema.isStrict, let key = schema.nodeType(named: labels.name(of: label))?.primaryKey else { return nil }
        return propertyKeys.id(of: key.name)
    }

    func nodeRecord(_ id: Int64) -> NodeRecord? {
        id >= 0 && id < nextNodeID ? nodes[Int(id)] : nil
    }

    func edgeRecord(_ id: Int64) -> EdgeRecord? {
        id >= 0 && id < nextEdgeID ? edges[Int(id)] : nil
    }

    func isEdgeAlive(_ id: UInt32) -> Bool { edges.isPresent(Int(id)) }

    /// Whether edge `id` exists, from its chunk's liveness bits (no record built).
    func isEdgeAlive(_ id: Int64) -> Bool {
        id >= 0 && id < nextEdgeID && edges.isPresent(Int(id))
    }

    /// Whether node `id` exists, from its chunk's liveness bits (no record built).
    func isNodeAlive(_ id: Int64) -> Bool {
        id >= 0 && id < nextNodeID && nodes.isPresent(Int(id))
    }

    func labelNames(_ record: NodeRecord) -> [String] {
        record.labels.map { labels.name(of: $0) }
    }

    func node(_ id: Int64) -> Node? {
        guard let record = nodeRecord(id) else { return nil }
        return Node(id: NodeID(id), labels: labelNames(record),
                    properties: record.properties.dictionary(propertyKeys), provenance: record.provenance)
    }

    func edge(_ id: Int64) -> Edge? {
        guard let record = edgeRecord(id) else { return nil }
        return Edge(id: EdgeID(id), type: edgeTypes.name(of: record.type), from: NodeID(record.from),
                    to: NodeID(record.to), properties: record.properties.dictionary(propertyKeys),
                    provenance: record.provenance)
    }

    /// Calls `body` with each live edge at `node` of the given type (all types when nil)
    /// in the given direction, with the node across it; stops when `body` returns false.
    func forEachEdge(of node: Int64, type: Int32?, direction: Direction,
                     _ body: (_ edge: Int64, _ neighbor: Int64) -> Bool) {
        // One type, or every type: a range either way, no array per call.
        let types = type.map { Int($0)..<Int($0) + 1 } ?? 0..<outgoing.count
        let alive = { (edge: UInt32) in self.isEdgeAlive(edge) }
        for typeIndex in types where typeIndex < outgoing.count {
            if direction != .incoming {
                let goOn = outgoing[typeIndex].forEach(of: node, isAlive: alive) { body(Int64($0.edge), Int64($0.neighbor)) }
                if !goOn { return }
            }
            if direction != .outgoing {
                let goOn = incoming[typeIndex].forEach(of: node, isAlive: alive) { entry in
                    // A self-loop already came through the outgoing list.
                    if direction == .both && Int64(entry.neighbor) == node { return true }
                    return body(Int64(entry.edge), Int64(entry.neighbor))
                }
                if !goOn { return }
            }
        }
    }

    /// Whether `node` has any live edge, in or out.
    func hasEdges(_ node: Int64) -> Bool {
        let alive = { (edge: UInt32) in self.isEdgeAlive(edge) }
        for typeIndex in 0..<outgoing.count where
            outgoing[typeIndex].hasEntries(node, isAlive: alive) || incoming[typeIndex].hasEntries(node, isAlive: alive) {
            return true
        }
        return false
    }

    /// Builds every index the schema declares from the nodes as they are (at open).
    mutating func rebuildPropertyIndexes() {
        propertyIndexes = schema.indexes.map { PropertyIndex($0, over: self) }
    }

    /// Records a node written with `record` in every property index.
    mutating func indexProperties(of record: NodeRecord, _ id: Int64) {
        guard !propertyIndexes.isEmpty else { return }
        for index in propertyIndexes.indices {
            propertyIndexes[index].note(id, record, labels: labels, propertyKeys: propertyKeys)
        }
    }

    /// The ids of live nodes, ascending.
    func liveNodeIDs() -> [Int64] {
        var ids: [Int64] = []
        ids.reserveCapacity(nodeCount)
        for index in 0..<nodes.count where nodes.isPresent(index) { ids.append(Int64(index)) }
        return ids
    }

    /// The ids of live edges, ascending.
    func liveEdgeIDs() -> [Int64] {
        var ids: [Int64] = []
        ids.reserveCapacity(edgeCount)
        for index in 0..<edges.count where edges.isPresent(index) { ids.append(Int64(index)) }
        return ids
    }

    mutating func ensureAdjacency(for type: Int32) {
        while outgoing.count <= Int(type) {
            outgoing.append(AdjacencyList())
            incoming.append(AdjacencyList())
        }
    }

    /// Compacts every adjacency list whose delta has grown large.
    mutating func compactAdjacency(floor: Int) {
        let capacity = nodes.count, next = nextEdgeID
        let edges = self.edges
        let alive = { (edge: UInt32) in edges.isPresent(Int(edge)) }
        for index in outgoing.indices {
            outgoing[index].compactIfNeeded(isAlive: alive, nodeCapacity: capacity, nextEdgeID: next, floor: floor)
            incoming[index].compactIfNeeded(isAlive: alive, nodeCapacity: capacity, nextEdgeID: next, floor: floor)
        }
    }
}

/// A node's primary key: its type's label symbol and its key property's value.
struct PrimaryKey: Hashable, Sendable {
    var type: Int32
    var value: Value
}
