/// Planner rule: whether a MATCH and the RETURN after it may run as a ``ClosureCountStage``
/// — the shape ``ClosureRule`` turns into a breadth-first closure, with no WHERE, not
/// OPTIONAL, and a RETURN of `count(DISTINCT v)` alone, `v` the node at the far end of the
/// walked pattern (``KeyDistinctRule`` has turned `count(DISTINCT v.key)` into that form
/// already when `key` is the primary key).
enum ClosureCountRule {
    /// Whether the rule applies; `projection` is the RETURN as the planner rewrote it.
    static func applies(to match: Match, _ plan: PatternPlan, before projection: Projection) -> Bool {
        guard !match.optional, match.predicate == nil,
              let length = ClosureRule.singleDirectedStep(of: match), (length.min ?? 1) <= 1 else { return false }
        guard !projection.distinct, !projection.includesExisting, projection.items.count == 1,
              projection.orderBy.isEmpty, projection.skip == nil, projection.limit == nil, projection.predicate == nil,
              case .function(let name, true, let arguments) = projection.items[0].expression.kind,
              name.lowercased() == "count", arguments.count == 1,
              case .variable(let counted) = arguments[0].kind,
              let far = plan.walked.steps[0].node.variable, counted == far,
              plan.walked.start.variable != far else { return false }
        return true
    }
}
