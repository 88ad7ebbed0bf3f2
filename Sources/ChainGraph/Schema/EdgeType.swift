/// A declared edge type, with the node-type pairs it may connect and typed properties.
///
/// ```swift
/// let feeds = try EdgeType("FEEDS",
///                          endpoints: [.init(from: "Material", to: "Material"),
///                                      .init(from: "Material", to: "Product")],
///                          properties: [PropertyDefinition("share", .double)])
/// ```
public struct EdgeType: Hashable, Sendable, Codable {
    /// One allowed pair of endpoint node types: `FROM from TO to`.
    public struct Endpoints: Hashable, Sendable, Codable {
        /// The node type the edge leaves.
        public var from: String
        /// The node type the edge enters.
        public var to: String

        /// Creates an endpoint pair.
        public init(from: String, to: String) {
            self.from = from
            self.to = to
        }
    }

    /// The type's name, such as `FEEDS`.
    public var name: String
    /// The allowed endpoint pairs; at least one.
    public var endpoints: [Endpoints]
    /// The declared properties, in declaration order (edge types have no primary key).
    public var properties: [PropertyDefinition]
    /// Whether goods flow along edges of this type (`FEEDS`: material → what it is made
    /// into): the path procedures follow the supply-flow types when they are given no edge
    /// types. Declared with `SUPPLY FLOW` after the type's parentheses.
    public var isSupplyFlow: Bool

    /// Declares an edge type.
    ///
    /// - Throws: `SemanticError (MissingEndpoints)` without endpoint pairs,
    ///   `SemanticError (DuplicateProperty)` for a property declared twice,
    ///   `SemanticError (PrimaryKeyOnEdge)` when a property is marked primary key.
    public init(_ name: String, endpoints: [Endpoints], properties: [PropertyDefinition] = [],
                supplyFlow: Bool = false) throws {
        guard !endpoints.isEmpty else {
            throw ChainGraphError(.semanticError, .missingEndpoints,
                                  "edge type \(name) needs at least one FROM … TO … pair")
        }
        if properties.contains(where: \.isPrimaryKey) {
            throw ChainGraphError(.semanticError, .primaryKeyOnEdge, "edge type \(name) cannot have a primary key")
        }
        try SchemaRules.checkPropertyList(properties, owner: name)
        self.name = name
        self.endpoints = endpoints
        self.properties = properties
        isSupplyFlow = supplyFlow
    }

    private enum CodingKeys: String, CodingKey { case name, endpoints, properties, isSupplyFlow }

    /// Decodes a stored type; files written before supply flow existed have no `isSupplyFlow`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        endpoints = try container.decode([Endpoints].self, forKey: .endpoints)
        properties = try container.decode([PropertyDefinition].self, forKey: .properties)
        isSupplyFlow = try container.decodeIfPresent(Bool.self, forKey: .isSupplyFlow) ?? false
    }

    /// The property named `name`, if declared.
    public func property(named name: String) -> PropertyDefinition? {
        properties.first { $0.name == name }
    }

    /// Whether an edge of this type may go from a node of type `from` to one of type `to`.
    public func allows(from: String, to: String) -> Bool {
        endpoints.contains { $0.from == from && $0.to == to }
    }

    /// The DDL statement that declares this type.
    public var ddl: String {
        let pairs = endpoints.map { "FROM \($0.from) TO \($0.to)" }
        return "CREATE EDGE TYPE \(name) (" + (pairs + properties.map(\.ddl)).joined(separator: ", ") + ")"
            + (isSupplyFlow ? " SUPPLY FLOW" : "")
    }
}
