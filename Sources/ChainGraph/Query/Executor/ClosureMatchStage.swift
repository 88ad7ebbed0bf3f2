/// Executor: a MATCH of one variable-length step, `(a)-[:T*0..n]->(b)`, whose rows only
/// feed a projection that ignores duplicates (`DISTINCT`, `count(DISTINCT …)`, `min`,
/// `max`): instead of walking every trail, one breadth-first search from the anchored end
/// yields each node at the far end once — the closure the supply-chain procedures compute.
///
/// The rows differ from a plain MATCH only in how often each (a, b) pair appears: a node
/// is at the end of a trail of 1…n relationships exactly when its breadth-first distance
/// is 1…n (a shortest walk repeats no relationship). The anchor itself is reached again
/// when one of its predecessors lies within n − 1. ``ClosureRule`` says when the stage
/// may stand in for ``MatchStage``.
final class ClosureMatchStage: PatternStage {
    private let conjuncts: [CompiledExpression]
    private let plan: PatternPlan

    /// The stage for `match`, walked as `plan` says.
    init(context: ExecutionContext, match: Match, plan: PatternPlan) {
        conjuncts = MatchStage.conjuncts(of: match.predicate).map(CompiledExpression.init)
        self.plan = plan
        super.init(context: context, match: match, plans: [plan])
    }

    override func consume(_ row: Bindings, matching matcher: PatternMatcher) throws {
        let walk = try ClosureWalk(plan, row, matcher)
        let (relationship, far, minimum, everyEndMatches) = (walk.relationship, walk.far, walk.minimum, walk.everyEndMatches)
        let evaluator = Evaluator(context)
        var found = false
        try matcher.forEachCandidate(walk.start, row) { anchor in
            var anchored = row
            if let name = walk.start.variable { anchored[name] = context.nodeReference(anchor) }
            // One row reused for every end: once the next stage has let go of it, setting
            // the far variable writes in place instead of copying the row.
            var extended = anchored
            var farSlot: Int?
            if let name = far.variable {
                extended[name] = .null
                farSlot = extended.layout.slot(of: name)
            }
            for end in Self.reached(from: anchor, walk.view, relationship.direction, minimum: minimum, maximum: walk.maximum) {
                try context.checkLimits()
                // The anchor itself, at length 0, is not reached over an edge.
                let matches = minimum == 0 && end == anchor ? try matcher.endpointMatches(end, far, anchored)
                    : try everyEndMatches || matcher.endpointMatches(end, far, reachedOver: relationship, anchored)
                guard matches else { continue }
                if let farSlot { extended.setValue(context.nodeReference(end), atSlot: farSlot) }
                guard try conjuncts.allSatisfy({ try $0.truth(extended, evaluator) == true }) else { continue }
                found = true
                try next.consume(extended)
            }
        }
        if match.optional && !found {
            var padded = row
            for name in plan.pattern.variables where padded[name] == nil { padded[name] = .null }
            try next.consume(padded)
        }
    }

    /// The nodes at the end of a trail of `minimum`…`maximum` relationships from `anchor`,
    /// each once, nearest first (the anchor first when `minimum` is 0).
    static func reached(from anchor: Int64, _ view: TraversalView, _ direction: Direction,
                         minimum: Int, maximum: Int?) -> [Int64] {
        let depthLimit = maximum.map { Swift.min($0, Int(Int32.max) - 1) }
        let (distance, order) = view.breadthFirst(from: [anchor], direction, maxDepth: depthLimit)
        var result = order.dropFirst().map { Int64($0) }
        if minimum == 0 {
            result.insert(anchor, at: 0)
        } else if maximum.map({ $0 >= 1 }) ?? true {
            // Back to the anchor: through a predecessor at distance < maximum.
            let opposite: Direction = direction == .outgoing ? .incoming : .outgoing
            var returns = false
            view.forEach(anchor, opposite) { _, predecessor in
                let depth = distance[Int(predecessor)]
                if depth >= 0 && maximum.map({ Int(depth) < $0 }) ?? true { returns = true }
            }
            if returns { result.append(anchor) }
        }
        return result
    }
}
