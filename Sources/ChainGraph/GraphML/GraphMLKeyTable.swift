import Foundation

/// Import: the `<key>` declarations of a GraphML file and how their values read.
struct GraphMLKeyTable {
    /// One declared key. A class: every `<data>` refers to one, and copying a struct of six
    /// strings per value was a measurable part of import.
    final class Key {
        var id: String
        /// `node`, `edge`, `graph`, `all`, … (`all` when the file leaves it out).
        var domain: String
        /// `attr.name`, or the id when the file has none.
        var name: String
        /// `attr.type` as written; nil when missing (read as string).
        var type: String?
        /// The exact ChainGraph type from a `chaingraph:` `<desc>`, if any.
        var exactType: String?
        var defaultText: String?
        /// yFiles' `yfiles.type` (`nodegraphics`, `edgegraphics`, `resources`, …).
        var yFilesType: String?
        var position: SourcePosition
        /// How values read, decided from `type` and `exactType` when the key is added.
        fileprivate(set) var reading = Reading.string
        /// The property-key symbol its values are stored under, once ``GraphMLPropertyPlan``
        /// has interned it; -1 before.
        var propertySymbol: Int32 = -1

        init(id: String, domain: String, name: String, type: String?, yFilesType: String?, position: SourcePosition) {
            self.id = id
            self.domain = domain
            self.name = name
            self.type = type
            self.yFilesType = yFilesType
            self.position = position
        }

        /// Whether the key holds yFiles graphics rather than data.
        var isGraphics: Bool { yFilesType != nil }

        /// Whether it is the `provenance` key ChainGraph derives on export, which import skips.
        var isDerivedProvenance: Bool {
            name == GraphMLVocabulary.provenanceListAttribute
                && (id == GraphMLVocabulary.nodeProvenanceListKey || id == GraphMLVocabulary.edgeProvenanceListKey)
        }

        /// Whether its values are integers or reals.
        var isNumeric: Bool { reading == .integer || reading == .real }
    }

    /// How the text of a key's values becomes a value.
    enum Reading: Equatable {
        case string, boolean, integer, real, json
        /// ISO 8601 text of a temporal type (`DATE`, `DATETIME`, `DURATION`, …).
        case temporal(PropertyType)

        init(type: String?, exactType: String?) {
            if let exactType, let temporal = PropertyType(parsing: exactType), temporal.isTemporal {
                self = .temporal(temporal)
            } else if let exactType, exactType.hasPrefix("LIST<") || exactType == "ANY" {
                self = .json
            } else {
                switch type?.lowercased() {
                case "boolean": self = .boolean
                case "int", "long": self = .integer
                case "float", "double": self = .real
                default: self = .string
                }
            }
        }
    }

    private var byDomain: [String: [String: Key]] = [:]
    /// Per domain, the keys with a `<default>` (filled on first use after a change).
    private var defaultsByDomain: [String: [Key]] = [:]

    /// Adds a key; returns false when one with the same id and domain existed (and is replaced).
    mutating func add(_ key: Key) -> Bool {
        key.reading = Reading(type: key.type, exactType: key.exactType)
        let existed = byDomain[key.domain]?[key.id] != nil
        byDomain[key.domain, default: [:]][key.id] = key
        defaultsByDomain = [:]
        return !existed
    }

    /// The keys of `domain` (or `all`) that have a default value and hold data.
    mutating func keysWithDefaults(for domain: String) -> [Key] {
        if let cached = defaultsByDomain[domain] { return cached }
        let keys = keys(for: domain).filter { $0.defaultText != nil && !$0.isGraphics }.sorted { $0.id < $1.id }
        defaultsByDomain[domain] = keys
        return keys
    }

    /// The key `id` as seen from an element of `domain`.
    func key(_ id: String, for domain: String) -> Key? {
        byDomain[domain]?[id] ?? byDomain["all"]?[id]
    }

    /// The keys that apply to `domain`, with their own domain's keys winning over `all`.
    func keys(for domain: String) -> [Key] {
        var merged = byDomain["all"] ?? [:]
        for (id, key) in byDomain[domain] ?? [:] { merged[id] = key }
        return Array(merged.values)
    }

    /// The id of the first key of `domain` named one of `names` (in that order of preference).
    func keyID(named names: [String], for domain: String) -> String? {
        let candidates = keys(for: domain)
        for name in names {
            if let key = candidates.first(where: { $0.name == name && !$0.isGraphics }) { return key.id }
        }
        return nil
    }

    /// The value of a numeric key's text when it is a plain decimal (`42`, `-12.375`, up to
    /// 15 significant digits for reals), read from its bytes; nil for any other text, which
    /// ``value(_:of:at:)`` then reads (and gives the same value for these).
    static func plainNumber(_ bytes: UnsafeBufferPointer<UInt8>, of key: Key) -> Value? {
        let trimmed = TextValueConverter.trimmed(bytes)
        switch key.reading {
        case .integer: return TextValueConverter.integer(trimmed).map(Value.int)
        case .real: return TextValueConverter.plainDecimal(trimmed).map(Value.double)
        default: return nil
        }
    }

    /// Reads the text of a `<data>` element as the key's type says.
    ///
    /// - Throws: `SyntaxError (InvalidValue)` when the text is not a value of the type.
    static func value(_ text: String, of key: Key?, at position: @autoclosure () -> SourcePosition) throws -> Value? {
        func invalid(_ expected: String) -> ChainGraphError {
            ChainGraphError(.syntaxError, .invalidValue,
                            "'\(text.prefix(80))' is not \(expected) (key '\(key?.id ?? "?")')", at: position())
        }
        let reading = key?.reading ?? .string
        if reading == .string { return .string(text) }
        if reading == .json {
            do { return try Value(jsonText: text) } catch { throw invalid("JSON text") }
        }
        let trimmed = GraphMLVocabulary.trimmed(text)
        switch reading {
        case .temporal(let type):
            guard let value = try? type.parseTemporal(trimmed) else { throw invalid("a value of type \(type)") }
            return value
        case .boolean:
            if trimmed.isEmpty { return nil }
            switch trimmed.lowercased() {
            case "true", "1": return .bool(true)
            case "false", "0": return .bool(false)
            default: throw invalid("a boolean")
            }
        case .integer:
            if trimmed.isEmpty { return nil }
            if let number = Int64(trimmed.hasPrefix("+") ? String(trimmed.dropFirst()) : trimmed) { return .int(number) }
            if let number = Double(trimmed), let exact = Int64(exactly: number) { return .int(exact) }
            throw invalid("an integer")
        case .real:
            if trimmed.isEmpty { return nil }
            if let number = Double(trimmed), number.isFinite { return .double(number) }
            switch trimmed.uppercased() {
            case "INF", "+INF", "INFINITY": return .double(.infinity)
            case "-INF", "-INFINITY": return .double(-.infinity)
            case "NAN": return .double(.nan)
            default:
                guard let number = Double(trimmed) else { throw invalid("a number") }
                return .double(number)
            }
        default:
            return .string(text)
        }
    }
}
