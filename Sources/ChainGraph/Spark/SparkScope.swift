/// Spark: a variable of the query as the translator's views hold it. A node or a
/// relationship is a group of columns under one prefix (`c3_id`, `c3_labels`, `c3_p0`…:
/// property columns numbered in the lake's sorted property order); a value is one column.
struct SparkBinding {
    enum Kind: Equatable {
        case node, relationship
        case value(SparkType)
        /// A shortest path, of which the translator keeps only the length.
        case pathLength
    }

    var kind: Kind
    /// The column, or the prefix of the element's columns.
    var column: String

    /// The names of the binding's columns in a view.
    func columnNames(_ manifest: LakeManifest) -> [String] {
        switch kind {
        case .node:
            return [column + "_id", column + "_labels"] + manifest.nodePropertyNames.indices.map { column + "_p\($0)" }
        case .relationship:
            return [column + "_id", column + "_type", column + "_src", column + "_dst"]
                + manifest.edgePropertyNames.indices.map { column + "_p\($0)" }
        case .value, .pathLength:
            return [column]
        }
    }
}

/// Spark: where a node's or relationship's fields are read in the SELECT being written —
/// from the lake's table under an alias (`t2.__id`, ``t2.`name` ``), or from a view's columns
/// (`p.c3_id`, `p.c3_p1`).
struct SparkElementSource {
    let isNode: Bool
    let qualifier: String
    /// nil for a lake table; the binding's column prefix for a view.
    let prefix: String?
    let manifest: LakeManifest

    /// `qualifier.column`, or the column alone when the qualifier is empty (a SELECT's own
    /// output names, as ORDER BY sees them).
    private func qualified(_ column: String) -> String { qualifier.isEmpty ? column : "\(qualifier).\(column)" }

    private func column(_ table: String, _ view: String) -> String {
        prefix == nil ? qualified(table) : qualified("\(prefix!)_\(view)")
    }

    var id: String { column("__id", "id") }
    var labels: String { column("__labels", "labels") }
    var type: String { column("__type", "type") }
    var source: String { column("__src", "src") }
    var target: String { column("__dst", "dst") }

    /// A property's SQL and type; `NULL` when the lake has no such column.
    func property(_ name: String) -> (sql: String, type: SparkType) {
        let names = isNode ? manifest.nodePropertyNames : manifest.edgePropertyNames
        guard let index = names.firstIndex(of: name) else { return ("NULL", .unknown) }
        let type = SparkType(sparkType: (isNode ? manifest.nodePropertyType(name) : manifest.edgePropertyType(name)) ?? "")
        return (prefix == nil ? qualified(SparkSQLText.identifier(name)) : qualified("\(prefix!)_p\(index)"), type)
    }

    /// The SQL of each column of `binding` (a node or relationship bound to this source).
    func columns(as binding: SparkBinding) -> [(sql: String, name: String)] {
        let names = binding.columnNames(manifest)
        let properties = (isNode ? manifest.nodePropertyNames : manifest.edgePropertyNames).map { property($0).sql }
        let fixed = isNode ? [id, labels] : [id, type, source, target]
        return zip(fixed + properties, names).map { ($0, $1) }
    }

    /// The element as one value: `named_struct('id', …, 'labels', …, 'properties', named_struct(…))`.
    var value: String {
        let names = isNode ? manifest.nodePropertyNames : manifest.edgePropertyNames
        var fields = isNode ? ["'id', \(id)", "'labels', \(labels)"]
                            : ["'id', \(id)", "'type', \(type)", "'src', \(source)", "'dst', \(target)"]
        if !names.isEmpty {
            fields.append("'properties', named_struct(" + names.map { "\(SparkSQLText.string($0)), \(property($0).sql)" }
                .joined(separator: ", ") + ")")
        }
        return "named_struct(" + fields.joined(separator: ", ") + ")"
    }
}

/// Spark: what a variable stands for inside one SELECT.
enum SparkReference {
    case element(SparkElementSource)
    case value(sql: String, type: SparkType)
    case pathLength(sql: String)
}

/// Spark: the variables visible to an expression, each resolved to SQL, looked up in order
/// (a projection's new names before the names it was computed from).
struct SparkScope {
    var layers: [[String: SparkReference]]

    init(_ references: [String: SparkReference] = [:]) { layers = [references] }

    func lookup(_ name: String) -> SparkReference? {
        for layer in layers { if let found = layer[name] { return found } }
        return nil
    }

    /// The references of `bindings` read from view alias `qualifier`.
    static func references(_ bindings: [(String, SparkBinding)], qualifier: String,
                           manifest: LakeManifest) -> [String: SparkReference] {
        var result: [String: SparkReference] = [:]
        let dot = qualifier.isEmpty ? "" : qualifier + "."
        for (name, binding) in bindings {
            switch binding.kind {
            case .node, .relationship:
                result[name] = .element(SparkElementSource(isNode: binding.kind == .node, qualifier: qualifier,
                                                           prefix: binding.column, manifest: manifest))
            case .value(let type): result[name] = .value(sql: dot + binding.column, type: type)
            case .pathLength: result[name] = .pathLength(sql: dot + binding.column)
            }
        }
        return result
    }
}
