/// Executor: a MATCH of one chain of fixed-length steps from a node the input row binds
/// (``ExpandRule``), walked depth first over the adjacency rows into one reused row: no
/// anchor search, no trail, and each step's edge types and node check looked up once per
/// stage rather than per row.
///
/// Relationship uniqueness holds as in ``MatchStage``: a step does not walk an edge an
/// earlier step of the same match walked.
final class ExpandStage: PatternStage {
    private let plan: PatternPlan
    private let conjuncts: [CompiledExpression]
    /// Per step: the edge-type symbols it walks (nil when no edge has its types) and what it
    /// checks of the node it reaches; made with the first row's matcher.
    private var prepared: [(types: [Int32?]?, check: StepNodeCheck)]?
    /// One buffer of (edge, neighbour) pairs per step, reused for every row.
    private var buffers: [[(edge: Int64, neighbor: Int64)]] = []

    /// The stage for `match`, walked as `plan` says.
    init(context: ExecutionContext, match: Match, plan: PatternPlan) {
        conjuncts = MatchStage.conjuncts(of: match.predicate).map(CompiledExpression.init)
        self.plan = plan
        super.init(context: context, match: match, plans: [plan])
    }

    override func consume(_ row: Bindings, matching matcher: PatternMatcher) throws {
        let walked = plan.walked
        let steps = walked.steps
        let prepared = self.prepared ?? steps.map { (matcher.typeSymbols($0.relationship), matcher.nodeCheck($0.node, over: $0.relationship)) }
        self.prepared = prepared
        if buffers.count < steps.count { buffers = Array(repeating: [], count: steps.count) }
        let evaluator = Evaluator(context)
        let graph = matcher.graph
        var extended = row
        var walkedEdges = [Int64](repeating: -1, count: steps.count)

        func walk(_ depth: Int, from current: Int64) throws {
            guard depth < steps.count else {
                for conjunct in conjuncts where try conjunct.truth(extended, evaluator) != true { return }
                return try next.consume(extended)
            }
            let (relationship, node) = steps[depth]
            guard let types = prepared[depth].types else { return }
            if case .never = prepared[depth].check { return }
            var pairs = buffers[depth]
            buffers[depth] = []
            defer { buffers[depth] = pairs }
            pairs.removeAll(keepingCapacity: true)
            for type in types {
                graph.forEachEdge(of: current, type: type, direction: relationship.direction) { edge, neighbor in
                    pairs.append((edge, neighbor))
                    return true
                }
            }
            for (edge, neighbor) in pairs {
                try context.checkLimits()
                if walkedEdges[..<depth].contains(edge) { continue }
                switch prepared[depth].check {
                case .none, .never: break
                case .label(let symbol):
                    guard graph.nodeHasLabel(neighbor, symbol) else { continue }
                case .general:
                    guard try matcher.nodeMatches(neighbor, node, extended) else { continue }
                }
                walkedEdges[depth] = edge
                if let name = node.variable { extended[name] = context.nodeReference(neighbor) }
                try walk(depth + 1, from: neighbor)
            }
        }

        try matcher.forEachCandidate(walked.start, row) { start in try walk(0, from: start) }
    }
}
