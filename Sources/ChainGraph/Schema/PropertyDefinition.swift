/// A declared property of a node or edge type: its name, type, and whether it is
/// required or the primary key.
public struct PropertyDefinition: Hashable, Sendable, Codable {
    /// The property name.
    public var name: String
    /// The property type.
    public var type: PropertyType
    /// Whether every node or edge of the type must carry the property.
    public var isRequired: Bool
    /// Whether the property is the type's primary key (implies required and unique).
    public var isPrimaryKey: Bool

    /// Declares a property. A primary key is always required.
    public init(_ name: String, _ type: PropertyType, required: Bool = false, primaryKey: Bool = false) {
        self.name = name
        self.type = type
        self.isRequired = required || primaryKey
        self.isPrimaryKey = primaryKey
    }

    /// The DDL form, such as `name STRING PRIMARY KEY` or `tier INT64 NOT NULL`.
    public var ddl: String {
        var text = "\(name) \(type)"
        if isPrimaryKey { text += " PRIMARY KEY" } else if isRequired { text += " NOT NULL" }
        return text
    }
}
