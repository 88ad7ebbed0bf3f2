/// Planner: one operator of a logical plan. Each becomes one stage of the executor's
/// pipeline, so EXPLAIN (which prints the operators) and PROFILE (which times the stages)
/// name the same things in the same order.
enum LogicalOperator {
    /// MATCH or OPTIONAL MATCH: each pattern walked as its plan says, then the WHERE.
    case match(Match, [PatternPlan])
    /// A MATCH of one chain of fixed-length steps from a node bound before (``ExpandRule``).
    case expand(Match, PatternPlan)
    /// A MATCH of one variable-length step feeding a duplicate-blind projection, as one
    /// breadth-first search per anchor (``ClosureRule``).
    case closure(Match, PatternPlan)
    /// A MATCH and its `RETURN count(DISTINCT end)`, counted from one breadth-first search
    /// per anchor (``ClosureCountRule``); the projection is the RETURN as the planner rewrote it.
    case closureCount(Match, PatternPlan, Projection)
    /// A MATCH and its `RETURN count(*)`, counted layer by layer (``PathCountRule``).
    case pathCount(Match, PatternPlan, column: String)
    case unwind(Expression, variable: String, position: Int)
    /// WITH (`isReturn` false) or RETURN: projection or aggregation, DISTINCT, ORDER BY, SKIP, LIMIT, WHERE.
    case projection(Projection, isReturn: Bool)
    /// CREATE, MERGE, SET, REMOVE, DELETE: holds its input, then writes (an eager stage).
    case update(Clause)
    case call(ProcedureCall)

    /// The operator's name, as EXPLAIN and PROFILE show it.
    var name: String {
        switch self {
        case .match(let match, _): return match.optional ? "OptionalMatch" : "Match"
        case .expand: return "Expand"
        case .closure: return "Closure"
        case .closureCount: return "ClosureCount"
        case .pathCount: return "PathCount"
        case .unwind: return "Unwind"
        case .projection(_, let isReturn): return isReturn ? "Return" : "With"
        case .update(.create): return "Create"
        case .update(.merge): return "Merge"
        case .update(.set): return "SetProperties"
        case .update(.remove): return "Remove"
        case .update(.delete(_, let detach, _)): return detach ? "DetachDelete" : "Delete"
        case .update: return "Update"
        case .call(let call): return "ProcedureCall(\(call.name))"
        }
    }

    /// What the operator does, one line per step, for EXPLAIN.
    func details(_ source: SourceText) -> [String] {
        func text(_ expression: Expression) -> String { source.text(expression.start, expression.end) }
        switch self {
        case .match(let match, let plans):
            return plans.flatMap { PatternText.steps(of: $0) } + (match.predicate.map { ["Filter " + text($0)] } ?? [])
        case .expand(let match, let plan):
            return PatternText.steps(of: plan) + (match.predicate.map { ["Filter " + text($0)] } ?? [])
        case .closure(let match, let plan):
            return [plan.anchor.explained(plan.walked.start),
                    "BreadthFirstClosure " + PatternText.pattern(plan.walked) + " (each end once)"]
                + (match.predicate.map { ["Filter " + text($0)] } ?? [])
        case .closureCount(_, let plan, let projection):
            return [plan.anchor.explained(plan.walked.start),
                    "CountReachedNodes " + PatternText.pattern(plan.walked) + " AS " + projection.items[0].name + " (each end once)"]
                + projection.plannerNotes
        case .pathCount(_, let plan, let column):
            return [plan.anchor.explained(plan.walked.start),
                    "CountWalksByLayer " + PatternText.pattern(plan.walked) + " AS " + column]
        case .unwind(let list, let variable, _):
            return ["\(text(list)) AS \(variable)"]
        case .projection(let projection, _):
            var lines: [String] = []
            let items = (projection.includesExisting ? ["*"] : []) + projection.items.map { item in
                item.alias.map { "\(text(item.expression)) AS \($0)" } ?? item.name
            }
            let aggregating = projection.items.contains { $0.expression.containsAggregate }
            lines.append((aggregating ? "Aggregation " : "Projection ") + items.joined(separator: ", "))
            lines += projection.plannerNotes
            if projection.distinct { lines.append("Distinct") }
            if !projection.orderBy.isEmpty {
                let keys = projection.orderBy.map { text($0.expression) + ($0.ascending ? "" : " DESC") }.joined(separator: ", ")
                lines.append((TopNRule.applies(to: projection) ? "Top " : "Sort ") + keys)
            }
            if let skip = projection.skip { lines.append("Skip " + text(skip)) }
            if let limit = projection.limit { lines.append("Limit " + text(limit)) }
            if let predicate = projection.predicate { lines.append("Filter " + text(predicate)) }
            return lines
        case .update(.create(let patterns, _)):
            return patterns.map { "Create " + PatternText.pattern($0) }
        case .update(.merge(let merge)):
            return ["Merge " + PatternText.pattern(merge.pattern)]
        case .update(.set(let items, _)): return ["\(items.count) item(s)"]
        case .update(.remove(let items, _)): return ["\(items.count) item(s)"]
        case .update(.delete(let expressions, _, _)): return [expressions.map(text).joined(separator: ", ")]
        case .update: return []
        case .call(let call):
            let yields: [String] = call.yields.map { yield in yield.alias.map { "\(yield.name) AS \($0)" } ?? yield.name }
            let arguments = call.arguments.map(text).joined(separator: ", ")
            return ["\(call.name)(\(arguments))" + (yields.isEmpty ? "" : " YIELD " + yields.joined(separator: ", "))]
        }
    }
}

/// Planner: patterns written out for EXPLAIN.
enum PatternText {
    static func node(_ node: NodePattern) -> String {
        "(" + (node.variable ?? "") + node.labels.map { ":" + $0 }.joined() + ")"
    }

    static func relationship(_ relationship: RelationshipPattern) -> String {
        let types = relationship.types.isEmpty ? "" : ":" + relationship.types.joined(separator: "|")
        let length = relationship.length.map { "*\($0.min.map(String.init) ?? "")..\($0.max.map(String.init) ?? "")" } ?? ""
        let left = relationship.direction == .incoming ? "<-" : "-"
        let right = relationship.direction == .outgoing ? "->" : "-"
        return left + "[" + (relationship.variable ?? "") + types + length + "]" + right
    }

    static func pattern(_ pattern: PatternPart) -> String {
        var text = node(pattern.start)
        for (relationship, next) in pattern.steps { text += Self.relationship(relationship) + node(next) }
        return text
    }

    /// The lines of one planned pattern: how its first node is found, then each step.
    static func steps(of plan: PatternPlan) -> [String] {
        let walked = plan.walked
        if walked.shortest != .none {
            return [(walked.shortest == .shortest ? "ShortestPath " : "AllShortestPaths ") + pattern(walked)]
        }
        var lines = [plan.anchor.explained(walked.start)]
        var previous = walked.start
        for (relationship, next) in walked.steps {
            lines.append((relationship.length == nil ? "Expand " : "VarLengthExpand ")
                         + node(previous) + Self.relationship(relationship) + node(next))
            previous = next
        }
        return lines
    }
}
