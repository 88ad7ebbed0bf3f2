import HashTreeCollections

extension GraphState {
    /// The largest id a node or edge can have: adjacency lists store ids in 32 bits.
    static let maximumID = Int64(UInt32.max) - 1

    mutating func createNode(labels labelNames: [String], properties: [String: Value],
                             provenance: Provenance) throws -> Int64 {
        let uniqueLabels = labelNames.count < 2 ? labelNames : Array(Set(labelNames)).sorted()
        let stored = try schema.checkedNode(labels: uniqueLabels, properties: Self.withoutNulls(properties))
        let symbols = uniqueLabels.map { labels.intern($0) }
        return try appendNode(NodeRecord(labels: symbols.count < 2 ? symbols : symbols.sorted(),
                                         properties: intern(stored), provenance: provenance))
    }

    /// Gives a checked record the next id, claims its primary key, and stores it.
    private mutating func appendNode(_ record: NodeRecord) throws -> Int64 {
        try claimPrimaryKey(of: record, for: try checkedNextNodeID())
        return try appendCheckedNode(record)
    }

    /// Stores a node record the caller has checked against the schema, and whose primary
    /// key it has claimed, under the next id (the bulk path of ``PendingAppends``).
    mutating func appendCheckedNode(_ record: NodeRecord) throws -> Int64 {
        let id = try checkedNextNodeID()
        let record = sharing.sharing(record)
        nodes.append(record)
        nodeCount += 1
        indexProperties(of: record, id)
        return id
    }

    /// Stores a checked edge record under the next id without adding it to the adjacency
    /// index, which ``PendingAppends`` builds for a whole batch at once.
    mutating func appendCheckedEdge(_ record: EdgeRecord) throws -> Int64 {
        let id = try checkedNextEdgeID()
        edges.append(record)
        edgeCount += 1
        return id
    }

    private func checkedNextNodeID() throws -> Int64 {
        guard nextNodeID <= Self.maximumID else {
            throw ChainGraphError.storage(.capacityExceeded, "a database holds at most \(Self.maximumID) nodes")
        }
        return nextNodeID
    }

    private func checkedNextEdgeID() throws -> Int64 {
        guard nextEdgeID <= Self.maximumID else {
            throw ChainGraphError.storage(.capacityExceeded, "a database holds at most \(Self.maximumID) edges")
        }
        return nextEdgeID
    }

    /// Creates a node from a ``PropertyList`` (the importers' path): in open mode without
    /// building a dictionary, in strict mode through ``createNode(labels:properties:provenance:)``.
    mutating func createNode(labels labelNames: [String], propertyList: PropertyList, provenance: Provenance) throws -> Int64 {
        guard !schema.isStrict, labelNames.count < 2 else {
            return try createNode(labels: labelNames, properties: propertyList.dictionary, provenance: provenance)
        }
        return try appendNode(NodeRecord(labels: labelNames.map { labels.intern($0) },
                                         properties: try openPropertyMap(propertyList), provenance: provenance))
    }

    /// Throws open mode's error for a value a property cannot hold.
    func refuseUnstorable(_ key: Int32, _ value: Value) throws {
        _ = try GraphSchema.checkedOpenProperties([propertyKeys.name(of: key): value])
    }

    /// An open-mode edge's record from a ``PropertyList``: endpoints checked alive, values
    /// storable, names interned; for ``appendCheckedEdge(_:)`` or the bulk path.
    mutating func openEdgeRecord(type typeName: String, from: Int64, to: Int64, propertyList: PropertyList,
                                 provenance: Provenance) throws -> EdgeRecord {
        guard isNodeAlive(from) else { throw missingNode(from) }
        guard isNodeAlive(to) else { throw missingNode(to) }
        return EdgeRecord(type: edgeTypes.intern(typeName), from: from, to: to, properties: try openPropertyMap(propertyList),
                          provenance: provenance)
    }

    /// Gives a checked edge the next id, stores it and adds it to the adjacency index.
    private mutating func appendEdge(type typeName: String, from: Int64, to: Int64, properties: PropertyMap,
                                     provenance: Provenance) throws -> Int64 {
        let type = edgeTypes.intern(typeName)
        ensureAdjacency(for: type)
        let id = try appendCheckedEdge(EdgeRecord(type: type, from: from, to: to, properties: properties, provenance: provenance))
        outgoing[Int(type)].add(node: from, neighbor: to, edge: id)
        incoming[Int(type)].add(node: to, neighbor: from, edge: id)
        return id
    }

    /// Open mode's checks (storable values; nulls left out) and interning, straight into a map.
    private mutating func openPropertyMap(_ list: PropertyList) throws -> PropertyMap {
        var map = PropertyMap()
        for (name, value) in list.entries where !value.isNull {
            // Throws the open-mode error for a value a property cannot hold.
            if !value.isStorable { _ = try GraphSchema.checkedOpenProperties([name: value]) }
            map.set(propertyKeys.intern(name), value)
        }
        return map
    }

    /// Replaces a node's labels and properties after checking them against the schema.
    mutating func updateNode(_ id: Int64, labels labelNames: [String], properties: [String: Value]) throws {
        guard let old = nodeRecord(id) else { throw missingNode(id) }
        let uniqueLabels = Array(Set(labelNames)).sorted()
        let stored = try schema.checkedNode(labels: uniqueLabels, properties: properties.filter { !$0.value.isNull })
        let record = NodeRecord(labels: uniqueLabels.map { labels.intern($0) }.sorted(),
                                properties: intern(stored), provenance: old.provenance)
        releasePrimaryKey(of: old)
        do {
            try claimPrimaryKey(of: record, for: id)
        } catch {
            try? claimPrimaryKey(of: old, for: id)
            throw error
        }
        nodes[Int(id)] = record
        indexProperties(of: record, id)
    }

