/// Export: the `<key>` declarations of a GraphML file, inferred from the values it holds.
///
/// One key per (element kind, property name). The GraphML `attr.type` is the narrowest
/// that holds every value: `boolean`, `int` (when every integer fits 32 bits, which yEd
/// prefers), `long`, `double` or `string`. Types GraphML lacks keep their exact
/// ChainGraph type in the key's `<desc>` (`chaingraph:DATE`, `chaingraph:DATETIME`, `chaingraph:LIST<INT64>`,
/// `chaingraph:ANY` for a property whose values have different types), so that
/// ChainGraph reads its own files back exactly while other tools see strings.
struct GraphMLKeyPlan {
    /// How the values of one key are written.
    enum Encoding: Equatable {
        case boolean, int, long, double, string
        /// ISO 8601 text of a temporal type (`DATE`, `DATETIME`, `DURATION`, …).
        case temporal(String)
        /// JSON array text (``Value/jsonText``), with the ChainGraph element type.
        case list(String)
        /// JSON text of any value, for properties whose values differ in type.
        case any

        var attributeType: String {
            switch self {
            case .boolean: return "boolean"
            case .int: return "int"
            case .long: return "long"
            case .double: return "double"
            case .string, .temporal, .list, .any: return "string"
            }
        }

        /// The `<desc>` text that records the exact type, when GraphML has none.
        var description: String? {
            switch self {
            case .temporal(let type): return GraphMLVocabulary.typeDescriptionPrefix + type
            case .list(let element): return GraphMLVocabulary.typeDescriptionPrefix + "LIST<\(element)>"
            case .any: return GraphMLVocabulary.typeDescriptionPrefix + "ANY"
            default: return nil
            }
        }

        /// The text of a `<data>` element holding `value`.
        func text(_ value: Value) -> String {
            switch (self, value) {
            case (.any, _), (.list, _): return value.jsonText
            case (_, .bool(let flag)): return flag ? "true" : "false"
            case (_, .int(let number)): return String(number)
            case (.double, .double(let number)): return Value.formatDouble(number)
            case (_, .string(let text)): return text
            case (.temporal, _): return value.temporalText ?? value.jsonText
            default: return value.jsonText
            }
        }
    }

    /// One property key.
    struct Key {
        var id: String
        var domain: String
        /// The property's name.
        var name: String
        var symbol: Int32
        var encoding: Encoding

        /// `attr.name`: the name, or its NMTOKEN encoding when it is not one.
        var attributeName: String {
            GraphMLVocabulary.isNMToken(name) ? name : GraphMLVocabulary.nmToken(name)
        }

        /// The key's `<desc>`: ChainGraph's exact type where GraphML lacks it, and the
        /// property's name when `attr.name` had to encode it; nil when neither is needed.
        var description: String? {
            let lines = [encoding.description,
                         GraphMLVocabulary.isNMToken(name) ? nil : GraphMLVocabulary.nameDescriptionPrefix + name]
                .compactMap { $0 }
            return lines.isEmpty ? nil : lines.joined(separator: "\n")
        }
    }

    private(set) var nodeKeys: [Key] = []
    private(set) var edgeKeys: [Key] = []
    /// Node key per property-key symbol.
    private(set) var nodeKeyBySymbol: [Int] = []
    /// Edge key per property-key symbol.
    private(set) var edgeKeyBySymbol: [Int] = []

