/// Storage: **the** write path. Every change to the graph — by the public
/// ``WriteTransaction``, the query executor, CHAIN, DDL and the importers — goes through a
/// writer, which keeps every invariant in one place: the schema's checks, primary keys,
/// interned symbols, storable values, the adjacency index, and the dirty sets the commit
/// writes to the file.
///
/// A writer works on its own copy of one version of the graph; ``GraphStore`` publishes
/// the result when the transaction commits, and drops it when it fails. Readers see the
/// changes so far through ``reader``.
///
/// **Batch mode** (the bulk loaders): ``appendNode(_:primaryKey:)`` and
/// ``appendEdge(_:)`` store records the caller has checked, and leave the indexes for the
/// whole batch to be built in one pass (see ``PendingAppends``); anything else that reads
/// or changes the graph settles the batch first, so nothing ever sees indexes that lag the
/// records. ``batchReader`` reads the graph without settling: its schema, symbols and
/// records are current, its indexes may lag.
final class GraphWriter {
    private var storage: GraphState
    /// The importers' appended records whose index entries are still to be built.
    private var appends = PendingAppends()
    private(set) var dirtyNodes = ChangedIDs()
    private(set) var dirtyEdges = ChangedIDs()
    private(set) var schemaChanged = false
    private var isActive = true

    /// What a symbol names.
    enum SymbolKind { case label, edgeType, propertyKey }

    init(state: GraphState) { storage = state }

    /// The graph with every change, for the commit.
    var finishedState: GraphState { state }

    /// The graph as changed so far, with every appended record in the indexes: reading or
    /// changing it any other way than by the append methods settles their batch first.
    var state: GraphState {
        _read {
            settleAppends()
            yield storage
        }
        _modify {
            settleAppends()
            yield &storage
        }
    }

    private func settleAppends() {
        if !appends.isEmpty { appends.settle(into: &storage) }
    }

    func end() { isActive = false }

    /// The graph as this writer has changed it so far (the batch settled).
    var reader: GraphReader { GraphReader(state) }

    // MARK: Nodes

    /// Creates a node and returns its id.
    ///
    /// Null properties are left out. In strict mode the node needs exactly one label,
    /// a declared node type, with declared, well-typed properties and a unique primary key.
    ///
    /// - Throws: `ConstraintError (DuplicatePrimaryKey | UnknownProperty | MissingRequiredProperty |
    ///   StrictModeLabels)`, `SemanticError (UnknownNodeType)`, `TypeError (InvalidPropertyType)`.
    @discardableResult
    func createNode(labels: [String] = [], properties: [String: Value] = [:],
                    provenance: Provenance = .none) throws -> NodeID {
        try checkActive()
        let id = try state.createNode(labels: labels, properties: properties, provenance: provenance)
        dirtyNodes.insertCreated(id)
        return NodeID(id)
    }

    /// Creates a node from a ``PropertyList`` (same checks as the public path; the GraphML
    /// importer's strict-mode path — in open mode importers build records for
    /// ``appendNode(_:primaryKey:)``). In open mode, where creating a node reads no index, it leaves
    /// a batch of appended edges pending.
    func createNode(labels: [String], propertyList: PropertyList, provenance: Provenance) throws -> NodeID {
        try checkActive()
        let id = storage.schema.isStrict ? try state.createNode(labels: labels, propertyList: propertyList, provenance: provenance)
            : try storage.createNode(labels: labels, propertyList: propertyList, provenance: provenance)
        dirtyNodes.insertCreated(id)
        return NodeID(id)
    }

    /// Sets one property of a node; ``Value/null`` removes it.
    func setProperty(_ key: String, to value: Value, on node: NodeID) throws {
        try updateNode(node) { _, properties in properties[key] = value.isNull ? nil : value }
    }

    /// Replaces all properties of a node, or with `merge` adds and overwrites only the given ones
    /// (as Cypher's `SET n = map` and `SET n += map`).
    func setProperties(_ properties: [String: Value], on node: NodeID, merge: Bool = false) throws {
        try updateNode(node) { _, current in
            if merge { current.merge(properties) { $1 } } else { current = properties }
        }
    }

    /// Adds a label to a node (open mode; in strict mode a node keeps its one type).
    func addLabel(_ label: String, to node: NodeID) throws {
        try updateNode(node) { labels, _ in if !labels.contains(label) { labels.append(label) } }
    }

    /// Removes a label from a node.
    func removeLabel(_ label: String, from node: NodeID) throws {
        try updateNode(node) { labels, _ in labels.removeAll { $0 == label } }
    }

