/// A property index: nodes with `label` looked up by the value of their `property`
/// (`CREATE INDEX name FOR (n:Label) ON (n.property)`). Kept in the database file with
/// the schema; the index itself is built when the database opens and kept up to date by
/// every write.
public struct PropertyIndexDefinition: Hashable, Sendable, Codable {
    /// The index's name, unique in the database (`SHOW INDEXES`, `DROP INDEX name`).
    public var name: String
    /// The label of the nodes indexed.
    public var label: String
    /// The property whose value is looked up.
    public var property: String

    /// An index named `name`, or `index_<label>_<property>` when nil.
    public init(name: String? = nil, label: String, property: String) {
        self.name = name ?? "index_\(label)_\(property)"
        self.label = label
        self.property = property
    }

    /// The statement that creates the index.
    public var ddl: String {
        "CREATE INDEX \(Self.quoted(name)) FOR (n:\(Self.quoted(label))) ON (n.\(Self.quoted(property)))"
    }

    /// A name as the query language reads it back: in backticks unless it is a plain identifier.
    private static func quoted(_ name: String) -> String {
        let plain = !name.isEmpty && !(name.first?.isNumber ?? true)
            && name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }
        return plain ? name : "`" + name.replacingOccurrences(of: "`", with: "``") + "`"
    }
}
