/// Planner: describes a query as the operators of each clause, in order, for EXPLAIN.
/// The executor does not run this plan: it interprets the AST clause by clause (the
/// compiled engine of issue 19 will run the plan EXPLAIN shows).
struct Planner {
    let source: SourceText

    /// One operator of the plan, with its argument as text.
    struct Step: Sendable {
        var name: String
        var detail: String
        var depth: Int
    }

    func plan(_ query: Query) -> [Step] {
        var steps: [Step] = []
        for (index, part) in query.parts.enumerated() {
            if index > 0 { steps.append(Step(name: query.unionAll[index - 1] ? "UnionAll" : "Union", detail: "", depth: 0)) }
            for clause in part.clauses { steps += plan(clause) }
        }
        return steps
    }

    private func text(_ expression: Expression) -> String { source.text(expression.start, expression.end) }

    private func plan(_ clause: Clause) -> [Step] {
        switch clause {
        case .match(let match):
            var steps: [Step] = []
            for pattern in match.patterns { steps += plan(pattern, depth: match.optional ? 1 : 0) }
            if let predicate = match.predicate { steps.append(Step(name: "Filter", detail: text(predicate), depth: match.optional ? 1 : 0)) }
            if match.optional { steps.insert(Step(name: "Optional", detail: "", depth: 0), at: 0) }
            return steps
        case .unwind(let list, let variable, _):
            return [Step(name: "Unwind", detail: "\(text(list)) AS \(variable)", depth: 0)]
        case .with(let projection), .return(let projection):
            var steps: [Step] = []
            let items = (projection.includesExisting ? ["*"] : []) + projection.items.map { item in
                item.alias.map { "\(text(item.expression)) AS \($0)" } ?? item.name
            }
            let aggregating = projection.items.contains { $0.expression.containsAggregate }
            steps.append(Step(name: aggregating ? "Aggregation" : "Projection", detail: items.joined(separator: ", "), depth: 0))
            if projection.distinct { steps.append(Step(name: "Distinct", detail: "", depth: 0)) }
            if !projection.orderBy.isEmpty {
                steps.append(Step(name: "Sort", detail: projection.orderBy.map { text($0.expression) + ($0.ascending ? "" : " DESC") }
                    .joined(separator: ", "), depth: 0))
            }
            if let skip = projection.skip { steps.append(Step(name: "Skip", detail: text(skip), depth: 0)) }
            if let limit = projection.limit { steps.append(Step(name: "Limit", detail: text(limit), depth: 0)) }
            if let predicate = projection.predicate { steps.append(Step(name: "Filter", detail: text(predicate), depth: 0)) }
            if case .return = clause { steps.append(Step(name: "ProduceResults", detail: "", depth: 0)) }
            return steps
        case .create(let patterns, _):
            return [Step(name: "Create", detail: "\(patterns.count) pattern(s)", depth: 0)]
        case .merge(let merge):
            return [Step(name: "Merge", detail: "", depth: 0)] + plan(merge.pattern, depth: 1)
        case .set(let items, _): return [Step(name: "SetProperties", detail: "\(items.count) item(s)", depth: 0)]
        case .remove(let items, _): return [Step(name: "Remove", detail: "\(items.count) item(s)", depth: 0)]
        case .delete(let expressions, let detach, _):
            return [Step(name: detach ? "DetachDelete" : "Delete", detail: expressions.map(text).joined(separator: ", "), depth: 0)]
        case .call(let call): return [Step(name: "ProcedureCall", detail: call.name, depth: 0)]
        }
    }

    private func plan(_ pattern: PatternPart, depth: Int) -> [Step] {
        func describe(_ node: NodePattern) -> String {
            "(" + (node.variable ?? "") + node.labels.map { ":" + $0 }.joined() + ")"
        }
        var steps: [Step] = []
        let start = pattern.start
        if pattern.shortest != .none {
            return [Step(name: pattern.shortest == .shortest ? "ShortestPath" : "AllShortestPaths",
                         detail: describe(start) + "…" + describe(pattern.steps[0].node), depth: depth)]
        }
        let scan = start.labels.isEmpty ? "AllNodesScan" : "NodeByLabelScan"
        steps.append(Step(name: "\(scan) or bound node", detail: describe(start), depth: depth))
        var previous = start
        for (relationship, node) in pattern.steps {
            let types = relationship.types.isEmpty ? "" : ":" + relationship.types.joined(separator: "|")
            let length = relationship.length.map { "*\($0.min.map(String.init) ?? "")..\($0.max.map(String.init) ?? "")" } ?? ""
            let arrowLeft = relationship.direction == .incoming ? "<-" : "-"
            let arrowRight = relationship.direction == .outgoing ? "->" : "-"
            steps.append(Step(name: relationship.length == nil ? "Expand" : "VarLengthExpand",
                              detail: describe(previous) + arrowLeft + "[" + (relationship.variable ?? "") + types + length + "]"
                                + arrowRight + describe(node), depth: depth))
            previous = node
        }
        return steps
    }
}
