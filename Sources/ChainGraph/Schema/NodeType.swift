/// A declared node type (a label in strict mode), with typed properties and an
/// optional primary key.
///
/// ```swift
/// let material = try NodeType("Material", properties: [
///     PropertyDefinition("name", .string, primaryKey: true),
///     PropertyDefinition("tier", .int64),
/// ])
/// ```
public struct NodeType: Hashable, Sendable, Codable {
    /// The type's name, used as the node label.
    public var name: String
    /// The declared properties, in declaration order.
    public var properties: [PropertyDefinition]

    /// Declares a node type.
    ///
    /// - Throws: `SemanticError (DuplicateProperty)` when a property is declared twice,
    ///   `SemanticError (MultiplePrimaryKeys)` when more than one is the primary key.
    public init(_ name: String, properties: [PropertyDefinition]) throws {
        try SchemaRules.checkPropertyList(properties, owner: name)
        self.name = name
        self.properties = properties
    }

    /// The primary-key property, if one is declared.
    public var primaryKey: PropertyDefinition? { properties.first { $0.isPrimaryKey } }

    /// The property named `name`, if declared.
    public func property(named name: String) -> PropertyDefinition? {
        properties.first { $0.name == name }
    }

    /// The DDL statement that declares this type.
    public var ddl: String {
        "CREATE NODE TYPE \(name) (" + properties.map(\.ddl).joined(separator: ", ") + ")"
    }
}

enum SchemaRules {
    static func checkPropertyList(_ properties: [PropertyDefinition], owner: String) throws {
        var seen = Set<String>()
        for property in properties where !seen.insert(property.name).inserted {
            throw ChainGraphError(.semanticError, .duplicateProperty,
                                  "property '\(property.name)' is declared twice in type \(owner)")
        }
        if properties.filter(\.isPrimaryKey).count > 1 {
            throw ChainGraphError(.semanticError, .multiplePrimaryKeys,
                                  "type \(owner) declares more than one primary key")
        }
    }
}
