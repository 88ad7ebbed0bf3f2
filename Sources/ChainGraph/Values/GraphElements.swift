/// A node as read from a snapshot: its identity, labels, properties and provenance.
public struct Node: Hashable, Sendable {
    /// The node's identity.
    public var id: NodeID
    /// The node's labels; in strict mode exactly one, its node type.
    public var labels: [String]
    /// The node's properties.
    public var properties: [String: Value]
    /// Where the node came from.
    public var provenance: Provenance

    /// Creates a node value.
    public init(id: NodeID, labels: [String], properties: [String: Value], provenance: Provenance = .none) {
        self.id = id
        self.labels = labels
        self.properties = properties
        self.provenance = provenance
    }

    /// The property named `key`, or ``Value/null``.
    public subscript(key: String) -> Value { properties[key] ?? .null }
}

/// An edge (a relationship, in Cypher's words) as read from a snapshot.
public struct Edge: Hashable, Sendable {
    /// The edge's identity.
    public var id: EdgeID
    /// The edge's type, such as `FEEDS`.
    public var type: String
    /// The node the edge leaves.
    public var from: NodeID
    /// The node the edge enters.
    public var to: NodeID
    /// The edge's properties.
    public var properties: [String: Value]
    /// Where the edge came from.
    public var provenance: Provenance

    /// Creates an edge value.
    public init(id: EdgeID, type: String, from: NodeID, to: NodeID,
                properties: [String: Value], provenance: Provenance = .none) {
        self.id = id
        self.type = type
        self.from = from
        self.to = to
        self.properties = properties
        self.provenance = provenance
    }

    /// The property named `key`, or ``Value/null``.
    public subscript(key: String) -> Value { properties[key] ?? .null }
}

/// A path: a start node and the edges walked from it, each with the node it reaches.
public struct Path: Hashable, Sendable {
    /// The nodes, in walking order; one more than ``edges``.
    public var nodes: [Node]
    /// The edges, in walking order; an edge may be walked against its direction.
    public var edges: [Edge]

    /// Creates a path; `nodes.count` must be `edges.count + 1`.
    public init(nodes: [Node], edges: [Edge]) {
        precondition(nodes.count == edges.count + 1, "a path has one node more than edges")
        self.nodes = nodes
        self.edges = edges
    }

    /// The number of edges.
    public var length: Int { edges.count }
}
