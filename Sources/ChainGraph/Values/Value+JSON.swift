/// Values as JSON text: for list properties in GraphML and CSV files, and for the
/// `json`/`jsonl` output formats of the command line.
///
/// JSON has one number type, so integers are written without a fraction and floats
/// always with one (`1` vs `1.0`); values JSON cannot hold are written as one-key
/// objects: `{"$date": "2024-05-01"}` and `{"$double": "NaN"}` (also `"Infinity"`,
/// `"-Infinity"`). Nodes, edges and paths become objects with `id`, `labels`/`type`,
/// `properties` (and `start`/`end`, `nodes`/`relationships`). Object keys are sorted, so
/// the text is deterministic.
extension Value {
    /// The value as compact JSON text.
    public var jsonText: String {
        var output = ""
        writeJSON(to: &output)
        return output
    }

    func writeJSON(to output: inout String) {
        switch self {
        case .null: output += "null"
        case .bool(let value): output += value ? "true" : "false"
        case .int(let value): output += String(value)
        case .double(let value):
            if value.isFinite {
                output += Value.formatDouble(value)
            } else {
                output += "{\"$double\":\"" + Value.formatDouble(value) + "\"}"
            }
        case .string(let value): Value.writeJSONString(value, to: &output)
        case .date, .localTime, .time, .localDateTime, .dateTime, .duration:
            output += "{\"$" + typeName.lowercased() + "\":\"" + temporalText! + "\"}"
        case .list(let items):
            output += "["
            for (index, item) in items.enumerated() {
                if index > 0 { output += "," }
                item.writeJSON(to: &output)
            }
            output += "]"
        case .map(let entries): Value.writeJSONObject(entries.sorted { $0.key < $1.key }, to: &output)
        case .node(let node):
            Value.writeJSONObject([("id", .int(node.id.rawValue)), ("labels", .list(node.labels.map(Value.string))),
                                   ("properties", .map(node.properties))], to: &output)
        case .edge(let edge):
            Value.writeJSONObject([("id", .int(edge.id.rawValue)), ("type", .string(edge.type)),
                                   ("start", .int(edge.from.rawValue)), ("end", .int(edge.to.rawValue)),
                                   ("properties", .map(edge.properties))], to: &output)
        case .path(let path):
            Value.writeJSONObject([("nodes", .list(path.nodes.map(Value.node))),
                                   ("relationships", .list(path.edges.map(Value.edge)))], to: &output)
        }
    }

    private static func writeJSONObject(_ entries: [(String, Value)], to output: inout String) {
        output += "{"
        for (index, (key, value)) in entries.enumerated() {
            if index > 0 { output += "," }
            writeJSONString(key, to: &output)
            output += ":"
            value.writeJSON(to: &output)
        }
        output += "}"
    }

    /// Writes a JSON string literal, escaping quotes, backslashes and control characters.
    static func writeJSONString(_ text: String, to output: inout String) {
        output += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF:
                let hex = String(scalar.value, radix: 16)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: output.unicodeScalars.append(scalar)
            }
        }
        output += "\""
    }

    /// Reads JSON text written by ``jsonText`` (or any JSON of scalars and arrays).
    ///
    /// Numbers without a fraction or exponent read as integers, others as floats;
    /// objects read as maps, except the `$date` and `$double` forms.
    /// - Throws: `SyntaxError (InvalidJSON)` with the byte offset of the problem.
    public init(jsonText: String) throws {
        var parser = JSONValueParser(bytes: Array(jsonText.utf8))
        self = try parser.parseDocument()
    }
}

/// A small recursive-descent JSON reader producing ``Value``s.
struct JSONValueParser {
    let bytes: [UInt8]
    var index = 0
    var depth = 0

    init(bytes: [UInt8]) { self.bytes = bytes }

    mutating func parseDocument() throws -> Value {
        let value = try parseValue()
        skipSpace()
        if index != bytes.count { throw failure("unexpected text after the value") }
        return value
    }

    private func failure(_ message: String) -> ChainGraphError {
        ChainGraphError(.syntaxError, .invalidJSON, "invalid JSON at byte \(index): \(message)")
    }

