/// Planner rule: whether a MATCH and the RETURN after it may run as a ``PathCountStage`` —
/// one pattern of one directed variable-length step without relationship or path
/// variables, relationship properties or shortest-path search, no WHERE, and a RETURN of
/// `count(*)` alone (with an alias or not, nothing else).
enum PathCountRule {
    /// The column name, when the rule applies.
    static func column(for match: Match, before following: Clause?) -> String? {
        guard !match.optional, match.predicate == nil, ClosureRule.singleDirectedStep(of: match) != nil else { return nil }
        guard case .return(let projection)? = following, !projection.distinct, !projection.includesExisting,
              projection.items.count == 1, projection.orderBy.isEmpty, projection.skip == nil, projection.limit == nil,
              case .countStar = projection.items[0].expression.kind else { return nil }
        return projection.items[0].name
    }
}
