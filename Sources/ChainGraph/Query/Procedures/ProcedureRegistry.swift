/// The procedures `CALL` knows: their parameters, output fields, and implementation over
/// the algorithms of ``GraphReader``.
///
/// One argument shape: the nodes (`node`, or `from, to`), then `types` (an edge type or a
/// list; null or missing: the schema's `SUPPLY FLOW` types), then an `options` map. The
/// older positional forms (`chains(from, to, maxLength, limit, types)`, `downstream(node,
/// types, maxDepth)`, `cheapestPath(from, to, weight, types)`, `centrality(measure, types)`)
/// still run, with a deprecation notice.
struct ProcedureDefinition: Sendable {
    let name: String
    let parameters: [String]
    let requiredCount: Int
    /// The keys of the options map, when the procedure takes one.
    var optionKeys: [String] = []
    /// The most arguments a call may pass: more than ``parameters`` for an older form.
    var maximumArgumentCount: Int
    let outputs: [String]
    let run: @Sendable (ProcedureArguments) throws -> [[Value]]

    init(name: String, parameters: [String], requiredCount: Int, optionKeys: [String] = [], olderFormArguments: Int = 0,
         outputs: [String], run: @escaping @Sendable (ProcedureArguments) throws -> [[Value]]) {
        maximumArgumentCount = max(parameters.count, olderFormArguments)
        self.name = name
        self.parameters = parameters
        self.requiredCount = requiredCount
        self.optionKeys = optionKeys
        self.outputs = outputs
        self.run = run
    }

    var signature: String {
        let shown = parameters.enumerated().map { entry -> String in
            let text = entry.element == "options" && !optionKeys.isEmpty
                ? "options {" + optionKeys.joined(separator: ", ") + "}" : entry.element
            return entry.offset < requiredCount ? text : "[\(text)]"
        }
        return "\(name)(\(shown.joined(separator: ", "))) YIELD \(outputs.joined(separator: ", "))"
    }
}

enum ProcedureRegistry {
    static func lookup(_ name: String) -> ProcedureDefinition? {
        all.first { $0.name.lowercased() == name.lowercased() }
    }

    static var names: [String] { all.map(\.name) }

    /// `downstream` / `upstream`: `(node, types, {maxDepth})`, or the older `(node, types, maxDepth)`.
    private static func closure(_ arguments: ProcedureArguments) throws -> (NodeID, [String]?, Int?) {
        let maxDepth: Int?
        if arguments.isInteger(2) {
            arguments.deprecated("node, types, maxDepth", use: "node, types, {maxDepth: …}")
            maxDepth = try arguments.integer(2)
        } else {
            maxDepth = try arguments.integerOption(arguments.options(2, known: ["maxDepth"]), "maxDepth", argument: 2)
        }
        return (try arguments.node(0), try arguments.types(1), maxDepth)
    }

    /// A graph-level value as its GraphML `attr.type` says (text that does not parse stays text).
    static func typedValue(_ entry: ImportedGraphData.Entry) -> Value {
        let text = entry.text.trimmingCharacters(in: .whitespacesAndNewlines)
        switch entry.type.lowercased() {
        case "int", "long": return Int64(text).map(Value.int) ?? .string(entry.text)
        case "float", "double": return Double(text).map(Value.double) ?? .string(entry.text)
        case "boolean":
            switch text.lowercased() {
            case "true", "1": return .bool(true)
            case "false", "0": return .bool(false)
            default: return .string(entry.text)
            }
        default: return .string(entry.text)
        }
    }