    /// Scans the selected elements' properties.
    init(selection: GraphSelection, graph: GraphReader) {
        // Kinds by property-key symbol (`.none`: not seen).
        var nodeKinds = [ValueKind](repeating: .none, count: graph.propertyKeys.count)
        for id in selection.nodeIDs where graph.isNodeAlive(id.rawValue) {
            graph.readNode(id.rawValue) { Self.observe($0!.properties, into: &nodeKinds) }
        }
        var edgeKinds = [ValueKind](repeating: .none, count: graph.propertyKeys.count)
        // `undirected = true` is written as `directed="false"`, not as data.
        let undirected = graph.propertyKeys.id(of: ExportModel.undirectedProperty)
        for id in selection.edgeIDs where graph.isEdgeAlive(id.rawValue) {
            graph.readEdge(id.rawValue) { Self.observe($0!.properties, into: &edgeKinds, skipping: undirected) }
        }
        nodeKeys = Self.keys(nodeKinds, domain: "node", graph: graph)
        edgeKeys = Self.keys(edgeKinds, domain: "edge", graph: graph)
        // Dense: indexed by property-key symbol, -1 where the symbol has no key.
        nodeKeyBySymbol = [Int](repeating: -1, count: graph.propertyKeys.count)
        edgeKeyBySymbol = nodeKeyBySymbol
        for (index, key) in nodeKeys.enumerated() { nodeKeyBySymbol[Int(key.symbol)] = index }
        for (index, key) in edgeKeys.enumerated() { edgeKeyBySymbol[Int(key.symbol)] = index }
    }

    private static func observe(_ properties: PropertyMap, into kinds: inout [ValueKind], skipping undirected: Int32? = nil) {
        for (index, key) in properties.keys.enumerated() {
            if key == undirected && properties.values[index] == .bool(true) { continue }
            kinds[Int(key)].merge(ValueKind(properties.values[index]))
        }
    }

    private static func keys(_ kinds: [ValueKind], domain: String, graph: GraphReader) -> [Key] {
        let named = kinds.indices.filter { kinds[$0] != .none }
            .map { (symbol: Int32($0), name: graph.propertyKeys.name(of: Int32($0)), kind: kinds[$0]) }
            .sorted { $0.name < $1.name }
        return named.enumerated().map { index, entry in
            let id = GraphMLVocabulary.isNCName(entry.name) ? "\(domain).\(entry.name)" : "\(domain).k\(index)"
            return Key(id: id, domain: domain, name: entry.name, symbol: entry.symbol, encoding: entry.kind.encoding)
        }
    }
}

/// The join of the types seen for one property.
enum ValueKind: Equatable {
    case none, boolean, int32, int64, double, string
    /// A temporal type, by its type name (`DATE`, `DATETIME`, …).
    case temporal(String)
    case list(String)
    case mixed

    init(_ value: Value) {
        switch value {
        case .bool: self = .boolean
        case .int(let number): self = Int32(exactly: number) == nil ? .int64 : .int32
        case .double: self = .double
        // Characters XML cannot carry go through JSON escapes.
        case .string(let text): self = GraphMLVocabulary.isXMLSafe(text) ? .string : .mixed
        case .date, .localTime, .time, .localDateTime, .dateTime, .duration: self = .temporal(value.typeName)
        case .list(let items): self = .list(ValueKind.elementTypeName(items))
        default: self = .mixed
        }
    }

    private static func elementTypeName(_ items: [Value]) -> String {
        var names = Set<String>()
        for item in items {
            switch item {
            case .bool: names.insert("BOOL")
            case .int: names.insert("INT64")
            case .double: names.insert("DOUBLE")
            case .string(let text): names.insert(GraphMLVocabulary.isXMLSafe(text) ? "STRING" : "ANY")
            case .date, .localTime, .time, .localDateTime, .dateTime, .duration: names.insert(item.typeName)
            default: names.insert("ANY")
            }
        }
        return names.count == 1 ? names.first! : (names.isEmpty ? "ANY" : "ANY")
    }

    mutating func merge(_ other: ValueKind) {
        switch (self, other) {
        case (.none, _): self = other
        case (_, .none): break
        case (.int32, .int64), (.int64, .int32): self = .int64
        case (.list(let left), .list(let right)) where left != right:
            self = .list(left == "ANY" && right == "ANY" ? "ANY" : (left == "ANY" ? right : (right == "ANY" ? left : "ANY")))
        default: if self != other { self = .mixed }
        }
    }

    var encoding: GraphMLKeyPlan.Encoding {
        switch self {
        case .boolean: return .boolean
        case .int32: return .int
        case .int64: return .long
        case .double: return .double
        case .string, .none: return .string
        case .temporal(let type): return .temporal(type)
        case .list(let element): return .list(element)
        case .mixed: return .any
        }
    }
}
