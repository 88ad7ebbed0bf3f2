/// Planner rule: whether a MATCH may run as an ``ExpandStage`` — one pattern of fixed-length
/// steps walked from a node an earlier clause bound (`WITH DISTINCT x MATCH
/// (x)<-[:PRODUCES]-(e)-[:LOCATED_IN]->(r)`) or found by its primary key (`MATCH (m:Material
/// {id: $id})-[:FEEDS]->(:Material)<-[:PRODUCES]-(e)`), not OPTIONAL, without a path
/// variable, relationship variables or relationship properties, whose other node variables
/// are new and distinct and whose node property maps do not read the pattern's own
/// variables. Such a match needs no trail: each step follows the adjacency rows from the
/// node before.
enum ExpandRule {
    /// Whether the rule applies to `match`, planned as `plans`, after clauses that bound `bound`.
    static func applies(to match: Match, _ plans: [PatternPlan], bound: Set<String>) -> Bool {
        guard !match.optional, plans.count == 1 else { return false }
        switch plans[0].anchor {
        case .bound, .primaryKey: break
        default: return false
        }
        let walked = plans[0].walked
        guard walked.pathVariable == nil, walked.shortest == .none, !walked.steps.isEmpty else { return false }
        var seen = bound
        if case .primaryKey = plans[0].anchor, let name = walked.start.variable, !seen.insert(name).inserted { return false }
        for (relationship, node) in walked.steps {
            guard relationship.length == nil, relationship.variable == nil, relationship.properties == nil else { return false }
            if let name = node.variable, !seen.insert(name).inserted { return false }
        }
        // A node's property map may not read the pattern's own variables (they are bound as the walk goes).
        let own = Set(walked.variables)
        return walked.steps.allSatisfy { $0.node.properties.map { ScanFilter.isIndependent($0, of: own) } ?? true }
    }
}
