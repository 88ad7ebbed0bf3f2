import Foundation

/// Spark: the supply-chain procedures as distributed jobs of the runner, with the embedded
/// procedures' signatures and yields — `downstream` and `upstream` (breadth-first, each
/// round a frontier join), `impact` (the downstream nodes no raw material reaches once the
/// node is gone), `tiers` (the longest distance from a raw material, by peeling).
struct SparkProcedureWriter {
    static let procedures = ["downstream", "upstream", "impact", "tiers"]

    let translator: SparkTranslator
    private var manifest: LakeManifest { translator.manifest }

    func call(_ call: ProcedureCall, input: SparkTranslator.View?) throws -> SparkTranslator.View {
        let name = call.name.lowercased()
        guard Self.procedures.contains(name), let definition = ProcedureRegistry.lookup(name) else {
            throw translator.refusal("procedure \(call.name) does not run on Spark (\(Self.procedures.joined(separator: ", ")) do)",
                                     at: call.position)
        }
        let carried = input?.bindings ?? []
        let scope = SparkScope(SparkScope.references(carried, qualifier: "p", manifest: manifest))
        let takesNode = name != "tiers"
        let typesIndex = takesNode ? 1 : 0
        var options: [String: Any?] = [:]
        if call.arguments.count > typesIndex + 1 {
            options = try self.options(call.arguments[typesIndex + 1], known: name == "impact" || name == "tiers" ? [] : ["maxDepth"])
        }
        let types = try typeList(call.arguments.count > typesIndex ? call.arguments[typesIndex] : nil)
        let inputName = translator.fresh("v")
        var columns = translator.carried(carried, from: "p")
        if takesNode {
            guard let argument = call.arguments.first else { throw translator.refusal("\(name) needs a node", at: call.position) }
            let node = try translator.expressions.operand(argument, scope)
            guard node.type == .node || node.type == .integer else {
                throw translator.refusal("pass the node itself (MATCH it first) or its id", at: argument.start)
            }
            columns.append("\(node.sql) AS arg")
        }
        translator.defineView(inputName, "SELECT " + (columns.isEmpty ? "1 AS one" : columns.joined(separator: ", "))
                              + (input.map { " FROM \($0.name) p" } ?? ""))
        let yields = call.yields.isEmpty ? definition.outputs.map { ($0, nil as String?) } : call.yields.map { ($0.name, $0.alias) }
        var outputColumns: [String: String] = [:]
        for output in definition.outputs { outputColumns[output] = translator.fresh("c") }
        let view = translator.fresh("v")
        var names = outputColumns
        names["node"] = outputColumns["node"]! + "_id"
        var fields: [String: Any?] = ["view": view, "input": inputName, "name": name, "types": types, "columns": names]
        if takesNode { fields["from"] = "arg" }
        fields.merge(options) { $1 }
        translator.addIterative("procedure", fields)
        var extra: [(String, SparkBinding)] = []
        for (output, alias) in yields where output != "node" {
            let type: SparkType = output == "inCycle" ? .boolean : .integer
            extra.append((alias ?? output, SparkBinding(kind: .value(type), column: outputColumns[output]!)))
        }
        let nodeVariable = yields.first { $0.0 == "node" }.map { $0.1 ?? "node" }
        let node = NodePattern(variable: nodeVariable, labels: [], properties: nil, start: call.position)
        return try SparkClosureWriter(translator: translator).joinFarNode(node, reached: outputColumns["node"]!,
                                                                           of: SparkTranslator.View(name: view, bindings: carried),
                                                                           extra: extra, predicate: call.predicate)
    }

    /// The `types` argument: a type, a list of types, or null (the lake's flow types, or all).
    private func typeList(_ argument: Expression?) throws -> [String]? {
        let value = try argument.map(translator.constant) ?? .null
        switch value {
        case .null: return manifest.flowTypes.isEmpty ? nil : manifest.flowTypes
        case .string(let type): return [type]
        case .list(let items):
            let names = items.compactMap { item -> String? in if case .string(let text) = item { return text } else { return nil } }
            if names.count == items.count { return names }
        default: break
        }
        throw translator.refusal("types are an edge type, a list of them, or null", at: argument?.start ?? 0)
    }

    /// The options map (`{maxDepth: 3}`); the older positional forms are refused.
    private func options(_ argument: Expression, known: [String]) throws -> [String: Any?] {
        guard case .map(let entries) = argument.kind else {
            throw translator.refusal("options are a map such as {maxDepth: 3} (the older positional form does not run on Spark)", at: argument.start)
        }
        var result: [String: Any?] = [:]
        for entry in entries {
            guard known.contains(entry.key) else { throw translator.refusal("unknown option '\(entry.key)'", at: entry.value.start) }
            result[entry.key] = try translator.constantInteger(entry.value)
        }
        return result
    }
}
