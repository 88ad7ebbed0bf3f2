import HashTreeCollections

/// Storage: the bulk path for importers, which append checked records and leave the
/// indexes for a batch to be built in one pass.
///
/// Appending a node stores its record at once; its primary key waits in a hash table
/// (a ``PendingKeyTable``, checked there and against the graph for uniqueness at once), and an edge's adjacency
/// entries wait in flat per-type arrays. ``settle(into:)`` then adds them to the graph's
/// indexes: the adjacency of each touched edge type rebuilt as one CSR by a counting sort,
/// the keys as a fresh primary-key table when the graph had none (else into its overlay).
/// A million edges added one by one would instead cost a small array per node and a
/// compaction at commit, and a million keys a persistent-map insert each.
///
/// ``WriteTransaction`` settles before anything reads or changes its graph any other way,
/// so nothing outside the importer ever sees a graph whose indexes lag its records.
struct PendingAppends {
    /// Keys of appended nodes, not yet in the graph's index.
    private var primaryKeys = PendingKeyTable()
    /// Per edge type: appended edges' endpoints and ids, not yet in the adjacency index.
    private var sources: [[UInt32]] = []
    private var targets: [[UInt32]] = []
    private var edgeIDs: [[UInt32]] = []
    private var edgeCount = 0

    /// From this many pending keys on, a graph without a key index gets a fresh table.
    static let freshIndexThreshold = 1024

    /// Whether there is nothing to settle.
    var isEmpty: Bool { primaryKeys.isEmpty && edgeCount == 0 }

    /// The node owning `key`: an appended one, else one in `state`.
    func owner(of key: PrimaryKey, in state: GraphState) -> Int64? {
        owner(of: key, hash: PrimaryKeyIndex.stableHash(type: key.type, value: key.value), in: state)
    }

    private func owner(of key: PrimaryKey, hash: UInt64, in state: GraphState) -> Int64? {
        primaryKeys.node(for: key, hash: hash, in: state) ?? state.primaryKeyOwner(key)
    }

    /// Stores a record checked against the schema; `primaryKey` is the record's key, if
    /// its type has one.
    ///
    /// - Throws: `ConstraintError (DuplicatePrimaryKey)`, `StorageError (CapacityExceeded)`.
    mutating func appendNode(_ record: NodeRecord, primaryKey: PrimaryKey?,
                             to state: inout GraphState) throws -> Int64 {
        guard let primaryKey else { return try state.appendCheckedNode(record) }
        let hash = PrimaryKeyIndex.stableHash(type: primaryKey.type, value: primaryKey.value)
        if let owner = owner(of: primaryKey, hash: hash, in: state) {
            throw state.duplicatePrimaryKey(primaryKey, owner: owner)
        }
        let id = try state.appendCheckedNode(record)
        primaryKeys.insert(hash: hash, node: id)
        return id
    }

    /// Stores an edge record checked against the schema, between live nodes.
    ///
    /// - Throws: `StorageError (CapacityExceeded)`.
    mutating func appendEdge(_ record: EdgeRecord, to state: inout GraphState) throws -> Int64 {
        let id = try state.appendCheckedEdge(record)
        let type = Int(record.type)
        while sources.count <= type {
            sources.append([])
            targets.append([])
            edgeIDs.append([])
        }
        sources[type].append(UInt32(record.from))
        targets[type].append(UInt32(record.to))
        edgeIDs[type].append(UInt32(id))
        edgeCount += 1
        return id
    }

    /// Adds everything pending to `state`'s indexes and empties the batch.
    mutating func settle(into state: inout GraphState) {
        settleAdjacency(into: &state)
        settlePrimaryKeys(into: &state)
    }

    private mutating func settleAdjacency(into state: inout GraphState) {
        guard edgeCount > 0 else { return }
        let capacity = state.nodes.count, next = state.nextEdgeID
        let edges = state.edges
        let alive = { (edge: UInt32) in edges.isPresent(Int(edge)) }
        for type in sources.indices where !sources[type].isEmpty {
            state.ensureAdjacency(for: Int32(type))
            let outgoing = zip(targets[type], edgeIDs[type]).map { AdjacencyEntry(neighbor: $0, edge: $1) }
            state.outgoing[type] = state.outgoing[type].appending(rows: sources[type], entries: outgoing, isAlive: alive,
                                                                  nodeCapacity: capacity, nextEdgeID: next)
            let incoming = zip(sources[type], edgeIDs[type]).map { AdjacencyEntry(neighbor: $0, edge: $1) }
            state.incoming[type] = state.incoming[type].appending(rows: targets[type], entries: incoming, isAlive: alive,
                                                                  nodeCapacity: capacity, nextEdgeID: next)
            // Released type by type: the next type's lists are built without this one's.
            sources[type] = []
            targets[type] = []
            edgeIDs[type] = []
        }
        sources = []
        targets = []
        edgeIDs = []
        edgeCount = 0
    }

    private mutating func settlePrimaryKeys(into state: inout GraphState) {
        guard !primaryKeys.isEmpty else { return }
        if state.primaryKeyBase == nil && state.primaryKeys.isEmpty && primaryKeys.count >= Self.freshIndexThreshold {
            // The keys were checked distinct as they came.
            state.primaryKeyBase = PrimaryKeyIndex(distinctHashes: primaryKeys.hashes, nodes: primaryKeys.nodes)
        } else {
            for node in primaryKeys.nodes {
                if let key = state.primaryKey(ofNode: node) { state.primaryKeys[key] = node }
            }
        }
        primaryKeys = PendingKeyTable()
    }
}
