/// Executor: finds the aggregate calls of a projection (each computed by an
/// ``AggregateAccumulator`` per group).
enum Aggregator {
    /// Every aggregate call in `expressions`, outermost first.
    static func calls(in expressions: [Expression]) -> [Expression] {
        var calls: [Expression] = []
        for expression in expressions {
            expression.walk { candidate in
                switch candidate.kind {
                case .countStar: calls.append(candidate)
                case .function(let name, _, _) where FunctionRegistry.isAggregate(name): calls.append(candidate)
                default: break
                }
            }
        }
        return calls
    }
}
