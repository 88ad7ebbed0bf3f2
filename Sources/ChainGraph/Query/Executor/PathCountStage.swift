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
        let pattern = plan.pattern, walk = try ClosureWalk(plan, row, matcher)
        let (relationship, far, minimum, everyEndMatches) = (walk.relationship, walk.far, walk.minimum, walk.everyEndMatches)
        guard let maximum = walk.maximum else { return try enumerate(pattern, row, matcher) }
        var fallback = false
        var rowTotal: Int64 = 0
        try matcher.forEachCandidate(walk.start, row) { anchor in
            guard !fallback else { return }
            var anchored = row
            if let name = walk.start.variable { anchored[name] = context.nodeReference(anchor) }
            let counted = try countWalks(from: anchor, walk.view, relationship.direction, maximum: maximum) { depth, node, ways in
                guard depth >= minimum else { return }
                try context.checkLimits()
                let matches = depth == 0 ? try matcher.endpointMatches(node, far, anchored)
                    : try everyEndMatches || matcher.endpointMatches(node, far, reachedOver: relationship, anchored)
                if matches { rowTotal = try adding(rowTotal, ways) }
            }
            if !counted { fallback = true }
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

    /// Calls `visit` with each depth 0…maximum, each node reached by walks of that many
    /// steps and the number of such walks; false (and no call) when a cycle lies within
    /// maximum − 1 steps, where walks and trails differ.
    ///
    /// One breadth-first search numbers the nodes within reach (a pooled per-node array holds
    /// each one's number) and copies the edges of those it expands as numbers into a small
    /// local adjacency; the cycle check and the layers then read only that, an array of
    /// counts per layer, instead of the graph's rows and per-node arrays again.
    private func countWalks(from anchor: Int64, _ view: TraversalView, _ direction: Direction, maximum: Int,
                            _ visit: (_ depth: Int, _ node: Int64, _ ways: Int64) throws -> Void) throws -> Bool {
        let lists = view.lists(direction)
        let numbers = NodeDistances(capacity: view.capacity)
        var order: [Int32] = [Int32(anchor)], depths: [Int32] = [0]
        // The numbered neighbours of node number n: targets[starts[n]..<starts[n + 1]].
        var starts: [Int] = [], targets: [Int32] = []
        numbers.withBuffers { stamps, slots, generation in
            // Through pointers: a class-held array would be retained and access-checked on every read.
            stamps[Int(anchor)] = generation
            slots[Int(anchor)] = 0
            var head = 0
            while head < order.count {
                let depth = depths[head]
                starts.append(targets.count)
                if Int(depth) < maximum {
                    view.forEachNeighbor(of: Int(order[head]), in: lists) { neighbor in
                        if stamps[neighbor] != generation {
                            stamps[neighbor] = generation
                            slots[neighbor] = Int32(order.count)
                            order.append(Int32(neighbor))
                            depths.append(depth + 1)
                        }
                        targets.append(slots[neighbor])
                    }
                }
                head += 1
            }
            starts.append(targets.count)
        }
        let inside = depths.map { Int($0) <= maximum - 1 }
        guard isAcyclic(inside, starts, targets) else { return false }
        try visit(0, anchor, 1)
        var current = [Int64](repeating: 0, count: order.count)
        current[0] = 1
        for depth in stride(from: 1, through: maximum, by: 1) {
            try context.checkLimits()
            var next = [Int64](repeating: 0, count: order.count)
            var reachedAny = false
            for (index, ways) in current.enumerated() where ways != 0 {
                for target in targets[starts[index]..<starts[index + 1]] {
                    let (sum, overflowed) = next[Int(target)].addingReportingOverflow(ways)
                    if overflowed { throw overflowError() }
                    next[Int(target)] = sum
                    reachedAny = true
                }
            }
            if !reachedAny { break }
            for (index, ways) in next.enumerated() where ways != 0 { try visit(depth, Int64(order[index]), ways) }
            current = next
        }
        return true
    }

    /// Whether the edges among the numbered nodes marked `inside` (`targets[starts[n]..<starts[n + 1]]`
    /// out of node n) form no cycle (Kahn's algorithm).
    private func isAcyclic(_ inside: [Bool], _ starts: [Int], _ targets: [Int32]) -> Bool {
        var indegree = [Int](repeating: 0, count: inside.count)
        for node in inside.indices where inside[node] {
            for target in targets[starts[node]..<starts[node + 1]] where inside[Int(target)] { indegree[Int(target)] += 1 }
        }
        var ready = inside.indices.filter { inside[$0] && indegree[$0] == 0 }
        var removed = 0
        while let node = ready.popLast() {
            removed += 1
            for target in targets[starts[node]..<starts[node + 1]] where inside[Int(target)] {
                indegree[Int(target)] -= 1
                if indegree[Int(target)] == 0 { ready.append(Int(target)) }
            }
        }
        return removed == inside.count { $0 }
    }

    private func overflowError() -> ChainGraphError {
        context.error(.argumentError, .integerOverflow, "count(*) overflows INT64: there are too many paths to count", at: position)
    }
}
