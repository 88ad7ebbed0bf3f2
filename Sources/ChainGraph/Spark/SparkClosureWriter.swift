/// Spark: the operators that become iterative steps of the runner rather than one SELECT —
/// a closure (`MATCH (a)-[:T*1..n]->(b)` before DISTINCT or count(DISTINCT …): breadth-first,
/// a frontier join per round, each node once per start), a shortest path's length, and the
/// count of paths (`RETURN count(*)`, by the number of ways per node and round). Each starts
/// from a view of the anchor rows and ends with a SELECT that joins the far node's columns.
struct SparkClosureWriter {
    let translator: SparkTranslator
    private var manifest: LakeManifest { translator.manifest }

    /// A one-node MATCH of `node` on `input`, and the node's binding (a hidden variable
    /// stands for an unnamed node).
    private func anchor(_ node: NodePattern, input: SparkTranslator.View?, position: Int) throws -> (SparkTranslator.View, NodePattern, SparkBinding) {
        var named = node
        if named.variable == nil { named.variable = "#" + translator.fresh("n") }
        let match = Match(optional: false, patterns: [PatternPart(start: named, steps: [], position: position)],
                          predicate: nil, position: position)
        let view = try SparkMatchWriter(translator: translator).write(match, input: input)
        return (view, named, view.bindings.first { $0.0 == named.variable }!.1)
    }

    private static func direction(_ direction: Direction) -> String {
        switch direction {
        case .outgoing: return "out"
        case .incoming: return "in"
        case .both: return "both"
        }
    }

    /// The view of `view`'s rows (and the `extra` columns the step added) with the node whose
    /// id is in column `reached` + `_id` joined as `far`'s variable (or checked against it
    /// when bound), filtered by `far`'s labels and properties and by `predicate`. Closures and
    /// the procedures' yielded nodes end this way.
    func joinFarNode(_ far: NodePattern, reached: String, of view: SparkTranslator.View,
                             extra: [(String, SparkBinding)] = [], predicate: Expression?) throws -> SparkTranslator.View {
        let carried = view.bindings + extra
        var builder = SparkJoinBuilder(translator: translator, scope: SparkScope.references(carried, qualifier: "q", manifest: manifest))
        builder.from.append("\(view.name) q")
        var named = far
        if named.variable == nil { named.variable = "#" + translator.fresh("n") }
        let isNew = !carried.contains { $0.0 == named.variable }
        let node = try builder.node(named)
        builder.conditions.append("\(node.id) = q.\(reached)_id")
        if let predicate { builder.conditions.append(try translator.expressions.translate(predicate, SparkScope(builder.scope)).sql) }
        var outputs = translator.carried(carried, from: "q")
        var bindings = carried
        if isNew {
            let binding = SparkBinding(kind: .node, column: reached)
            outputs += node.columns(as: binding).map { "\($0.sql) AS \($0.name)" }
            bindings.append((named.variable!, binding))
        }
        let name = translator.fresh("v")
        translator.defineView(name, "SELECT " + outputs.joined(separator: ", ") + " FROM " + builder.from.joined(separator: ", ")
                              + " WHERE " + builder.conditions.joined(separator: " AND "))
        return SparkTranslator.View(name: name, bindings: bindings)
    }

    func closure(_ match: Match, _ plan: PatternPlan, input: SparkTranslator.View?) throws -> SparkTranslator.View {
        let walked = plan.walked
        let (relationship, far) = walked.steps[0]
        let (anchorView, _, anchorBinding) = try anchor(walked.start, input: input, position: match.position)
        let reached = translator.fresh("c"), view = translator.fresh("v")
        translator.addIterative("closure", [
            "view": view, "input": anchorView.name, "from": anchorBinding.column + "_id", "to": reached + "_id",
            "types": relationship.types.isEmpty ? nil : relationship.types, "direction": Self.direction(relationship.direction),
            "min": relationship.length?.min ?? 1, "max": relationship.length?.max,
        ])
        return try joinFarNode(far, reached: reached, of: SparkTranslator.View(name: view, bindings: anchorView.bindings),
                               predicate: match.predicate)
    }

