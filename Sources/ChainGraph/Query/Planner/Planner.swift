/// Planner: turns a bound query into the ``LogicalPlan`` the executor runs and EXPLAIN
/// prints. Rules pick special operators (``ClosureRule``, ``ClosureCountRule``,
/// ``PathCountRule``, ``ExpandRule``) and rewrite
/// what is equivalent and cheaper (``KeyDistinctRule``); each pattern
/// of a MATCH is planned from the end that is cheaper to find (``AnchorAccess``), given the
/// variables earlier clauses bind and the graph's primary keys and property indexes.
struct Planner {
    let graph: GraphReader

    func plan(_ query: Query) -> LogicalPlan {
        LogicalPlan(parts: query.parts.map(plan), unionAll: query.unionAll)
    }

    private func plan(_ query: SingleQuery) -> LogicalPlan.Part {
        var operators: [LogicalOperator] = []
        var bound = Set<String>()
        var returnsRows = false
        // Node variables of a keyed strict type, for ``KeyDistinctRule`` (read-only queries).
        let isReadOnly = query.clauses.allSatisfy { clause in
            switch clause {
            case .create, .merge, .set, .remove, .delete: false
            default: true
            }
        }
        var nodeTypes: [String: String] = [:]
        clauses: for (index, clause) in query.clauses.enumerated() {
            let following = index + 1 < query.clauses.count ? query.clauses[index + 1] : nil
            switch clause {
            case .match(let match):
                let plans = patternPlans(match, bound: bound)
                let boundBefore = bound
                if isReadOnly && graph.schema.isStrict {
                    // An OPTIONAL MATCH does not narrow a variable bound before it: `(v:L)` there keeps every v.
                    let types = KeyDistinctRule.nodeTypes(of: match, schema: graph.schema)
                        .filter { !match.optional || !bound.contains($0.key) }
                    nodeTypes.merge(types) { first, _ in first }
                }
                bound.formUnion(match.patterns.flatMap(\.variables))
                if case .return(let projection)? = following {
                    let rewritten = KeyDistinctRule.rewrite(projection, types: nodeTypes, schema: graph.schema)
                    if ClosureCountRule.applies(to: match, plans[0], before: rewritten) {
                        // The MATCH and its RETURN count(DISTINCT end) in one operator, as for PathCount.
                        operators.append(.closureCount(match, plans[0], rewritten))
                        returnsRows = true
                        break clauses
                    }
                }
                if let column = PathCountRule.column(for: match, before: following) {
                    // The MATCH and its RETURN count(*) in one operator: the RETURN is the last clause.
                    operators.append(.pathCount(match, plans[0], column: column))
                    returnsRows = true
                    break clauses
                }
                if ClosureRule.applies(to: match, before: following) {
                    operators.append(.closure(match, plans[0]))
                } else if ExpandRule.applies(to: match, plans, bound: boundBefore) {
                    operators.append(.expand(match, plans[0]))
                } else {
                    operators.append(.match(match, plans))
                }
            case .unwind(let list, let variable, let position):
                operators.append(.unwind(list, variable: variable, position: position))
                bound.insert(variable)
                nodeTypes[variable] = nil
            case .with(var projection), .return(var projection):
                var isReturn = false
                if case .return = clause { isReturn = true }
                projection = KeyDistinctRule.rewrite(projection, types: nodeTypes, schema: graph.schema)
                nodeTypes = KeyDistinctRule.types(after: projection, nodeTypes)
                operators.append(.projection(projection, isReturn: isReturn))
                bound = (projection.includesExisting ? bound : []).union(projection.items.map(\.name))
            case .create(let patterns, _):
                operators.append(.update(clause))
                bound.formUnion(patterns.flatMap(\.variables))
            case .merge(let merge):
                operators.append(.update(clause))
                bound.formUnion(merge.pattern.variables)
            case .set, .remove, .delete: operators.append(.update(clause))
            case .call(let call):
                operators.append(.call(call))
                bound.formUnion(call.yields.map { $0.alias ?? $0.name })
                for name in call.yields.map({ $0.alias ?? $0.name }) { nodeTypes[name] = nil }
            }
        }
        switch query.clauses.last {
        case .return?, .call?: returnsRows = true
        default: break
        }
        return LogicalPlan.Part(operators: operators, returnsRows: returnsRows)
    }

    /// Each pattern of `match` with the end it is walked from; the patterns before it bind
    /// their variables for the ones after.
    private func patternPlans(_ match: Match, bound: Set<String>) -> [PatternPlan] {
        let scanFilters = ScanFilter.filters(of: match), rangeFilters = RangeFilter.filters(of: match)
        let idSeekVariables = Set(MatchStage.idSeeks(in: match.predicate).map(\.0))
        var known = bound
        return match.patterns.map { pattern in
            defer { known.formUnion(pattern.variables) }
            func anchor(_ node: NodePattern) -> AnchorAccess {
                AnchorAccess.choose(for: node, graph: graph, isBound: { known.contains($0) },
                                    isSoughtByID: { idSeekVariables.contains($0) }, scanFilters: scanFilters, rangeFilters: rangeFilters)
            }
            let first = anchor(pattern.start)
            func plan(reversed: Bool, _ anchor: AnchorAccess) -> PatternPlan {
                PatternPlan(pattern: pattern, isReversed: reversed, anchor: anchor, scanFilters: scanFilters, rangeFilters: rangeFilters)
            }
            guard !pattern.steps.isEmpty, pattern.shortest == .none else { return plan(reversed: false, first) }
            let last = anchor(pattern.nodes.last!)
            return last.rank > first.rank ? plan(reversed: true, last) : plan(reversed: false, first)
        }
    }
}
