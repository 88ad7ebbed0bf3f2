/// Executor: the one variable-length step that ``ClosureMatchStage``, ``ClosureCountStage``
/// and ``PathCountStage`` walk — its node of departure, the step, the node at its far end,
/// its bounds and the edges it may follow — read out of the plan for each input row.
struct ClosureWalk {
    /// The node the walk leaves from (the plan's anchor).
    let start: NodePattern
    let relationship: RelationshipPattern
    /// The node at the far end of the step.
    let far: NodePattern
    /// The fewest relationships (1 when the pattern does not say).
    let minimum: Int
    /// The most relationships; nil for no bound.
    let maximum: Int?
    /// The graph restricted to the step's edge types.
    let view: TraversalView
    /// Whether every node reached over an edge matches `far` for this row
    /// (``PatternMatcher/everyEndMatches(_:over:from:_:)``): decided once per row, not per end.
    let everyEndMatches: Bool

    /// - Throws: in strict mode, for an edge type the schema does not declare.
    init(_ plan: PatternPlan, _ row: Bindings, _ matcher: PatternMatcher) throws {
        let oriented = plan.walked
        start = oriented.start
        (relationship, far) = oriented.steps[0]
        minimum = relationship.length?.min ?? 1
        maximum = relationship.length?.max
        view = try TraversalView(matcher.graph, types: relationship.types)
        everyEndMatches = matcher.everyEndMatches(far, over: relationship, from: start, row)
    }
}
