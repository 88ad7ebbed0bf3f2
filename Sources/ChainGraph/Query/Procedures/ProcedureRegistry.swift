/// The procedures `CALL` knows: their parameters, output fields, and implementation over
/// the ``GraphSnapshot`` algorithms.
struct ProcedureDefinition: Sendable {
    let name: String
    let parameters: [String]
    let requiredCount: Int
    let outputs: [String]
    let run: @Sendable (ProcedureArguments) throws -> [[Value]]

    var signature: String {
        let shown = parameters.enumerated().map { $0.offset < requiredCount ? $0.element : "[\($0.element)]" }
        return "\(name)(\(shown.joined(separator: ", "))) YIELD \(outputs.joined(separator: ", "))"
    }
}

enum ProcedureRegistry {
    static func lookup(_ name: String) -> ProcedureDefinition? {
        all.first { $0.name.lowercased() == name.lowercased() }
    }

    static var names: [String] { all.map(\.name) }

    static let all: [ProcedureDefinition] = [
        ProcedureDefinition(name: "downstream", parameters: ["node", "types", "maxDepth"], requiredCount: 1,
                            outputs: ["node", "depth"]) { arguments in
            try arguments.graph.downstream(of: arguments.node(0), via: arguments.types(1), maxDepth: arguments.integer(2))
                .map { [arguments.reference($0.node), .int(Int64($0.depth))] }
        },
        ProcedureDefinition(name: "upstream", parameters: ["node", "types", "maxDepth"], requiredCount: 1,
                            outputs: ["node", "depth"]) { arguments in
            try arguments.graph.upstream(of: arguments.node(0), via: arguments.types(1), maxDepth: arguments.integer(2))
                .map { [arguments.reference($0.node), .int(Int64($0.depth))] }
        },
        ProcedureDefinition(name: "chains", parameters: ["from", "to", "maxLength", "limit", "types"], requiredCount: 2,
                            outputs: ["path", "length"]) { arguments in
            try arguments.graph.chains(from: arguments.node(0), to: arguments.node(1), via: arguments.types(4),
                                       maxLength: arguments.integer(2) ?? 10, limit: arguments.integer(3) ?? 10_000)
                .map { [.path($0), .int(Int64($0.length))] }
        },
        ProcedureDefinition(name: "chokepoints", parameters: ["from", "to", "types"], requiredCount: 2,
                            outputs: ["node", "position"]) { arguments in
            try arguments.graph.chokepoints(from: arguments.node(0), to: arguments.node(1), via: arguments.types(2))
                .enumerated().map { [arguments.reference($0.element), .int(Int64($0.offset + 1))] }
        },
        ProcedureDefinition(name: "minCut", parameters: ["from", "to", "types"], requiredCount: 2,
                            outputs: ["node"]) { arguments in
            try arguments.graph.minimumVertexCut(from: arguments.node(0), to: arguments.node(1), via: arguments.types(2))
                .map { [arguments.reference($0)] }
        },
        ProcedureDefinition(name: "impact", parameters: ["node", "types"], requiredCount: 1,
                            outputs: ["node", "depth"]) { arguments in
            try arguments.graph.impact(of: arguments.node(0), via: arguments.types(1))
                .map { [arguments.reference($0.node), .int(Int64($0.depth))] }
        },
        ProcedureDefinition(name: "tiers", parameters: ["types"], requiredCount: 0,
                            outputs: ["node", "tier", "inCycle"]) { arguments in
            let assignment = try arguments.graph.tiers(via: arguments.types(0))
            return assignment.tiers.sorted { ($0.value, $0.key) < ($1.value, $1.key) }.map {
                [arguments.reference($0.key), .int(Int64($0.value)), .bool(assignment.nodesInCycles.contains($0.key))]
            }
        },
        ProcedureDefinition(name: "cycles", parameters: ["types"], requiredCount: 0,
                            outputs: ["nodes", "size"]) { arguments in
            try arguments.graph.cycles(via: arguments.types(0))
                .map { [.list($0.map(arguments.reference)), .int(Int64($0.count))] }
        },
        ProcedureDefinition(name: "cheapestPath", parameters: ["from", "to", "weightProperty", "types"], requiredCount: 3,
                            outputs: ["path", "cost"]) { arguments in
            guard let weight = try arguments.string(2) else { throw arguments.invalid(2, "a property name") }
            guard let found = try arguments.graph.cheapestPath(from: arguments.node(0), to: arguments.node(1),
                                                               weight: weight, via: arguments.types(3)) else { return [] }
            return [[.path(found.path), .double(found.cost)]]
        },
        ProcedureDefinition(name: "centrality", parameters: ["measure", "types"], requiredCount: 0,
                            outputs: ["node", "score"]) { arguments in
            let name = try arguments.string(0) ?? "degree"
            guard let measure = CentralityMeasure(rawValue: name.lowercased()) else {
                throw arguments.invalid(0, "'degree' or 'betweenness'")
            }
            return try arguments.graph.centrality(measure, via: arguments.types(1))
                .sorted { ($0.value, $1.key) > ($1.value, $0.key) }
                .map { [arguments.reference($0.key), .double($0.value)] }
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