    /// Deletes a node. A node with edges is refused unless `detach` is true, which deletes
    /// its edges too.
    ///
    /// - Throws: `ConstraintError (DeleteConnectedNode)`, `EntityNotFound (NodeNotFound)`.
    func deleteNode(_ node: NodeID, detach: Bool = false) throws {
        try checkActive()
        let removedEdges = try state.deleteNode(node.rawValue, detach: detach)
        dirtyNodes.insert(node.rawValue)
        dirtyEdges.formUnion(removedEdges)
    }

    // MARK: Edges

    /// Creates an edge of `type` from one node to another and returns its id.
    ///
    /// - Throws: `EntityNotFound (NodeNotFound)` for a missing endpoint; in strict mode
    ///   `SemanticError (UnknownEdgeType)`, `ConstraintError (InvalidEndpoints)` and the
    ///   property errors of ``createNode(labels:properties:provenance:)``.
    @discardableResult
    func createEdge(_ type: String, from: NodeID, to: NodeID, properties: [String: Value] = [:],
                    provenance: Provenance = .none) throws -> EdgeID {
        try checkActive()
        let id = try state.createEdge(type: type, from: from.rawValue, to: to.rawValue,
                                      properties: properties, provenance: provenance)
        dirtyEdges.insertCreated(id)
        return EdgeID(id)
    }

    /// Creates an edge from a ``PropertyList`` (same checks as the public path; the GraphML
    /// importer's strict-mode path). In open mode it goes through ``appendEdge(_:)``.
    func createEdge(_ type: String, from: NodeID, to: NodeID, propertyList: PropertyList,
                    provenance: Provenance) throws -> EdgeID {
        try checkActive()
        guard storage.schema.isStrict else {
            let record = try storage.openEdgeRecord(type: type, from: from.rawValue, to: to.rawValue,
                                                    propertyList: propertyList, provenance: provenance)
            return EdgeID(try appendEdge(record))
        }
        let id = try state.createEdge(type: type, from: from.rawValue, to: to.rawValue, properties: propertyList.dictionary,
                                      provenance: provenance)
        dirtyEdges.insertCreated(id)
        return EdgeID(id)
    }

    /// Sets one property of an edge; ``Value/null`` removes it.
    func setProperty(_ key: String, to value: Value, on edge: EdgeID) throws {
        try checkActive()
        guard var properties = state.edge(edge.rawValue)?.properties else { throw state.missingEdge(edge.rawValue) }
        properties[key] = value.isNull ? nil : value
        try state.updateEdge(edge.rawValue, properties: properties)
        dirtyEdges.insert(edge.rawValue)
    }

    /// Replaces, or with `merge` extends, all properties of an edge.
    func setProperties(_ properties: [String: Value], on edge: EdgeID, merge: Bool = false) throws {
        try checkActive()
        guard var current = state.edge(edge.rawValue)?.properties else { throw state.missingEdge(edge.rawValue) }
        if merge { current.merge(properties) { $1 } } else { current = properties }
        try state.updateEdge(edge.rawValue, properties: current)
        dirtyEdges.insert(edge.rawValue)
    }

    /// Deletes an edge.
    func deleteEdge(_ edge: EdgeID) throws {
        try checkActive()
        try state.deleteEdge(edge.rawValue)
        dirtyEdges.insert(edge.rawValue)
    }

    // MARK: Schema

    /// Declares a node type; the database becomes strict, and every existing node and
    /// edge must then conform, or the call throws and changes nothing.
    func createNodeType(_ type: NodeType) throws {
        try changeSchema { try $0.add(type) }
    }

    /// Declares an edge type; its endpoint node types must already be declared.
    func createEdgeType(_ type: EdgeType) throws {
        try changeSchema { try $0.add(type) }
    }

    /// Drops a declared type that no node or edge uses (and, for a node type, that no edge
    /// type names as an endpoint).
    ///
    /// - Throws: `ConstraintError (TypeInUse)`, `SemanticError (UnknownType)`.
    func dropType(named name: String) throws {
        let users = state.schema.nodeType(named: name) != nil ? reader.nodeIDs(labeled: name).count
            : state.edgeTypes.id(of: name).map { reader.edgeCount(ofType: $0) } ?? 0
        if users > 0 {
            throw ChainGraphError.constraint(.typeInUse, "\(users) element(s) of type \(name) exist; delete them first")
        }
        try changeSchema { try $0.dropType(named: name) }
    }

