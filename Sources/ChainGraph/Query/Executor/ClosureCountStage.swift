/// Executor: `MATCH (a {…})-[:T*0..n]->(b) RETURN count(DISTINCT b)` — the number of
/// distinct nodes at the far end, counted from the breadth-first closure without making a
/// row per node (``ClosureCountRule``). It stands for the MATCH and the RETURN together and
/// produces its one row when its input ends.
///
/// The ends of one anchor are distinct already (``ClosureMatchStage/reached(from:_:_:minimum:maximum:)``
/// gives each node once); ends are remembered only when a second anchor comes, by the
/// pattern or by another input row, to count a node reached from both once.
final class ClosureCountStage: PatternStage {
    private let column: String
    private let plan: PatternPlan
    private var count: Int64 = 0
    /// The counted ends of the first anchor, until a second anchor needs them.
    private var firstEnds: [Int64] = []
    private var anchors = 0
    /// Every end counted, once there has been more than one anchor.
    private var seen: Set<Int64> = []

    /// The stage for `match` and its `RETURN count(DISTINCT far) AS column`, walked as `plan` says.
    init(context: ExecutionContext, match: Match, plan: PatternPlan, column: String) {
        self.column = column
        self.plan = plan
        super.init(context: context, match: match, plans: [plan])
    }

    override func consume(_ row: Bindings, matching matcher: PatternMatcher) throws {
        let walk = try ClosureWalk(plan, row, matcher)
        let (relationship, far, minimum, everyEndMatches) = (walk.relationship, walk.far, walk.minimum, walk.everyEndMatches)
        try matcher.forEachCandidate(walk.start, row) { anchor in
            try context.checkLimits()
            var anchored = row
            if let name = walk.start.variable { anchored[name] = context.nodeReference(anchor) }
            var ends = ClosureMatchStage.reached(from: anchor, walk.view, relationship.direction, minimum: minimum, maximum: walk.maximum)
            if !everyEndMatches || minimum == 0 {
                var kept: [Int64] = []
                kept.reserveCapacity(ends.count)
                for (index, end) in ends.enumerated() {
                    try context.checkLimits()
                    // The anchor itself, at length 0, is not reached over an edge.
                    let matches: Bool
                    if minimum == 0 && index == 0 {
                        matches = try matcher.endpointMatches(end, far, anchored)
                    } else {
                        matches = try everyEndMatches || matcher.endpointMatches(end, far, reachedOver: relationship, anchored)
                    }
                    if matches { kept.append(end) }
                }
                ends = kept
            }
            try add(ends)
        }
    }

    /// Counts the ends of one anchor that no earlier anchor reached.
    private func add(_ ends: [Int64]) throws {
        anchors += 1
        if anchors == 1 {
            count = Int64(ends.count)
            firstEnds = ends
            return
        }
        if anchors == 2 {
            seen = Set(firstEnds)
            firstEnds = []
        }
        for end in ends where seen.insert(end).inserted {
            count += 1
            try context.checkLimits()
        }
        try context.checkRowCount(seen.count)
    }

    override func finish() throws {
        try next.consume([column: .int(count)])
        try next.finish()
    }
}
