/// Executor: MATCH and OPTIONAL MATCH as a stage — each input row extended by every
/// match of the patterns that passes the WHERE, passed on as it is found.
final class MatchStage: PatternStage {
    private let seeks: [(String, Expression)]
    /// The WHERE as conjuncts: an `id(v) = x` conjunct whose seek bound v to node x is
    /// known true and not evaluated again per match.
    private let conjuncts: [CompiledExpression]
    /// The variables an OPTIONAL MATCH without a match binds to null (empty otherwise).
    private let variables: [String]
    /// The patterns in walking order, as the plan says.
    private let walkedPatterns: [PatternPart]

    /// The stage for `match`, its patterns walked as `plans` say.
    override init(context: ExecutionContext, match: Match, plans: [PatternPlan]) {
        seeks = MatchStage.idSeeks(in: match.predicate)
        conjuncts = MatchStage.conjuncts(of: match.predicate).map(CompiledExpression.init)
        // Only an OPTIONAL MATCH pads its variables with nulls.
        variables = match.optional ? match.patterns.flatMap(\.variables) : []
        walkedPatterns = plans.map(\.walked)
        super.init(context: context, match: match, plans: plans)
    }

    override func consume(_ row: Bindings, matching matcher: PatternMatcher) throws {
        let evaluator = Evaluator(context)
        var found = false
        matcher.idSeeks = [:]
        for (variable, expression) in seeks {
            if case .int(let id) = try evaluator.evaluate(expression, row) { matcher.idSeeks[variable] = id }
        }
        let seekConjuncts = conjuncts.map { MatchStage.seek(in: $0.expression).flatMap { seek in
            matcher.idSeeks[seek.variable].map { (seek.variable, $0) } } }
        let next = self.next!, conjuncts = self.conjuncts
        try matcher.match(walkedPatterns, oriented: true, from: row) { matched in
            for (conjunct, seek) in zip(conjuncts, seekConjuncts) {
                if let (variable, id) = seek, case .node(let node)? = matched[variable], node.id.rawValue == id { continue }
                if try conjunct.truth(matched, evaluator) != true { return }
            }
            found = true
            try next.consume(matched)
        }
        if match.optional && !found {
            var padded = row
            for name in variables where padded[name] == nil { padded[name] = .null }
            try next.consume(padded)
        }
    }
}

extension MatchStage {
    /// `id(v) = expression` conjuncts of a WHERE whose right side uses no variable: the node
    /// can be looked up by id instead of scanned. The WHERE is still checked afterwards.
    static func idSeeks(in predicate: Expression?) -> [(String, Expression)] {
        conjuncts(of: predicate).compactMap { seek(in: $0) }.map { ($0.variable, $0.value) }
    }

    /// The parts of a WHERE joined by AND, in order.
    static func conjuncts(of predicate: Expression?) -> [Expression] {
        guard let predicate else { return [] }
        if case .binary(.and, let left, let right) = predicate.kind { return conjuncts(of: left) + conjuncts(of: right) }
        return [predicate]
    }

    /// `id(v) = expression` (either way round) with no variable on the other side.
    static func seek(in conjunct: Expression) -> (variable: String, value: Expression)? {
        guard case .comparison(let first, let rest) = conjunct.kind, rest.count == 1, rest[0].0 == .equal else { return nil }
        for (call, other) in [(first, rest[0].1), (rest[0].1, first)] {
            guard case .function(let name, false, let arguments) = call.kind, name.lowercased() == "id",
                  arguments.count == 1, case .variable(let variable) = arguments[0].kind else { continue }
            var constant = true
            other.walk { if case .variable = $0.kind { constant = false } }
            if constant { return (variable, other) }
        }
        return nil
    }
}

/// Executor: UNWIND as a stage — one row per element of the list.
final class UnwindStage: PipelineStage {
    private let context: ExecutionContext
    private let list: Expression
    private let variable: String

    init(context: ExecutionContext, list: Expression, variable: String, position: Int) {
        self.context = context
        self.list = list
        self.variable = variable
        super.init(position: position)
    }

    override func consume(_ row: Bindings) throws {
        try context.running(clauseAt: position) { try unwind(row) }
    }

    private func unwind(_ row: Bindings) throws {
        let evaluator = Evaluator(context)
        if case .function(let name, false, let arguments) = list.kind, name.lowercased() == "range", (2...3).contains(arguments.count) {
            return try unwindRange(try arguments.map { try evaluator.evaluate($0, row) }, row)
        }
        let value = try evaluator.evaluate(list, row)
        let items: [Value]
        switch value {
        case .list(let values): items = values
        case .null: items = []
        default: items = [value]
        }
        for item in items {
            try context.checkLimits()
            var extended = row
            extended[variable] = item
            try next.consume(extended)
        }
    }

    /// `UNWIND range(…)`: the numbers one by one, without building the list (so there is
    /// no limit on its length but time).
    private func unwindRange(_ arguments: [Value], _ row: Bindings) throws {
        let bounds: (start: Int64, end: Int64, step: Int64)
        do {
            bounds = try ScalarFunctions.rangeBounds(arguments)
        } catch var failure as ChainGraphError {
            if failure.position == nil { failure.position = context.source.position(list.start) }
            throw failure
        }
        var extended = row
        for number in stride(from: bounds.start, through: bounds.end, by: Int(bounds.step)) {
            try context.checkLimits()
            extended[variable] = .int(number)
            try next.consume(extended)
        }
    }
}

/// Executor: `CALL name(args) YIELD …` as a stage — runs the procedure once per row.
final class CallStage: PipelineStage {
    private let context: ExecutionContext
    private let call: ProcedureCall
    private let procedure: ProcedureDefinition
    /// The fields yielded and the names they are bound to.
    private let yields: [(String, String?)]
    /// The variables the stage binds, in order.
    let columns: [String]

    init(context: ExecutionContext, call: ProcedureCall) throws {
        guard let procedure = ProcedureRegistry.lookup(call.name) else {
            throw context.error(.semanticError, .procedureNotFound, "there is no procedure named \(call.name)", at: call.position)
        }
        self.context = context
        self.call = call
        self.procedure = procedure
        yields = call.yields.isEmpty ? procedure.outputs.map { ($0, nil as String?) } : call.yields
        columns = yields.map { $0.1 ?? $0.0 }
        super.init(position: call.position)
    }

    override func consume(_ row: Bindings) throws {
        try context.running(clauseAt: position) { try call(row) }
    }

    private func call(_ row: Bindings) throws {
        let evaluator = Evaluator(context)
        let values = try call.arguments.map { try evaluator.evaluate($0, row) }
        let context = self.context
        let arguments = ProcedureArguments(procedure: procedure.name, values: values, graph: context.graph,
                                           positions: call.arguments.map { context.source.position($0.start) },
                                           notify: { context.notify($0) })
        let produced: [[Value]]
        do {
            produced = try procedure.run(arguments)
        } catch var failure as ChainGraphError {
            if failure.position == nil { failure.position = context.source.position(call.position) }
            throw failure
        }
        for output in produced {
            try context.checkLimits()
            var extended = row
            for (name, alias) in yields {
                extended[alias ?? name] = output[procedure.outputs.firstIndex(of: name)!]
            }
            if let predicate = call.predicate, try evaluator.truth(predicate, extended) != true { continue }
            try next.consume(extended)
        }
    }
}
