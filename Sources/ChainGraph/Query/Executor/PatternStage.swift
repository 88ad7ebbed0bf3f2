/// Executor: what the stages that run a MATCH share — the clause, the property equalities
/// its scans check in place (``ScanFilter``, collected by the planner with each
/// ``PatternPlan``), and one ``PatternMatcher``, made when the
/// first row arrives so that it reads the graph as the clauses before it left it. Errors
/// about limits raised while a row is matched point at the MATCH.
class PatternStage: PipelineStage {
    let context: ExecutionContext
    let match: Match
    private let scanFilters: [String: [ScanFilter]]
    private let rangeFilters: [String: [RangeFilter]]
    private var madeMatcher: PatternMatcher?

    /// The stage of `match`, whose patterns' plans are `plans` (the filters are the MATCH's, in each plan).
    init(context: ExecutionContext, match: Match, plans: [PatternPlan]) {
        self.context = context
        self.match = match
        scanFilters = plans.first?.scanFilters ?? ScanFilter.filters(of: match)
        rangeFilters = plans.first?.rangeFilters ?? RangeFilter.filters(of: match)
        super.init(position: match.position)
    }

    /// Matches one input row (with the MATCH as the running clause).
    override final func consume(_ row: Bindings) throws {
        let matcher = madeMatcher ?? PatternMatcher(context)
        if madeMatcher == nil {
            matcher.scanFilters = scanFilters
            matcher.rangeFilters = rangeFilters
            madeMatcher = matcher
        }
        try context.running(clauseAt: position) { try consume(row, matching: matcher) }
    }

    /// What the stage does with one input row; subclasses override it.
    func consume(_ row: Bindings, matching matcher: PatternMatcher) throws {
        preconditionFailure("\(type(of: self)) must override consume(_:matching:)")
    }
}
