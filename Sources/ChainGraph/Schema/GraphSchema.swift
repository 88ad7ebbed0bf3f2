/// The declared node and edge types of a database.
///
/// A database with no declared type is in **open mode**: any labels and properties
/// are accepted, as in Neo4j. Once a type is declared it is in **strict mode**:
/// every node has exactly one declared node type, every edge a declared edge type
/// joining allowed endpoint types, and every property is declared and well typed.
public struct GraphSchema: Hashable, Sendable, Codable {
    /// Node types in declaration order.
    public private(set) var nodeTypes: [NodeType] = []
    /// Edge types in declaration order.
    public private(set) var edgeTypes: [EdgeType] = []
    /// Property indexes in the order they were created. They make no schema strict: an
    /// open database may have them too.
    public private(set) var indexes: [PropertyIndexDefinition] = []
    /// The graph-level `<data>` of GraphML imports, oldest first (an open database may have
    /// them too).
    public private(set) var importedGraphs: [ImportedGraphData] = []

    /// The names of the edge types declared `SUPPLY FLOW`, in declaration order.
    public var supplyFlowEdgeTypes: [String] { edgeTypes.filter(\.isSupplyFlow).map(\.name) }

    /// An empty schema (open mode).
    public init() {}

    /// Whether any type is declared.
    public var isStrict: Bool { !nodeTypes.isEmpty || !edgeTypes.isEmpty }

    /// Whether nothing is declared: no type and no index (then nothing is stored).
    public var isEmpty: Bool { !isStrict && indexes.isEmpty && importedGraphs.isEmpty }

    /// The node type named `name`.
    public func nodeType(named name: String) -> NodeType? {
        nodeTypes.first { $0.name == name }
    }

    /// The edge type named `name`.
    public func edgeType(named name: String) -> EdgeType? {
        edgeTypes.first { $0.name == name }
    }

    /// The DDL script that recreates this schema.
    public var ddl: String {
        (nodeTypes.map(\.ddl) + edgeTypes.map(\.ddl) + indexes.map(\.ddl)).map { $0 + ";" }.joined(separator: "\n")
    }

    private enum CodingKeys: String, CodingKey {
        case nodeTypes, edgeTypes, indexes, importedGraphs
    }

    /// Reads a stored schema; one written before indexes (or imported graph data) existed has none.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        nodeTypes = try container.decode([NodeType].self, forKey: .nodeTypes)
        edgeTypes = try container.decode([EdgeType].self, forKey: .edgeTypes)
        indexes = try container.decodeIfPresent([PropertyIndexDefinition].self, forKey: .indexes) ?? []
        importedGraphs = try container.decodeIfPresent([ImportedGraphData].self, forKey: .importedGraphs) ?? []
    }

    /// Writes the schema; `indexes` and `importedGraphs` only when there are any, so that a
    /// schema without them is stored exactly as before they existed.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(nodeTypes, forKey: .nodeTypes)
        try container.encode(edgeTypes, forKey: .edgeTypes)
        if !indexes.isEmpty { try container.encode(indexes, forKey: .indexes) }
        if !importedGraphs.isEmpty { try container.encode(importedGraphs, forKey: .importedGraphs) }
    }

    /// Records the graph-level data of an import.
    mutating func recordImport(_ data: ImportedGraphData) {
        importedGraphs.append(data)
    }

    /// Adds an index definition.
    ///
    /// - Throws: `SemanticError (IndexAlreadyExists)` when the name or the label and property are taken.
    mutating func add(_ index: PropertyIndexDefinition) throws {
        if let other = self.index(conflictingWith: index) {
            throw ChainGraphError(.semanticError, .indexAlreadyExists,
                                  "index \(other.name) already exists on :\(other.label)(\(other.property))")
        }
        indexes.append(index)
    }

    /// The index that has `index`'s name, or is on its label and property, if any.
    func index(conflictingWith index: PropertyIndexDefinition) -> PropertyIndexDefinition? {
        indexes.first { $0.name == index.name || ($0.label == index.label && $0.property == index.property) }
    }

    /// Removes the index named `name`.
    ///
    /// - Throws: `SemanticError (UnknownIndex)`.
    mutating func dropIndex(named name: String) throws {
        guard let position = indexes.firstIndex(where: { $0.name == name }) else {
            throw ChainGraphError(.semanticError, .unknownIndex,
                                  "no index named \(name)" + NameSuggestion.hint(for: name, among: indexes.map(\.name)))
        }
        indexes.remove(at: position)
    }

    mutating func add(_ type: NodeType) throws {
        guard nodeType(named: type.name) == nil, edgeType(named: type.name) == nil else {
            throw ChainGraphError(.semanticError, .typeAlreadyExists, "a type named \(type.name) already exists")
        }
        nodeTypes.append(type)
    }

    mutating func add(_ type: EdgeType) throws {
        guard nodeType(named: type.name) == nil, edgeType(named: type.name) == nil else {
            throw ChainGraphError(.semanticError, .typeAlreadyExists, "a type named \(type.name) already exists")
        }
        for pair in type.endpoints {
            for end in [pair.from, pair.to] where nodeType(named: end) == nil {
                throw unknownNodeType(end)
            }
        }
        edgeTypes.append(type)
    }

    mutating func dropType(named name: String) throws {
        if let index = nodeTypes.firstIndex(where: { $0.name == name }) {
            if let user = edgeTypes.first(where: { $0.endpoints.contains { $0.from == name || $0.to == name } }) {
                throw ChainGraphError(.constraintError, .typeInUse,
                                      "node type \(name) is an endpoint of edge type \(user.name); drop that first")
            }
            nodeTypes.remove(at: index)
        } else if let index = edgeTypes.firstIndex(where: { $0.name == name }) {
            edgeTypes.remove(at: index)
        } else {
            throw ChainGraphError(.semanticError, .unknownType,
                                  "no type named \(name)" + NameSuggestion.hint(for: name, among: typeNames))
        }
    }

    mutating func addProperty(_ property: PropertyDefinition, toType name: String) throws {
        guard !property.isPrimaryKey else {
            throw ChainGraphError(.semanticError, .primaryKeyChange, "a primary key cannot be added to an existing type")
        }
        if let index = nodeTypes.firstIndex(where: { $0.name == name }) {
            try nodeTypes[index] = NodeType(name, properties: nodeTypes[index].properties + [property])
        } else if let index = edgeTypes.firstIndex(where: { $0.name == name }) {
            let type = edgeTypes[index]
            try edgeTypes[index] = EdgeType(name, endpoints: type.endpoints, properties: type.properties + [property])
        } else {
            throw ChainGraphError(.semanticError, .unknownType,
                                  "no type named \(name)" + NameSuggestion.hint(for: name, among: typeNames))
        }
    }

    var typeNames: [String] { nodeTypes.map(\.name) + edgeTypes.map(\.name) }

    func unknownNodeType(_ name: String) -> ChainGraphError {
        ChainGraphError(.semanticError, .unknownNodeType,
                        "no node type named \(name)" + NameSuggestion.hint(for: name, among: nodeTypes.map(\.name)))
    }

    func unknownEdgeType(_ name: String) -> ChainGraphError {
        ChainGraphError(.semanticError, .unknownEdgeType,
                        "no edge type named \(name)" + NameSuggestion.hint(for: name, among: edgeTypes.map(\.name)))
    }
}