    func shortest(_ match: Match, _ plan: PatternPlan, input: SparkTranslator.View?) throws -> SparkTranslator.View {
        let pattern = plan.pattern
        guard match.patterns.count == 1, pattern.shortest == .shortest, pattern.steps.count == 1,
              let length = pattern.steps[0].relationship.length, (length.min ?? 1) <= 1,
              pattern.steps[0].relationship.variable == nil, pattern.steps[0].relationship.properties == nil else {
            throw translator.refusal("shortestPath is translated for one pattern of one variable-length relationship "
                                     + "(no relationship variable or properties, lower bound 0 or 1)", at: pattern.position)
        }
        let relationship = pattern.steps[0].relationship
        let (startView, _, startBinding) = try anchor(pattern.start, input: input, position: match.position)
        let (pairView, _, endBinding) = try anchor(pattern.steps[0].node, input: startView, position: match.position)
        let lengthColumn = translator.fresh("c"), view = translator.fresh("v")
        translator.addIterative("shortest", [
            "view": view, "input": pairView.name, "from": startBinding.column + "_id", "to": endBinding.column + "_id",
            "types": relationship.types.isEmpty ? nil : relationship.types, "direction": Self.direction(relationship.direction),
            "min": length.min ?? 1, "max": length.max, "length": lengthColumn,
        ])
        var bindings = pairView.bindings
        if let path = pattern.pathVariable { bindings.append((path, SparkBinding(kind: .pathLength, column: lengthColumn))) }
        guard let predicate = match.predicate else { return SparkTranslator.View(name: view, bindings: bindings) }
        let scope = SparkScope(SparkScope.references(bindings, qualifier: "q", manifest: manifest))
        let filtered = translator.fresh("v")
        translator.defineView(filtered, "SELECT " + translator.carried(bindings, from: "q").joined(separator: ", ")
                              + " FROM \(view) q WHERE " + (try translator.expressions.translate(predicate, scope).sql))
        return SparkTranslator.View(name: filtered, bindings: bindings)
    }

    /// `MATCH … RETURN count(*)`: the SELECT of its one row.
    func pathCount(_ match: Match, _ plan: PatternPlan, column: String, input: SparkTranslator.View?) throws -> String {
        let walked = plan.walked
        let (relationship, far) = walked.steps[0]
        if let name = far.variable, input?.bindings.contains(where: { $0.0 == name }) == true {
            throw translator.refusal("a path count to a node bound earlier is not translated", at: far.start)
        }
        let (anchorView, _, anchorBinding) = try anchor(walked.start, input: input, position: match.position)
        var ends = SparkJoinBuilder(translator: translator, scope: [:])
        let end = try ends.node(far)
        let endSQL = "SELECT \(end.id) AS __id FROM " + ends.from.joined(separator: ", ")
            + (ends.conditions.isEmpty ? "" : " WHERE " + ends.conditions.joined(separator: " AND "))
        // Where the paths can cross a cycle the runner counts them by enumeration instead.
        var fallback: String?
        if let enumerated = try? SparkMatchWriter(translator: translator).write(match, input: input) {
            fallback = "SELECT count(*) AS count FROM \(enumerated.name)"
        }
        let view = translator.fresh("v")
        translator.addIterative("pathcount", [
            "view": view, "input": anchorView.name, "from": anchorBinding.column + "_id",
            "types": relationship.types.isEmpty ? nil : relationship.types, "direction": Self.direction(relationship.direction),
            "min": relationship.length?.min ?? 1, "max": relationship.length?.max, "column": "count",
            "end": endSQL, "fallback": fallback,
        ])
        return "SELECT count AS \(SparkSQLText.identifier(column)) FROM \(view)"
    }
}