    private mutating func skipSpace() {
        while index < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[index]) { index += 1 }
    }

    private mutating func expect(_ literal: String) throws {
        let expected = Array(literal.utf8)
        guard bytes.count - index >= expected.count, Array(bytes[index..<index + expected.count]) == expected else {
            throw failure("expected \(literal)")
        }
        index += expected.count
    }

    private mutating func parseValue() throws -> Value {
        skipSpace()
        guard index < bytes.count else { throw failure("unexpected end") }
        switch bytes[index] {
        case UInt8(ascii: "n"): try expect("null"); return .null
        case UInt8(ascii: "t"): try expect("true"); return .bool(true)
        case UInt8(ascii: "f"): try expect("false"); return .bool(false)
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "["): return try nested { try $0.parseArray() }
        case UInt8(ascii: "{"): return try nested { try $0.parseObject() }
        default: return try parseNumber()
        }
    }

    private mutating func nested(_ body: (inout JSONValueParser) throws -> Value) throws -> Value {
        depth += 1
        defer { depth -= 1 }
        if depth > 64 { throw failure("nesting deeper than 64 levels") }
        return try body(&self)
    }

    private mutating func parseArray() throws -> Value {
        index += 1
        var items: [Value] = []
        skipSpace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") { index += 1; return .list(items) }
        while true {
            items.append(try parseValue())
            skipSpace()
            guard index < bytes.count else { throw failure("unterminated array") }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            if bytes[index] == UInt8(ascii: "]") { index += 1; return .list(items) }
            throw failure("expected , or ]")
        }
    }

    private mutating func parseObject() throws -> Value {
        index += 1
        var entries: [String: Value] = [:]
        skipSpace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") { index += 1; return .map(entries) }
        while true {
            skipSpace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw failure("expected a key") }
            let key = try parseString()
            skipSpace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw failure("expected :") }
            index += 1
            entries[key] = try parseValue()
            skipSpace()
            guard index < bytes.count else { throw failure("unterminated object") }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            if bytes[index] == UInt8(ascii: "}") { index += 1; break }
            throw failure("expected , or }")
        }
        if entries.count == 1, let (key, value) = entries.first, key.hasPrefix("$"), case .string(let text) = value,
           Value.temporalTypeNames.contains(key.dropFirst().uppercased()) {
            guard let temporal = try? Value.temporal(typeName: key.dropFirst().uppercased(), text: text) else {
                throw failure("invalid \(key.dropFirst()) '\(text)'")
            }
            return temporal
        }
        if entries.count == 1, case .string(let text)? = entries["$double"] {
            switch text {
            case "NaN": return .double(.nan)
            case "Infinity": return .double(.infinity)
            case "-Infinity": return .double(-.infinity)
            default: throw failure("invalid float '\(text)'")
            }
        }
        return .map(entries)
    }

    private mutating func parseString() throws -> String {
        index += 1
        var scalars = String.UnicodeScalarView()
        var run: [UInt8] = []
        func flush() {
            if !run.isEmpty { scalars.append(contentsOf: String(decoding: run, as: UTF8.self).unicodeScalars); run.removeAll() }
        }
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            switch byte {
            case UInt8(ascii: "\""):
                flush()
                return String(scalars)
            case UInt8(ascii: "\\"):
                flush()
                guard index < bytes.count else { throw failure("unterminated escape") }
                let escape = bytes[index]
                index += 1
                switch escape {
                case UInt8(ascii: "n"): scalars.append("\n")
                case UInt8(ascii: "r"): scalars.append("\r")
                case UInt8(ascii: "t"): scalars.append("\t")
                case UInt8(ascii: "b"): scalars.append("\u{8}")
                case UInt8(ascii: "f"): scalars.append("\u{C}")
                case UInt8(ascii: "u"): scalars.append(try parseUnicodeEscape())
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): scalars.append(Unicode.Scalar(escape))
                default: throw failure("invalid escape")
                }
            default: run.append(byte)
            }
        }
        throw failure("unterminated string")
    }

    private mutating func parseHex4() throws -> UInt32 {
        guard bytes.count - index >= 4, let value = UInt32(String(decoding: bytes[index..<index + 4], as: UTF8.self), radix: 16)
        else { throw failure("invalid \\u escape") }
        index += 4
        return value
    }

    private mutating func parseUnicodeEscape() throws -> Unicode.Scalar {
        let high = try parseHex4()
        if (0xD800..<0xDC00).contains(high) {
            try expect("\\u")
            let low = try parseHex4()
            guard (0xDC00..<0xE000).contains(low),
                  let scalar = Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
            else { throw failure("invalid surrogate pair") }
            return scalar
        }
        guard let scalar = Unicode.Scalar(high) else { throw failure("invalid \\u escape") }
        return scalar
    }

    private mutating func parseNumber() throws -> Value {
        let start = index
        var isFloat = false
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
                isFloat = true
            } else if !(byte >= 0x30 && byte <= 0x39) && byte != UInt8(ascii: "-") && byte != UInt8(ascii: "+") {
                break
            }
            index += 1
        }
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        if !isFloat, let value = Int64(text) { return .int(value) }
        if !text.isEmpty, let value = Double(text), value.isFinite { return .double(value) }
        index = start
        throw failure("invalid value")
    }
}
