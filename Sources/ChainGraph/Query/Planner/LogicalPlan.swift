/// Planner: a query as the operators that run it — one list per part of a UNION — and the
/// text EXPLAIN prints for it.
struct LogicalPlan {
    /// One part of the query (the whole query when there is no UNION).
    struct Part {
        var operators: [LogicalOperator]
        /// Whether the part ends in rows for the caller (RETURN or a standalone CALL).
        var returnsRows: Bool
    }

    var parts: [Part]
    /// Between part i and i + 1: true for UNION ALL, false for UNION.
    var unionAll: [Bool]

    /// EXPLAIN's lines: each operator's name, its steps indented under it, `ProduceResults`
    /// where rows leave, `Union`/`UnionAll` between parts.
    func explained(_ source: SourceText) -> [String] {
        var lines: [String] = []
        for (index, part) in parts.enumerated() {
            if index > 0 { lines.append(unionAll[index - 1] ? "UnionAll" : "Union") }
            for op in part.operators {
                lines.append(op.name)
                lines += op.details(source).map { "  " + $0 }
            }
            if part.returnsRows { lines.append("ProduceResults") }
        }
        return lines
    }
}
