/// Executor: runs a query as push pipelines of stages, one per part of a UNION, and
/// hands each result row on as soon as it is produced. Reading clauses stream; clauses
/// that write hold their input (``EagerStage``), so that every write of a clause happens
/// before the clause after it reads.
final class QueryExecutor {
    /// Rows and own time of one operator, for PROFILE.
    struct OperatorProfile {
        var name: String
        var rows: Int
        var time: Duration
    }

    let context: ExecutionContext
    private let profiling: Bool
    private var profilers: [[(name: String, before: ProfilingStage)]] = []

    init(context: ExecutionContext, profiling: Bool = false) {
        self.context = context
        self.profiling = profiling
    }

    /// Runs `plan`: `start` gets the column names before any row, `receive` each row's
    /// values in column order.
    func run(_ plan: LogicalPlan, start: ([String]) throws -> Void, receive: @escaping ([Value]) throws -> Void) throws {
        var columns: [String] = []
        var seen = Set<[EquivalenceKey]>()
        let distinct = plan.unionAll.contains(false)
        let context = self.context
        var heads: [PipelineStage] = []
        for part in plan.parts {
            let partColumns = try build(part, into: { row in
                let values = columns.map { context.materialize(row[$0] ?? .null) }
                if distinct {
                    guard seen.insert(values.map { EquivalenceKey(value: $0) }).inserted else { return }
                }
                try receive(values)
            }, heads: &heads)
            columns = partColumns
        }
        try start(columns)
        for head in heads { try Pipeline.run(from: head) }
    }

    /// Rows and own time per operator of the last run, in order.
    var profile: [OperatorProfile] {
        profilers.flatMap { stages in
            stages.indices.dropLast().map { index in
                let before = stages[index].before, after = stages[index + 1].before
                return OperatorProfile(name: stages[index].name, rows: after.rows, time: before.time - after.time)
            }
        }
    }

    /// Builds the stages of one part, one per operator; returns its columns (empty when it
    /// returns nothing).
    private func build(_ part: LogicalPlan.Part, into receive: @escaping (Bindings) throws -> Void,
                       heads: inout [PipelineStage]) throws -> [String] {
        var stages: [(name: String, stage: PipelineStage)] = []
        var variables: [String] = []
        var columns: [String] = []
        let updates = UpdateExecutor(context: context)
        func declare(_ names: [String]) {
            for name in names where !variables.contains(name) { variables.append(name) }
        }
        func eager(_ position: Int, _ batch: @escaping ([Bindings]) throws -> [Bindings]) -> PipelineStage {
            EagerStage(context: context, position: position, batch: batch)
        }
        for op in part.operators {
            let stage: PipelineStage
            switch op {
            case .match(let match, let plans):
                stage = MatchStage(context: context, match: match, plans: plans)
                declare(match.patterns.flatMap(\.variables))
            case .expand(let match, let plan):
                stage = ExpandStage(context: context, match: match, plan: plan)
                declare(match.patterns.flatMap(\.variables))
            case .closure(let match, let plan):
                stage = ClosureMatchStage(context: context, match: match, plan: plan)
                declare(match.patterns.flatMap(\.variables))
            case .closureCount(let match, let plan, let projection):
                let column = projection.items[0].name
                stage = ClosureCountStage(context: context, match: match, plan: plan, column: column)
                columns = [column]
            case .pathCount(let match, let plan, let column):
                stage = PathCountStage(context: context, match: match, plan: plan, column: column)
                columns = [column]
            case .unwind(let list, let variable, let position):
                stage = UnwindStage(context: context, list: list, variable: variable, position: position)
                declare([variable])
            case .projection(let projection, let isReturn):
                let projectionStage = try ProjectionStage(context: context, projection: projection, variables: variables)
                if isReturn { columns = projectionStage.columns } else { variables = projectionStage.columns }
                stage = projectionStage
            case .update(.create(let patterns, let position)):
                stage = eager(position) { try updates.create(patterns, rows: $0, position: position) }
                declare(patterns.flatMap(\.variables))
            case .update(.merge(let merge)):
                stage = eager(merge.position) { try updates.merge(merge, rows: $0) }
                declare(merge.pattern.variables)
            case .update(.set(let items, let position)):
                let context = self.context
                stage = eager(position) { rows in
                    for row in rows {
                        try context.checkLimits()
                        try updates.set(items, row: row, position: position)
                    }
                    return rows
                }
            case .update(.remove(let items, let position)):
                stage = eager(position) { rows in
                    try updates.remove(items, rows: rows, position: position)
                    return rows
                }
            case .update(.delete(let expressions, let detach, let position)):
                stage = eager(position) { rows in
                    try updates.delete(expressions, detach: detach, rows: rows, position: position)
                    return rows
                }
            case .update(let clause):
                preconditionFailure("the planner makes update operators of updating clauses only, not \(clause)")
            case .call(let call):
                let callStage = try CallStage(context: context, call: call)
                declare(callStage.columns)
                columns = callStage.columns
                stage = callStage
            }
            stages.append((op.name, stage))
        }
        let sink = SinkStage(position: stages.last?.stage.position ?? 0, receive: part.returnsRows ? receive : { _ in })
        var chain = stages.map(\.stage) + [sink]
        if profiling {
            var profiled: [(name: String, before: ProfilingStage)] = []
            var withProfilers: [PipelineStage] = []
            for (index, stage) in chain.enumerated() {
                let profiler = ProfilingStage(position: stage.position)
                profiled.append((index < stages.count ? stages[index].name : "ProduceResults", profiler))
                withProfilers += [profiler, stage]
            }
            profilers.append(profiled)
            chain = withProfilers
        }
        for (stage, following) in zip(chain, chain.dropFirst()) { stage.next = following }
        heads.append(chain[0])
        return part.returnsRows ? columns : []
    }
}

extension Clause {
    /// Where the clause starts in the statement text.
    var position: Int {
        switch self {
        case .match(let match): return match.position
        case .unwind(_, _, let position), .create(_, let position), .set(_, let position),
             .remove(_, let position), .delete(_, _, let position):
            return position
        case .with(let projection), .return(let projection): return projection.position
        case .merge(let merge): return merge.position
        case .call(let call): return call.position
        }
    }
}
