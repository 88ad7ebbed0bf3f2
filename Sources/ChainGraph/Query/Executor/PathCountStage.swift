/// Executor: `MATCH (a)-[:T*m..n]->(b) RETURN count(*)` — the number of trails, counted
/// without walking them one by one: layer by layer, the number of ways to reach each node
/// in k steps is the sum over its predecessors (parallel relationships each count).
///
/// Walks and trails are the same count when no walk of up to n steps can use a
/// relationship twice, which needs a cycle among the nodes within n − 1 steps of the
/// anchor; the stage checks that there is none and otherwise walks every trail, as
/// ``MatchStage`` would. It stands for the MATCH and the RETURN together
/// (``PathCountRule``), and produces its one row when its input ends.
final class PathCountStage: PatternStage {
    private let column: String
    private let plan: PatternPlan
    private var total: Int64 = 0

    /// The stage for `match` and its `RETURN count(*) AS column`, walked as `plan` says.
    init(context: ExecutionContext, match: Match, plan: PatternPlan, column: String) {
        self.column = column
        self.plan = plan
        super.init(context: context, match: match, plans: [plan])
    }

    override func consume(_ row: Bindings, matching matcher: PatternMatcher) throws {
        let pattern = plan.pattern, oriented = plan.walked
        let (relationship, far) = oriented.steps[0]
        let minimum = relationship.length?.min ?? 1
        guard let maximum = relationship.length?.max else { return try enumerate(pattern, row, matcher) }
        let view = try TraversalView(matcher.graph, types: relationship.types)
        var fallback = false
        var rowTotal: Int64 = 0
        try matcher.forEachCandidate(oriented.start, row) { anchor in
            guard !fallback else { return }
            var anchored = row
            if let name = oriented.start.variable { anchored[name] = context.nodeReference(anchor) }
            guard let layers = try walkCounts(from: anchor, view, relationship.direction, maximum: maximum) else {
                fallback = true
                return
            }
            for (depth, layer) in layers.enumerated() where depth >= minimum {
                for (node, ways) in layer {
                    try context.checkLimits()
                    let matches = depth == 0 ? try matcher.endpointMatches(node, far, anchored)
                        : try matcher.endpointMatches(node, far, reachedOver: relationship, anchored)
                    guard matches else { continue }
                    rowTotal = try adding(rowTotal, ways)
                }
            }
        }
        if fallback { return try enumerate(pattern, row, matcher) }
        total = try adding(total, rowTotal)
    }

    private func adding(_ left: Int64, _ right: Int64) throws -> Int64 {
        let (sum, overflow) = left.addingReportingOverflow(right)
        if overflow { throw overflowError() }
        return sum
    }

    override func finish() throws {
        try next.consume([column: .int(total)])
        try next.finish()
    }

    /// Counts every trail of the input row by walking it (when the counting does not apply).
    private func enumerate(_ pattern: PatternPart, _ row: Bindings, _ matcher: PatternMatcher) throws {
        var count: Int64 = 0
        try matcher.match([pattern], from: row) { _ in count += 1 }
        total = try adding(total, count)
    }

    /// For each depth 0…maximum, the nodes reached by walks of that many steps with the
    /// number of such walks; nil when a cycle lies within maximum − 1 steps.
    private func walkCounts(from anchor: Int64, _ view: TraversalView, _ direction: Direction,
                            maximum: Int) throws -> [[Int64: Int64]]? {
        let (distance, order) = view.breadthFirst(from: [anchor], direction, maxDepth: max(0, maximum - 1))
        guard isAcyclic(order.map(Int64.init), view, direction, within: distance) else { return nil }
        var layers: [[Int64: Int64]] = [[anchor: 1]]
        for _ in 0..<maximum {
            var next: [Int64: Int64] = [:]
            for (node, ways) in layers[layers.count - 1] {
                try context.checkLimits()
                var failure = false
                view.forEach(node, direction) { _, neighbor in
                    let (sum, overflow) = next[neighbor, default: 0].addingReportingOverflow(ways)
                    if overflow { failure = true }
                    next[neighbor] = sum
                }
                if failure { throw overflowError() }
            }
            if next.isEmpty { break }
            layers.append(next)
        }
        return layers
    }

    /// Whether the relationships among `nodes` (all reached, by `distance`) form no cycle
    /// (Kahn's algorithm).
    private func isAcyclic(_ nodes: [Int64], _ view: TraversalView, _ direction: Direction,
                           within distance: NodeDistances) -> Bool {
        var indegree: [Int64: Int] = [:]
        for node in nodes {
            view.forEach(node, direction) { _, neighbor in
                if distance[Int(neighbor)] >= 0 { indegree[neighbor, default: 0] += 1 }
            }
        }
        var ready = nodes.filter { indegree[$0, default: 0] == 0 }
        var removed = 0
        while let node = ready.popLast() {
            removed += 1
            view.forEach(node, direction) { _, neighbor in
                guard distance[Int(neighbor)] >= 0 else { return }
                indegree[neighbor]! -= 1
                if indegree[neighbor] == 0 { ready.append(neighbor) }
            }
        }
        return removed == nodes.count
    }

    private func overflowError() -> ChainGraphError {
        context.error(.argumentError, .integerOverflow, "count(*) overflows INT64: there are too many paths to count", at: position)
    }
}
