/// The evaluated arguments of one `CALL`, with conversions to what the algorithms take.
///
/// Errors name the argument and point at it in the statement. Procedures take their
/// arguments in one shape — the nodes, then `types`, then an `options` map
/// (`{maxDepth: 3}`) — and ``notify`` tells the user when a call used an older positional
/// form or when no edge types were given and none are declared `SUPPLY FLOW`.
struct ProcedureArguments {
    let procedure: String
    let values: [Value]
    let graph: GraphReader
    /// Where each argument starts in the statement.
    var positions: [SourcePosition?] = []
    /// Hands a notice to the statement's result.
    var notify: (String) -> Void = { _ in }

    func position(_ index: Int) -> SourcePosition? { index < positions.count ? positions[index] : positions.last ?? nil }

    func invalid(_ index: Int, _ expected: String) -> ChainGraphError {
        let given = index < values.count ? "\(values[index].typeName) \(values[index])" : "nothing"
        return ChainGraphError(.argumentError, .invalidArgumentType,
                               "argument \(index + 1) of \(procedure)() must be \(expected), not \(given)", at: position(index))
    }

    func value(_ index: Int) -> Value { index < values.count ? values[index] : .null }

    /// A node argument: a node value, or a name matched against `name` and then `aliases`.
    func node(_ index: Int) throws -> NodeID {
        switch value(index) {
        case .node(let node): return node.id
        case .int(let id): return NodeID(id)
        case .string(let name):
            let matches = graph.nodes(named: name)
            guard let first = matches.first else {
                let near = graph.searchNames(name, limit: 3).map { "'\($0.matched)'" }
                throw ChainGraphError(.entityNotFound, .nodeNotFound, "no node is named '\(name)'"
                                      + (near.isEmpty ? "" : " (did you mean \(near.joined(separator: ", "))?)"),
                                      at: position(index))
            }
            guard matches.count == 1 else {
                throw ChainGraphError(.argumentError, .ambiguousName,
                                      "\(matches.count) nodes are named '\(name)'; pass the node itself (MATCH it first)",
                                      at: position(index))
            }
            return first
        default: throw invalid(index, "a node or a node's name")
        }
    }

    /// The edge types to follow: the argument's, or — when it is null or missing — the
    /// types the schema declares `SUPPLY FLOW`; when there are none, every type (nil), with
    /// a notice saying so.
    func types(_ index: Int) throws -> [String]? {
        switch value(index) {
        case .null:
            let declared = graph.schema.supplyFlowEdgeTypes
            if !declared.isEmpty { return declared }
            notify("\(procedure)() was given no edge types and the schema declares none SUPPLY FLOW, so it followed "
                   + "every edge type; name the types (\(procedure)(…, ['FEEDS'])) or declare them "
                   + "(CREATE EDGE TYPE FEEDS (…) SUPPLY FLOW)")
            return nil
        case .string(let type): return [type]
        case .list(let items):
            return try items.map { item in
                guard case .string(let type) = item else { throw invalid(index, "a list of edge type names") }
                return type
            }
        default: throw invalid(index, "an edge type name or a list of them")
        }
    }

    /// The options map at `index` (null or missing: none), with every key one of `known`.
    func options(_ index: Int, known: [String]) throws -> [String: Value] {
        switch value(index) {
        case .null: return [:]
        case .map(let entries):
            if let unknown = entries.keys.sorted().first(where: { !known.contains($0) }) {
                throw ChainGraphError(.argumentError, .invalidArgumentValue,
                                      "\(procedure)() has no option '\(unknown)'; its options are "
                                      + (known.isEmpty ? "none" : known.map { "'\($0)'" }.joined(separator: ", "))
                                      + NameSuggestion.hint(for: unknown, among: known), at: position(index))
            }
            return entries
        default: throw invalid(index, "a map of options (\(known.isEmpty ? "{}" : "{" + known.map { "\($0): …" }.joined(separator: ", ") + "}"))")
        }
    }

    /// A non-negative integer option, or nil when it is not given.
    func integerOption(_ options: [String: Value], _ key: String, argument index: Int) throws -> Int? {
        switch options[key] {
        case nil, .null?: return nil
        case .int(let number)? where number >= 0: return Int(clamping: number)
        case let other?:
            throw ChainGraphError(.argumentError, .invalidArgumentType,
                                  "option '\(key)' of \(procedure)() must be a non-negative integer, not \(other.typeName) \(other)",
                                  at: position(index))
        }
    }

    /// Tells the user that a call used an older positional form, and its new spelling.
    func deprecated(_ old: String, use new: String) {
        notify("\(procedure)(\(old)) is deprecated and will be removed; write \(procedure)(\(new))")
    }

    func integer(_ index: Int) throws -> Int? {
        switch value(index) {
        case .null: return nil
        case .int(let number) where number >= 0: return Int(clamping: number)
        default: throw invalid(index, "a non-negative integer")
        }
    }

    /// Whether argument `index` is an integer (an older form's positional count).
    func isInteger(_ index: Int) -> Bool {
        if case .int = value(index) { return true }
        return false
    }

    func string(_ index: Int) throws -> String? {
        switch value(index) {
        case .null: return nil
        case .string(let text): return text
        default: throw invalid(index, "a string")
        }
    }

    func reference(_ node: NodeID) -> Value { .node(Node(id: node, labels: [], properties: [:])) }
}
