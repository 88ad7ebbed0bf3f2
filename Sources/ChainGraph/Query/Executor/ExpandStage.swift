/// Executor: a MATCH of one chain of fixed-length steps from a node the input row binds or
/// a primary key finds (``ExpandRule``), walked depth first over the adjacency rows into one
/// reused row: no trail, and each step's edge types and node check looked up once per
/// stage rather than per row.
///
/// Relationship uniqueness holds as in ``MatchStage``: a step does not walk an edge an
/// earlier step of the same match walked.
final class ExpandStage: PatternStage {
    /// What one step needs while walking, read out of the pattern once.
    private struct Step {
        /// The edge-type symbols it walks; nil when no edge has its types.
        var types: [Int32?]?
        var direction: Direction
        /// What it checks of the node it reaches.
        var check: StepNodeCheck
        /// The node pattern (read only for a ``StepNodeCheck/general`` check).
        var node: NodePattern
        /// Whether the node is bound to a variable: its slot in the extended row is then in ``slots``.
        var bindsVariable: Bool
    }

    private let plan: PatternPlan
    private let conjuncts: [CompiledExpression]
    /// The steps, made with the first row's matcher.
    private var steps: [Step]?
    /// One buffer of (edge, neighbour) pairs per step, reused for every row.
    private var buffers: [[(edge: Int64, neighbor: Int64)]] = []
    /// The edge each step walked, for relationship uniqueness.
    private var walkedEdges: [Int64] = []
    /// The slot of each step's variable in rows extended from input rows of `slotsLayout`.
    private var slots: [Int] = []
    /// The slot of the start variable when the walk binds it (a primary-key anchor), else −1.
    private var startSlot = -1
    /// Held, not just identified: a freed layout's address may come back as another's.
    private var slotsLayout: Bindings.Layout?
    /// The layout of rows extended from rows of `slotsLayout`.
    private var extendedLayout: Bindings.Layout?

    /// The stage for `match`, walked as `plan` says.
    init(context: ExecutionContext, match: Match, plan: PatternPlan) {
        conjuncts = MatchStage.conjuncts(of: match.predicate).map(CompiledExpression.init)
        self.plan = plan
        super.init(context: context, match: match, plans: [plan])
    }

    override func consume(_ row: Bindings, matching matcher: PatternMatcher) throws {
        let steps = self.steps ?? plan.walked.steps.map { relationship, node in
            Step(types: matcher.typeSymbols(relationship), direction: relationship.direction,
                 check: matcher.nodeCheck(node, over: relationship), node: node, bindsVariable: node.variable != nil)
        }
        if self.steps == nil {
            self.steps = steps
            buffers = Array(repeating: [], count: steps.count)
            walkedEdges = Array(repeating: -1, count: steps.count)
        }
        // The row every match extends, its new variables in place: the extended layout and
        // the slots are found once per input layout (rows from one stage share theirs), and
        // each row is extended with one array of values.
        if slotsLayout !== row.layout {
            slotsLayout = row.layout
            var extended = row
            let start = plan.walked.start.variable.flatMap { row[$0] == nil ? $0 : nil }
            let names = (start.map { [$0] } ?? []) + plan.walked.steps.compactMap(\.node.variable)
            for name in names { extended[name] = .null }
            var named = names.makeIterator()
            startSlot = start.map { _ in extended.layout.slot(of: named.next()!)! } ?? -1
            slots = steps.map { step in step.bindsVariable ? extended.layout.slot(of: named.next()!)! : -1 }
            extendedLayout = extended.layout
        }
        var values = row.values
        values.reserveCapacity(extendedLayout!.names.count)
        while values.count < extendedLayout!.names.count { values.append(.null) }
        var extended = Bindings(layout: extendedLayout!, values: values)
        let startSlot = self.startSlot
        let evaluator = Evaluator(context)
        let slots = self.slots

        func walk(_ depth: Int, from current: Int64) throws {
            guard depth < steps.count else {
                for conjunct in conjuncts where try conjunct.truth(extended, evaluator) != true { return }
                return try next.consume(extended)
            }
            let step = steps[depth]
            guard let types = step.types else { return }
            if case .never = step.check { return }
            var pairs = buffers[depth]
            buffers[depth] = []
            defer { buffers[depth] = pairs }
            matcher.steps(from: current, types: types, direction: step.direction, into: &pairs)
            for (edge, neighbor) in pairs {
                try context.checkLimits()
                if walkedEdges[..<depth].contains(edge) { continue }
                guard try matcher.passes(step.check, neighbor, step.node, extended) else { continue }
                walkedEdges[depth] = edge
                if step.bindsVariable { extended.setValue(context.nodeReference(neighbor), atSlot: slots[depth]) }
                try walk(depth + 1, from: neighbor)
            }
        }

        try matcher.forEachCandidate(plan.walked.start, row) { start in
            if startSlot >= 0 { extended.setValue(context.nodeReference(start), atSlot: startSlot) }
            try walk(0, from: start)
        }
    }
}