    /// Creates a property index and builds it over the nodes there are.
    ///
    /// - Throws: `SemanticError (IndexAlreadyExists)`.
    func createIndex(_ definition: PropertyIndexDefinition) throws {
        try checkActive()
        try state.schema.add(definition)
        state.propertyIndexes.append(PropertyIndex(definition, over: state))
        schemaChanged = true
    }

    /// Keeps the graph-level data of an import (``ImportedGraphData``).
    func recordImportedGraph(_ data: ImportedGraphData) throws {
        try checkActive()
        state.schema.recordImport(data)
        schemaChanged = true
    }

    /// Drops the property index named `name`.
    ///
    /// - Throws: `SemanticError (UnknownIndex)`.
    func dropIndex(named name: String) throws {
        try checkActive()
        try state.schema.dropIndex(named: name)
        state.propertyIndexes.removeAll { $0.definition.name == name }
        schemaChanged = true
    }

    /// Adds an optional property to a declared type.
    func addProperty(_ property: PropertyDefinition, toType name: String) throws {
        if property.isRequired && !property.isPrimaryKey {
            throw ChainGraphError(.semanticError, .requiredPropertyAdded,
                                  "a property added to an existing type must be optional: \(name).\(property.name)")
        }
        try changeSchema { try $0.addProperty(property, toType: name) }
    }

    // MARK: Batch mode (the bulk loaders)

    /// Stores a node record (label symbols sorted and unique) whose values the caller has
    /// checked against the schema in strict mode, with its primary key when its type has one;
    /// in open mode its values are checked storable here. The indexes wait for the batch
    /// (see ``PendingAppends``).
    ///
    /// - Throws: `ConstraintError (DuplicatePrimaryKey)`, `StorageError (CapacityExceeded)`,
    ///   in open mode `TypeError (InvalidPropertyType)`.
    func appendNode(_ record: NodeRecord, primaryKey: PrimaryKey? = nil) throws -> Int64 {
        try checkActive()
        try checkStorable(record.properties)
        let id = try appends.appendNode(record, primaryKey: primaryKey, to: &storage)
        dirtyNodes.insertCreated(id)
        return id
    }

    /// Stores an edge record between live nodes, checked like ``appendNode(_:primaryKey:)``;
    /// its adjacency entries wait for the batch.
    func appendEdge(_ record: EdgeRecord) throws -> Int64 {
        try checkActive()
        try checkStorable(record.properties)
        let id = try appends.appendEdge(record, to: &storage)
        dirtyEdges.insertCreated(id)
        return id
    }

    /// In open mode, where no schema has checked a record's values, refuses one a property
    /// cannot hold (strict mode's callers checked them against the declared types).
    private func checkStorable(_ properties: PropertyMap) throws {
        if !storage.schema.isStrict, let (key, value) = properties.firstUnstorable {
            try storage.refuseUnstorable(key, value)
        }
    }

    /// The node owning a primary key, appended or not, without settling the batch.
    func owner(ofPrimaryKey key: PrimaryKey) -> Int64? {
        appends.owner(of: key, in: storage)
    }

    /// The graph without settling the batch — its schema, symbols and records are current,
    /// its indexes may lag: for the importers' plans, not for queries.
    var batchReader: GraphReader { GraphReader(storage) }

    /// Interns a label, edge type or property key for records to append, without settling the batch.
    func intern(_ name: String, as kind: SymbolKind) -> Int32 {
        switch kind {
        case .label: storage.labels.intern(name)
        case .edgeType: storage.edgeTypes.intern(name)
        case .propertyKey: storage.propertyKeys.intern(name)
        }
    }

    // MARK: Helpers

    private func updateNode(_ node: NodeID, _ change: (inout [String], inout [String: Value]) -> Void) throws {
        try checkActive()
        guard let current = state.node(node.rawValue) else { throw state.missingNode(node.rawValue) }
        var labels = current.labels, properties = current.properties
        change(&labels, &properties)
        try state.updateNode(node.rawValue, labels: labels, properties: properties)
        dirtyNodes.insert(node.rawValue)
    }

    private func changeSchema(_ change: (inout GraphSchema) throws -> Void) throws {
        try checkActive()
        var candidate = state
        try change(&candidate.schema)
        try candidate.revalidateAll()
        state = candidate
        schemaChanged = true
    }

    private func checkActive() throws {
        guard isActive else {
            throw ChainGraphError.storage(.transactionEnded, "the write transaction has already ended")
        }
    }
}
