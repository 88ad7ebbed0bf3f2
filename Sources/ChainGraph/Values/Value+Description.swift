extension Value: CustomStringConvertible {
    /// The value written as a Cypher literal: `'text'`, `1`, `1.0`, `[1, 2]`,
    /// `{name: 'x'}`, `(:Material {name: 'x'})`, `[:FEEDS]`, `<(a)-[:T]->(b)>`.
    ///
    /// Map keys and node/edge properties are written in key order, so the text is
    /// deterministic.
    public var description: String {
        switch self {
        case .null: return "null"
        case .bool(let value): return value ? "true" : "false"
        case .int(let value): return String(value)
        case .double(let value): return Value.formatDouble(value)
        case .string(let value): return Value.quote(value)
        case .date, .localTime, .time, .localDateTime, .dateTime, .duration: return "'\(temporalText!)'"
        case .list(let items): return "[" + items.map(\.description).joined(separator: ", ") + "]"
        case .map(let entries): return Value.formatMap(entries)
        case .node(let node): return Value.formatNode(node)
        case .edge(let edge): return Value.formatEdge(edge)
        case .path(let path): return Value.formatPath(path)
        }
    }

    /// Writes a float so that it always reads back as a float: `1.0`, `0.5`, `NaN`, `1.0e+20`.
    static func formatDouble(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-Infinity" : "Infinity" }
        let text = "\(value)"
        // Scanned as bytes: Foundation's `String.contains(_:)` is far slower, and this runs
        // once per exported double.
        return text.utf8.contains { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "e") } ? text : text + ".0"
    }

    /// Single-quotes a string, escaping quotes, backslashes and control characters.
    static func quote(_ text: String) -> String {
        var result = "'"
        for scalar in text.unicodeScalars {
            switch scalar {
            case "'": result += "\\'"
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "'"
    }

    /// `{key: value, …}` with keys sorted; `first`, when present, leads.
    static func formatMap(_ entries: [String: Value], first: String? = nil) -> String {
        let sorted = entries.sorted { ($0.key == first ? 0 : 1, $0.key) < ($1.key == first ? 0 : 1, $1.key) }
        return "{" + sorted.map { "\($0.key): \($0.value)" }.joined(separator: ", ") + "}"
    }

    /// `(:Label {name: …, …})`: a node's `name` first, as people look for it (and a cut cell keeps it).
    static func formatNode(_ node: Node) -> String {
        let labels = node.labels.map { ":" + $0 }.joined()
        let properties = node.properties.isEmpty ? "" : (labels.isEmpty ? "" : " ") + formatMap(node.properties, first: "name")
        return "(" + labels + properties + ")"
    }

    static func formatEdge(_ edge: Edge) -> String {
        let properties = edge.properties.isEmpty ? "" : " " + formatMap(edge.properties)
        return "[:" + edge.type + properties + "]"
    }

    static func formatPath(_ path: Path) -> String {
        var text = "<" + formatNode(path.nodes[0])
        for (index, edge) in path.edges.enumerated() {
            let forward = edge.from == path.nodes[index].id && edge.to == path.nodes[index + 1].id
            text += forward ? "-" + formatEdge(edge) + "->" : "<-" + formatEdge(edge) + "-"
            text += formatNode(path.nodes[index + 1])
        }
        return text + ">"
    }
}
