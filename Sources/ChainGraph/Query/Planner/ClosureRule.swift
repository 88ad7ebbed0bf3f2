/// Planner rule: whether a MATCH may run as a ``ClosureMatchStage`` — one pattern of one
/// directed variable-length step starting at 0 or 1, without relationship or path
/// variables, relationship properties or shortest-path search, followed by a WITH or
/// RETURN whose result does not depend on how many times a row comes (DISTINCT without
/// aggregates, or only aggregates that ignore duplicates).
enum ClosureRule {
    static func applies(to match: Match, before following: Clause?) -> Bool {
        guard let length = singleDirectedStep(of: match), (length.min ?? 1) <= 1 else { return false }
        switch following {
        case .with(let projection)?, .return(let projection)?: return ignoresDuplicates(projection)
        default: return false
        }
    }

    /// The bounds of the one step of `match` when its pattern is a single directed
    /// variable-length step with no relationship or path variable, no relationship
    /// properties and no shortest-path search (the shape both this rule and
    /// ``PathCountRule`` rewrite); nil otherwise.
    static func singleDirectedStep(of match: Match) -> (min: Int?, max: Int?)? {
        guard match.patterns.count == 1 else { return nil }
        let pattern = match.patterns[0]
        guard pattern.pathVariable == nil, pattern.shortest == .none, pattern.steps.count == 1 else { return nil }
        let relationship = pattern.steps[0].relationship
        guard relationship.variable == nil, relationship.properties == nil, relationship.direction != .both else { return nil }
        return relationship.length
    }

    /// Whether the projection's rows are the same however many copies of each input row come.
    static func ignoresDuplicates(_ projection: Projection) -> Bool {
        let calls = Aggregator.calls(in: projection.items.map(\.expression) + projection.orderBy.map(\.expression))
        if calls.isEmpty { return projection.distinct }
        return calls.allSatisfy { call in
            guard case .function(let name, let distinct, _) = call.kind else { return false }
            return distinct || ["min", "max"].contains(name.lowercased())
        }
    }
}
