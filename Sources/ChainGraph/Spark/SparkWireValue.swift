/// Spark: a value as the runner writes it on the wire — plain JSON for integers, strings,
/// booleans, null and lists; `{"d": "1.5"}` for a double (so that 1.0 stays a double);
/// `{"m": {…}}` for a map or struct. A struct with `id` and `labels` is a node, one with
/// `id`, `type`, `src` and `dst` a relationship (``SparkTranslator`` writes them so).
enum SparkWireValue: Decodable {
    case null, bool(Bool), int(Int64), double(String), string(String)
    case list([SparkWireValue]), map([String: SparkWireValue])

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null; return }
        if let flag = try? container.decode(Bool.self) { self = .bool(flag); return }
        if let number = try? container.decode(Int64.self) { self = .int(number); return }
        if let text = try? container.decode(String.self) { self = .string(text); return }
        if let items = try? container.decode([SparkWireValue].self) { self = .list(items); return }
        let object = try container.decode([String: SparkWireValue].self)
        if case .string(let text)? = object["d"], object.count == 1 { self = .double(text); return }
        if case .map(let entries)? = object["m"], object.count == 1 { self = .map(entries); return }
        self = .map(object)
    }

    /// The ChainGraph value.
    var value: Value {
        switch self {
        case .null: return .null
        case .bool(let flag): return .bool(flag)
        case .int(let number): return .int(number)
        case .double(let text):
            switch text {
            case "NaN": return .double(.nan)
            case "Infinity": return .double(.infinity)
            case "-Infinity": return .double(-.infinity)
            default: return .double(Double(text) ?? .nan)
            }
        case .string(let text): return .string(text)
        case .list(let items): return .list(items.map(\.value))
        case .map(let entries): return Self.element(entries) ?? .map(entries.mapValues(\.value))
        }
    }

    /// A node or relationship struct as the graph value, nil for another map.
    private static func element(_ entries: [String: SparkWireValue]) -> Value? {
        guard case .int(let id)? = entries["id"] else { return nil }
        var properties: [String: Value] = [:]
        if case .map(let stored)? = entries["properties"] {
            for (key, value) in stored where !value.value.isNull { properties[key] = value.value }
        }
        if case .list(let labels)? = entries["labels"] {
            let names = labels.compactMap { label -> String? in if case .string(let text) = label { return text } else { return nil } }
            return .node(Node(id: NodeID(id), labels: names, properties: properties))
        }
        if case .string(let type)? = entries["type"], case .int(let source)? = entries["src"], case .int(let target)? = entries["dst"] {
            return .edge(Edge(id: EdgeID(id), type: type, from: NodeID(source), to: NodeID(target), properties: properties))
        }
        return nil
    }
}

/// Spark: one line the runner writes after its marker.
struct SparkRunnerMessage: Decodable {
    struct Ready: Decodable {
        var spark: String
        var master: String
    }

    struct Done: Decodable {
        var rows: Int
        var seconds: Double
    }

    var ready: Ready?
    var columns: [String]?
    var row: [SparkWireValue]?
    var done: Done?
    var error: String?
}
