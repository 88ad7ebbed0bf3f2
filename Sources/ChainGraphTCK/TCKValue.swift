import ChainGraph
import Foundation

/// Reads the TCK's value notation (`'a'`, `1.0`, `[1, 2]`, `{k: 1}`, `(:L {p: 1})`,
/// `[:T {p: 1}]`, `<(:A)-[:T]->(:B)>`) and writes values in one canonical form, so an
/// expected cell and an actual value compare as strings.
struct TCKValueParser {
    private let scalars: [Unicode.Scalar]
    private var index = 0
    private var nextID: Int64 = 0

    init(_ text: String) { scalars = Array(text.unicodeScalars) }

    static func parse(_ text: String) throws -> Value {
        var parser = TCKValueParser(text)
        let value = try parser.value()
        parser.skipSpace()
        guard parser.index == parser.scalars.count else { throw ParseError(text: text) }
        return value
    }

    struct ParseError: Error { var text: String }

    private mutating func skipSpace() {
        while index < scalars.count, scalars[index] == " " { index += 1 }
    }

    private func peek(_ offset: Int = 0) -> Unicode.Scalar? {
        index + offset < scalars.count ? scalars[index + offset] : nil
    }

    private mutating func expect(_ scalar: Unicode.Scalar) throws {
        skipSpace()
        guard peek() == scalar else { throw ParseError(text: String(String.UnicodeScalarView(scalars))) }
        index += 1
    }

    private mutating func word() -> String {
        var result = ""
        while let scalar = peek(), scalar == "_" || scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
            result.unicodeScalars.append(scalar)
            index += 1
        }
        return result
    }

    private mutating func name() -> String {
        if peek() == "`" {
            index += 1
            var result = ""
            while let scalar = peek(), scalar != "`" {
                result.unicodeScalars.append(scalar)
                index += 1
            }
            index += 1
            return result
        }
        return word()
    }

    mutating func value() throws -> Value {
        skipSpace()
        guard let first = peek() else { throw ParseError(text: "") }
        switch first {
        case "'", "\"": return .string(try string())
        case "[":
            if peek(1) == ":" { return .edge(try relationship()) }
            index += 1
            var items: [Value] = []
            skipSpace()
            if peek() == "]" { index += 1; return .list([]) }
            while true {
                items.append(try value())
                skipSpace()
                if peek() == "," { index += 1; continue }
                try expect("]")
                return .list(items)
            }
        case "{": return .map(try map())
        case "(": return .node(try node())
        case "<": return .path(try path())
        default:
            let start = index
            if first == "-" || first == "+" { index += 1 }
            let text = word() + (peek() == "." ? { () -> String in index += 1; return "." + word() }() : "")
            let signed = String(String.UnicodeScalarView(scalars[start..<index]))
            switch text {
            case "null": return .null
            case "true": return .bool(true)
            case "false": return .bool(false)
            case "NaN": return .double(.nan)
            case "Infinity": return .double(signed.hasPrefix("-") ? -.infinity : .infinity)
            default: break
            }
            if let integer = Int64(signed) { return .int(integer) }
            if let float = Double(signed) { return .double(float) }
            throw ParseError(text: signed)
        }
    }

    private mutating func string() throws -> String {
        let quote = peek()!
        index += 1
        var result = ""
        while let scalar = peek(), scalar != quote {
            if scalar == "\\", let next = peek(1) {
                index += 2
                switch next {
                case "n": result += "\n"
                case "t": result += "\t"
                case "r": result += "\r"
                default: result.unicodeScalars.append(next)
                }
                continue
            }
            result.unicodeScalars.append(scalar)
            index += 1
        }
        index += 1
        return result
    }

    private mutating func map() throws -> [String: Value] {
        try expect("{")
        var entries: [String: Value] = [:]
        skipSpace()
        if peek() == "}" { index += 1; return entries }
        while true {
            skipSpace()
            let key = name()
            try expect(":")
            entries[key] = try value()
            skipSpace()
            if peek() == "," { index += 1; continue }
            try expect("}")
            return entries
        }
    }

    private mutating func node() throws -> Node {
        try expect("(")
        var labels: [String] = []
        skipSpace()
        while peek() == ":" {
            index += 1
            labels.append(name())
            skipSpace()
        }
        let properties = peek() == "{" ? try map() : [:]
        try expect(")")
        defer { nextID += 1 }
        return Node(id: NodeID(nextID), labels: labels, properties: properties)
    }

    private mutating func relationship() throws -> Edge {
        try expect("[")
        try expect(":")
        let type = name()
        skipSpace()
        let properties = peek() == "{" ? try map() : [:]
        try expect("]")
        return Edge(id: EdgeID(0), type: type, from: NodeID(0), to: NodeID(0), properties: properties)
    }

    private mutating func path() throws -> Path {
        try expect("<")
        var nodes = [try node()]
        var edges: [Edge] = []
        while true {
            skipSpace()
            if peek() == ">" { index += 1; return Path(nodes: nodes, edges: edges) }
            let leftArrow = peek() == "<"
            index += leftArrow ? 2 : 1
            var edge = try relationship()
            let rightArrow = peek() == "-" && peek(1) == ">"
            index += rightArrow ? 2 : 1
            let next = try node()
            edge.from = leftArrow ? next.id : nodes.last!.id
            edge.to = leftArrow ? nodes.last!.id : next.id
            nodes.append(next)
            edges.append(edge)
        }
    }
}

enum TCKCanonical {
    /// A canonical text for comparing values: labels sorted, map keys sorted, identities
    /// left out; with `unorderedLists`, list elements sorted too.
    static func text(_ value: Value, unorderedLists: Bool = false) -> String {
        switch value {
        case .list(let items):
            let parts = items.map { text($0, unorderedLists: unorderedLists) }
            return "[" + (unorderedLists ? parts.sorted() : parts).joined(separator: ", ") + "]"
        case .map(let entries):
            return "{" + entries.sorted { $0.key < $1.key }
                .map { "\($0.key): \(text($0.value, unorderedLists: unorderedLists))" }.joined(separator: ", ") + "}"
        case .node(let node):
            return "(" + node.labels.sorted().map { ":" + $0 }.joined() + " " + text(.map(node.properties)) + ")"
        case .edge(let edge):
            return "[:" + edge.type + " " + text(.map(edge.properties)) + "]"
        case .path(let path):
            var result = "<" + text(.node(path.nodes[0]))
            for (index, edge) in path.edges.enumerated() {
                let forward = edge.from == path.nodes[index].id && edge.to == path.nodes[index + 1].id
                result += (forward ? "-" : "<-") + text(.edge(edge)) + (forward ? "->" : "-") + text(.node(path.nodes[index + 1]))
            }
            return result + ">"
        case .double(let float):
            return float.isNaN ? "NaN" : "\(float)"
        default:
            return value.description
        }
    }
}