    /// Deletes a node; with `detach`, its edges first. Returns the ids of edges deleted.
    mutating func deleteNode(_ id: Int64, detach: Bool) throws -> [Int64] {
        guard let record = nodeRecord(id) else { throw missingNode(id) }
        var attached: [Int64] = []
        forEachEdge(of: id, type: nil, direction: .both) { edge, _ in
            attached.append(edge)
            return true
        }
        if !attached.isEmpty && !detach {
            throw ChainGraphError.constraint(.deleteConnectedNode,
                "node \(id) still has \(attached.count) edge(s); delete them first or use DETACH DELETE")
        }
        for edge in attached { try deleteEdge(edge) }
        releasePrimaryKey(of: record)
        nodes[Int(id)] = nil
        nodeCount -= 1
        return attached
    }

    mutating func createEdge(type typeName: String, from: Int64, to: Int64, properties: [String: Value],
                             provenance: Provenance) throws -> Int64 {
        guard isNodeAlive(from) else { throw missingNode(from) }
        guard isNodeAlive(to) else { throw missingNode(to) }
        // Endpoint labels matter only to a declared schema; open mode skips building them.
        let strict = schema.isStrict
        let stored = try schema.checkedEdge(type: typeName, fromLabels: strict ? labelNames(nodeRecord(from)!) : [],
                                            toLabels: strict ? labelNames(nodeRecord(to)!) : [],
                                            properties: Self.withoutNulls(properties))
        return try appendEdge(type: typeName, from: from, to: to, properties: intern(stored), provenance: provenance)
    }

    mutating func updateEdge(_ id: Int64, properties: [String: Value]) throws {
        guard var record = edgeRecord(id), let from = nodeRecord(record.from), let to = nodeRecord(record.to) else {
            throw missingEdge(id)
        }
        let stored = try schema.checkedEdge(type: edgeTypes.name(of: record.type), fromLabels: labelNames(from),
                                            toLabels: labelNames(to), properties: properties.filter { !$0.value.isNull })
        record.properties = intern(stored)
        edges[Int(id)] = record
    }

    mutating func deleteEdge(_ id: Int64) throws {
        guard let record = edgeRecord(id) else { throw missingEdge(id) }
        edges[Int(id)] = nil
        outgoing[Int(record.type)].remove(node: record.from, edge: id)
        incoming[Int(record.type)].remove(node: record.to, edge: id)
        edgeCount -= 1
    }

    /// Checks every node and edge against the schema and rebuilds the primary-key index;
    /// run after a schema change, so that declaring a schema on existing data cannot
    /// leave data that breaks it.
    mutating func revalidateAll() throws {
        primaryKeys = TreeDictionary()
        primaryKeyBase = nil
        for id in liveNodeIDs() {
            let record = nodes[Int(id)]!
            _ = try schema.checkedNode(labels: labelNames(record), properties: record.properties.dictionary(propertyKeys))
            try claimPrimaryKey(of: record, for: id)
        }
        for id in liveEdgeIDs() {
            let record = edges[Int(id)]!
            _ = try schema.checkedEdge(type: edgeTypes.name(of: record.type),
                                       fromLabels: labelNames(nodes[Int(record.from)]!),
                                       toLabels: labelNames(nodes[Int(record.to)]!),
                                       properties: record.properties.dictionary(propertyKeys))
        }
    }

    /// The properties without null values (null means "not set"); no copy when there are none.
    static func withoutNulls(_ properties: [String: Value]) -> [String: Value] {
        properties.values.contains(where: \.isNull) ? properties.filter { !$0.value.isNull } : properties
    }

    /// Decoded (name, value) pairs as a map; a name given twice keeps its last value.
    mutating func intern(_ entries: [(String, Value)]) -> PropertyMap {
        var map = PropertyMap()
        for (key, value) in entries { map.set(propertyKeys.intern(key), value) }
        return map
    }

    mutating func intern(_ properties: [String: Value]) -> PropertyMap {
        var map = PropertyMap()
        for (key, value) in properties { map.set(propertyKeys.intern(key), value) }
        return map
    }

    mutating func claimPrimaryKey(of record: NodeRecord, for id: Int64) throws {
        guard let key = primaryKey(of: record) else { return }
        if let owner = primaryKeyOwner(key), owner != id { throw duplicatePrimaryKey(key, owner: owner) }
        primaryKeys[key] = id
    }

    private mutating func releasePrimaryKey(of record: NodeRecord) {
        guard let key = primaryKey(of: record) else { return }
        // A key of the base is shadowed; one only in the overlay just goes.
        primaryKeys[key] = primaryKeyBase == nil ? nil : -1
    }

    func duplicatePrimaryKey(_ key: PrimaryKey, owner: Int64) -> ChainGraphError {
        .constraint(.duplicatePrimaryKey,
                    "\(labels.name(of: key.type)) \(key.value) already exists (node \(owner)); primary keys are unique")
    }

    func missingNode(_ id: Int64) -> ChainGraphError {
        .notFound(.nodeNotFound, "node \(id) does not exist (it was never created or has been deleted)")
    }

    func missingEdge(_ id: Int64) -> ChainGraphError {
        .notFound(.edgeNotFound, "edge \(id) does not exist (it was never created or has been deleted)")
    }
}
