/// A write transaction, handed to the closure of ``GraphDatabase/write(_:)``.
///
/// Every change is checked as it is made (against the schema in strict mode) and
/// throws a typed error on the first problem; the transaction sees its own changes
/// through ``snapshot``. Nothing is visible to readers, or written to disk, until the
/// closure returns; if it throws, nothing is kept. Do not keep the transaction past
/// the closure: it refuses all calls afterwards.
public final class WriteTransaction {
    /// The write path this transaction hands its changes to.
    let writer: GraphWriter

    init(_ writer: GraphWriter) { self.writer = writer }

    /// The graph as this transaction has changed it so far.
    public var snapshot: GraphSnapshot { GraphSnapshot(writer.reader) }

    // MARK: Nodes

    /// Creates a node and returns its id.
    ///
    /// Null properties are left out. In strict mode the node needs exactly one label,
    /// a declared node type, with declared, well-typed properties and a unique primary key.
    ///
    /// - Throws: `ConstraintError (DuplicatePrimaryKey | UnknownProperty | MissingRequiredProperty |
    ///   StrictModeLabels)`, `SemanticError (UnknownNodeType)`, `TypeError (InvalidPropertyType)`.
    @discardableResult
    public func createNode(labels: [String] = [], properties: [String: Value] = [:],
                           provenance: Provenance = .none) throws -> NodeID {
        try writer.createNode(labels: labels, properties: properties, provenance: provenance)
    }

    /// Sets one property of a node; ``Value/null`` removes it.
    public func setProperty(_ key: String, to value: Value, on node: NodeID) throws {
        try writer.setProperty(key, to: value, on: node)
    }

    /// Replaces all properties of a node, or with `merge` adds and overwrites only the given ones
    /// (as Cypher's `SET n = map` and `SET n += map`).
    public func setProperties(_ properties: [String: Value], on node: NodeID, merge: Bool = false) throws {
        try writer.setProperties(properties, on: node, merge: merge)
    }

    /// Adds a label to a node (open mode; in strict mode a node keeps its one type).
    public func addLabel(_ label: String, to node: NodeID) throws {
        try writer.addLabel(label, to: node)
    }

    /// Removes a label from a node.
    public func removeLabel(_ label: String, from node: NodeID) throws {
        try writer.removeLabel(label, from: node)
    }

    /// Deletes a node. A node with edges is refused unless `detach` is true, which deletes
    /// its edges too.
    ///
    /// - Throws: `ConstraintError (DeleteConnectedNode)`, `EntityNotFound (NodeNotFound)`.
    public func deleteNode(_ node: NodeID, detach: Bool = false) throws {
        try writer.deleteNode(node, detach: detach)
    }

    // MARK: Edges

    /// Creates an edge of `type` from one node to another and returns its id.
    ///
    /// - Throws: `EntityNotFound (NodeNotFound)` for a missing endpoint; in strict mode
    ///   `SemanticError (UnknownEdgeType)`, `ConstraintError (InvalidEndpoints)` and the
    ///   property errors of ``createNode(labels:properties:provenance:)``.
    @discardableResult
    public func createEdge(_ type: String, from: NodeID, to: NodeID, properties: [String: Value] = [:],
                           provenance: Provenance = .none) throws -> EdgeID {
        try writer.createEdge(type, from: from, to: to, properties: properties, provenance: provenance)
    }

    /// Sets one property of an edge; ``Value/null`` removes it.
    public func setProperty(_ key: String, to value: Value, on edge: EdgeID) throws {
        try writer.setProperty(key, to: value, on: edge)
    }

    /// Replaces, or with `merge` extends, all properties of an edge.
    public func setProperties(_ properties: [String: Value], on edge: EdgeID, merge: Bool = false) throws {
        try writer.setProperties(properties, on: edge, merge: merge)
    }

    /// Deletes an edge.
    public func deleteEdge(_ edge: EdgeID) throws {
        try writer.deleteEdge(edge)
    }

    // MARK: Schema

    /// Declares a node type; the database becomes strict, and every existing node and
    /// edge must then conform, or the call throws and changes nothing.
    public func createNodeType(_ type: NodeType) throws {
        try writer.createNodeType(type)
    }

    /// Declares an edge type; its endpoint node types must already be declared.
    public func createEdgeType(_ type: EdgeType) throws {
        try writer.createEdgeType(type)
    }

    /// Drops a declared type that no node or edge uses (and, for a node type, that no edge
    /// type names as an endpoint).
    ///
    /// - Throws: `ConstraintError (TypeInUse)`, `SemanticError (UnknownType)`.
    public func dropType(named name: String) throws {
        try writer.dropType(named: name)
    }

    /// Adds an optional property to a declared type.
    public func addProperty(_ property: PropertyDefinition, toType name: String) throws {
        try writer.addProperty(property, toType: name)
    }
}
