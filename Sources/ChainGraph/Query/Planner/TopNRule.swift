/// Planner rule: a projection that sorts and has a LIMIT, without aggregation or DISTINCT,
/// keeps only the first SKIP + LIMIT rows of the order while its input arrives (a Top-N:
/// memory for those rows, not for the input), instead of holding and sorting everything.
enum TopNRule {
    static func applies(to projection: Projection) -> Bool {
        !projection.orderBy.isEmpty && projection.limit != nil && !projection.distinct
            && !projection.items.contains { $0.expression.containsAggregate }
    }
}