    static let all: [ProcedureDefinition] = [
        ProcedureDefinition(name: "downstream", parameters: ["node", "types", "options"], requiredCount: 1,
                            optionKeys: ["maxDepth"], outputs: ["node", "depth"]) { arguments in
            let (node, types, maxDepth) = try closure(arguments)
            return try arguments.graph.downstream(of: node, via: types, maxDepth: maxDepth)
                .map { [arguments.reference($0.node), .int(Int64($0.depth))] }
        },
        ProcedureDefinition(name: "upstream", parameters: ["node", "types", "options"], requiredCount: 1,
                            optionKeys: ["maxDepth"], outputs: ["node", "depth"]) { arguments in
            let (node, types, maxDepth) = try closure(arguments)
            return try arguments.graph.upstream(of: node, via: types, maxDepth: maxDepth)
                .map { [arguments.reference($0.node), .int(Int64($0.depth))] }
        },
        ProcedureDefinition(name: "chains", parameters: ["from", "to", "types", "options"], requiredCount: 2,
                            optionKeys: ["maxLength", "limit"], olderFormArguments: 5, outputs: ["path", "length"]) { arguments in
            let types: [String]?, maxLength: Int?, limit: Int?
            if arguments.isInteger(2) || arguments.isInteger(3) || arguments.values.count == 5 {
                arguments.deprecated("from, to, maxLength, limit, types", use: "from, to, types, {maxLength: …, limit: …}")
                (types, maxLength, limit) = (try arguments.types(4), try arguments.integer(2), try arguments.integer(3))
            } else {
                let options = try arguments.options(3, known: ["maxLength", "limit"])
                types = try arguments.types(2)
                maxLength = try arguments.integerOption(options, "maxLength", argument: 3)
                limit = try arguments.integerOption(options, "limit", argument: 3)
            }
            return try arguments.graph.chains(from: arguments.node(0), to: arguments.node(1), via: types,
                                              maxLength: maxLength ?? 10, limit: limit ?? 10_000)
                .map { [.path($0), .int(Int64($0.length))] }
        },
        ProcedureDefinition(name: "chokepoints", parameters: ["from", "to", "types", "options"], requiredCount: 2,
                            outputs: ["node", "position"]) { arguments in
            _ = try arguments.options(3, known: [])
            return try arguments.graph.chokepoints(from: arguments.node(0), to: arguments.node(1), via: arguments.types(2))
                .enumerated().map { [arguments.reference($0.element), .int(Int64($0.offset + 1))] }
        },
        ProcedureDefinition(name: "minCut", parameters: ["from", "to", "types", "options"], requiredCount: 2,
                            outputs: ["node"]) { arguments in
            _ = try arguments.options(3, known: [])
            return try arguments.graph.minimumVertexCut(from: arguments.node(0), to: arguments.node(1), via: arguments.types(2))
                .map { [arguments.reference($0)] }
        },
        ProcedureDefinition(name: "impact", parameters: ["node", "types", "options"], requiredCount: 1,
                            outputs: ["node", "depth"]) { arguments in
            _ = try arguments.options(2, known: [])
            return try arguments.graph.impact(of: arguments.node(0), via: arguments.types(1))
                .map { [arguments.reference($0.node), .int(Int64($0.depth))] }
        },
        ProcedureDefinition(name: "tiers", parameters: ["types", "options"], requiredCount: 0,
                            outputs: ["node", "tier", "inCycle"]) { arguments in
            _ = try arguments.options(1, known: [])
            let assignment = try arguments.graph.tiers(via: arguments.types(0))
            return assignment.tiers.sorted { ($0.value, $0.key) < ($1.value, $1.key) }.map {
                [arguments.reference($0.key), .int(Int64($0.value)), .bool(assignment.nodesInCycles.contains($0.key))]
            }
        },
        ProcedureDefinition(name: "cycles", parameters: ["types", "options"], requiredCount: 0,
                            outputs: ["nodes", "size"]) { arguments in
            _ = try arguments.options(1, known: [])
            return try arguments.graph.cycles(via: arguments.types(0))
                .map { [.list($0.map(arguments.reference)), .int(Int64($0.count))] }
        },
        ProcedureDefinition(name: "cheapestPath", parameters: ["from", "to", "types", "options"], requiredCount: 2,
                            optionKeys: ["weight"], outputs: ["path", "cost"]) { arguments in
            let weight: String, types: [String]?
            if case .map = arguments.value(3) {
                let options = try arguments.options(3, known: ["weight"])
                guard case .string(let name)? = options["weight"] else {
                    throw ChainGraphError(.argumentError, .invalidArgumentValue,
                                          "cheapestPath() needs the weight property in its options: {weight: 'cost'}",
                                          at: arguments.position(3))
                }
                (weight, types) = (name, try arguments.types(2))
            } else {
                guard let name = try arguments.string(2) else {
                    throw ChainGraphError(.argumentError, .invalidArgumentValue,
                                          "cheapestPath() needs the weight property: cheapestPath(from, to, types, {weight: 'cost'})",
                                          at: arguments.position(2))
                }
                arguments.deprecated("from, to, weightProperty, types", use: "from, to, types, {weight: '\(name)'}")
                (weight, types) = (name, try arguments.types(3))
            }
            guard let found = try arguments.graph.cheapestPath(from: arguments.node(0), to: arguments.node(1),
                                                               weight: weight, via: types) else { return [] }
            return [[.path(found.path), .double(found.cost)]]
        },
        ProcedureDefinition(name: "centrality", parameters: ["types", "options"], requiredCount: 0,
                            optionKeys: ["measure"], outputs: ["node", "score"]) { arguments in
            let name: String, types: [String]?, measureArgument: Int
            if case .string(let first) = arguments.value(0), CentralityMeasure(rawValue: first.lowercased()) != nil {
                arguments.deprecated("measure, types", use: "types, {measure: '\(first)'}")
                (name, types, measureArgument) = (first, try arguments.types(1), 0)
            } else {
                let options = try arguments.options(1, known: ["measure"])
                switch options["measure"] {
                case nil, .null?: name = "degree"
                case .string(let text)?: name = text
                case let other?: throw arguments.invalid(1, "{measure: 'degree' | 'betweenness'}, not measure \(other)")
                }
                (types, measureArgument) = (try arguments.types(0), 1)
            }
            guard let measure = CentralityMeasure(rawValue: name.lowercased()) else {
                throw ChainGraphError(.argumentError, .invalidArgumentValue,
                                      "centrality() measures 'degree' or 'betweenness', not '\(name)'",
                                      at: arguments.position(measureArgument))
            }
            return try arguments.graph.centrality(measure, via: types)
                .sorted { ($0.value, $1.key) > ($1.value, $0.key) }
                .map { [arguments.reference($0.key), .double($0.value)] }
        },
        ProcedureDefinition(name: "graphData", parameters: [], requiredCount: 0,
                            outputs: ["source", "graph", "name", "value"]) { arguments in
            arguments.graph.schema.importedGraphs.flatMap { imported in
                imported.entries.map { entry in
                    [.string(imported.source), imported.graphID.map(Value.string) ?? .null, .string(entry.name),
                     ProcedureRegistry.typedValue(entry)]
                }
            }
        },
        ProcedureDefinition(name: "lookup", parameters: ["name"], requiredCount: 1,
                            outputs: ["node", "matched", "score"]) { arguments in
            guard let name = try arguments.string(0) else { throw arguments.invalid(0, "a name") }
            // Names that match whole (any case) come alone; else the ranked search.
            let exact = arguments.graph.lookup(name)
            if !exact.isEmpty { return exact.map { [arguments.reference($0.node), .string($0.matched), .double(1)] } }
            return arguments.graph.searchNames(name).map { [arguments.reference($0.node), .string($0.matched), .double($0.score)] }
        },
    ]
}
