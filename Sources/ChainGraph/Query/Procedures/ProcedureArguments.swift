/// The evaluated arguments of one `CALL`, with conversions to what the algorithms take.
struct ProcedureArguments {
    let procedure: String
    let values: [Value]
    let graph: GraphReader

    func invalid(_ index: Int, _ expected: String) -> ChainGraphError {
        ChainGraphError(.argumentError, .invalidArgumentType,
                        "argument \(index + 1) of \(procedure)() must be \(expected), not \(values[index].typeName) \(values[index])")
    }

    private func value(_ index: Int) -> Value { index < values.count ? values[index] : .null }

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
                                      + (near.isEmpty ? "" : " (did you mean \(near.joined(separator: ", "))?)"))
            }
            guard matches.count == 1 else {
                throw ChainGraphError(.argumentError, .ambiguousName,
                                      "\(matches.count) nodes are named '\(name)'; pass the node itself (MATCH it first)")
            }
            return first
        default: throw invalid(index, "a node or a node's name")
        }
    }

    func types(_ index: Int) throws -> [String]? {
        switch value(index) {
        case .null: return nil
        case .string(let type): return [type]
        case .list(let items):
            return try items.map { item in
                guard case .string(let type) = item else { throw invalid(index, "a list of edge type names") }
                return type
            }
        default: throw invalid(index, "an edge type name or a list of them")
        }
    }

    func integer(_ index: Int) throws -> Int? {
        switch value(index) {
        case .null: return nil
        case .int(let number) where number >= 0: return Int(clamping: number)
        default: throw invalid(index, "a non-negative integer")
        }
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
