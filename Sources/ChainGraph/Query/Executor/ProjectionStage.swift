/// Executor: WITH and RETURN as a stage — projection, grouping and aggregation, DISTINCT,
/// ORDER BY, SKIP, LIMIT and WITH … WHERE. Rows stream through unless the projection
/// aggregates or sorts; then it holds its input and produces its rows when the input ends —
/// a sort with a LIMIT only the first SKIP + LIMIT rows of the order (``TopNRule``).
/// When LIMIT is reached it stops the stages before it.
final class ProjectionStage: PipelineStage {
    private struct Output {
        var row: Bindings
        var context: Bindings
        var aggregates: [Int: Value]
    }

    private let context: ExecutionContext
    private let projection: Projection
    private let items: [Projection.Item]
    /// The names of the columns (or of the variables a WITH binds), in order.
    let columns: [String]
    private let aggregating: Bool
    private let skip: Int
    private let limit: Int?
    /// Input held by a projection that aggregates or sorts.
    private var held: [Bindings] = []
    /// The first SKIP + LIMIT projected rows of the order, with their sort keys (Top-N).
    private var top: TopRows<(output: Output, keys: [Value])>?
    private var seen = Set<[EquivalenceKey]>()
    private var skipped = 0
    private var passed = 0

    /// A stage for `projection` over rows whose visible variables are `variables`.
    init(context: ExecutionContext, projection: Projection, variables: [String]) throws {
        self.context = context
        self.projection = projection
        var items: [Projection.Item] = []
        if projection.includesExisting {
            for name in variables.sorted() {
                items.append(.init(expression: Expression(kind: .variable(name), start: projection.position, end: projection.position),
                                   alias: name, name: name))
            }
        }
        items += projection.items
        self.items = items
        columns = items.map(\.name)
        aggregating = items.contains { $0.expression.containsAggregate }
        skip = try projection.skip.map { try ProjectionStage.count($0, clause: "SKIP", context) } ?? 0
        limit = try projection.limit.map { try ProjectionStage.count($0, clause: "LIMIT", context) }
        super.init(position: projection.position)
        if TopNRule.applies(to: projection), let limit {
            let ascending = projection.orderBy.map(\.ascending)
            top = TopRows(capacity: skip.addingReportingOverflow(limit).overflow ? Int.max : skip + limit) { left, right in
                for (position, isAscending) in ascending.enumerated() {
                    let order = Value.orderCompare(left.keys[position], right.keys[position])
                    if order != 0 { return isAscending ? order < 0 : order > 0 }
                }
                return false
            }
        }
    }

    /// Whether the stage holds all its input before it produces a row.
    var isBlocking: Bool { aggregating || !projection.orderBy.isEmpty }

    override func consume(_ row: Bindings) throws {
        if top != nil {
            try context.running(clauseAt: position) {
                let output = try project(items, row)
                let evaluator = Evaluator(context)
                top!.insert((output, try projection.orderBy.map { try evaluator.evaluate($0.expression, output.context) }))
                try context.checkRowCount(top!.count)
            }
            return
        }
        if isBlocking {
            held.append(row)
            // Counted against the row limit at the clause that produced the rows.
            try context.checkRowCount(held.count)
            return
        }
        let wantsMore = try context.running(clauseAt: position) { () throws -> Bool in
            let output = try project(items, row)
            if projection.distinct {
                guard seen.insert(columns.map { EquivalenceKey(value: output.row[$0] ?? .null) }).inserted else { return true }
                try context.checkRowCount(seen.count)
            }
            return try pass(output)
        }
        if !wantsMore { throw PipelineStop(stage: self) }
    }

    override func finish() throws {
        if isBlocking { try context.running(clauseAt: position) { try produceHeldRows() } }
        try next.finish()
    }

    /// A blocking projection's rows: grouped or projected, DISTINCT, sorted, then passed on.
    private func produceHeldRows() throws {
        if let top {
            self.top = nil
            for entry in top.sorted() {
                guard try pass(entry.output) else { break }
            }
            return
        }
        let rows = held
        held = []
        var outputs = aggregating ? try aggregate(items, projection, rows) : try rows.map { try project(items, $0) }
        if projection.distinct {
            outputs = outputs.filter { output in
                seen.insert(columns.map { EquivalenceKey(value: output.row[$0] ?? .null) }).inserted
            }
        }
        if !projection.orderBy.isEmpty { outputs = try sort(outputs, projection.orderBy) }
        for output in outputs {
            guard try pass(output) else { break }
        }
    }

    /// SKIP, LIMIT and WITH … WHERE for one output row, which goes on if it passes;
    /// false once LIMIT rows have gone (no more are wanted).
    private func pass(_ output: Output) throws -> Bool {
        if skipped < skip {
            skipped += 1
            return true
        }
        if let limit, passed >= limit { return false }
        passed += 1
        let kept = try projection.predicate.map { try Evaluator(context, aggregates: output.aggregates).truth($0, output.context) == true }
        if kept ?? true { try next.consume(output.row) }
        return limit.map { passed < $0 } ?? true
    }

    /// One input row projected.
    private func project(_ items: [Projection.Item], _ row: Bindings) throws -> Output {
        try context.checkLimits()
        let evaluator = Evaluator(context)
        var output = Bindings(minimumCapacity: items.count)
        for item in items { output[item.name] = try evaluator.evaluate(item.expression, row) }
        return Output(row: output, context: row.merging(output) { $1 }, aggregates: [:])
    }

    private func aggregate(_ items: [Projection.Item], _ projection: Projection, _ rows: [Bindings]) throws -> [Output] {
        let keys = items.filter { !$0.expression.containsAggregate }
        let calls = Aggregator.calls(in: items.map(\.expression) + projection.orderBy.map(\.expression))
        var groups: [[EquivalenceKey]: (first: Bindings, rows: [Bindings], values: [Value])] = [:]
        var order: [[EquivalenceKey]] = []
        if keys.isEmpty {
            // One group of every row (`RETURN count(*)`): nothing to hash or copy.
            groups[[]] = (rows.first ?? [:], rows, [])
            order.append([])
        } else {
            let evaluator = Evaluator(context)
            for row in rows {
                try context.checkLimits()
                let values = try keys.map { try evaluator.evaluate($0.expression, row) }
                let key = values.map { EquivalenceKey(value: $0) }
                if groups[key] == nil {
                    groups[key] = (row, [], values)
                    order.append(key)
                }
                groups[key]!.rows.append(row)
            }
        }
        let aggregator = Aggregator(context: context)
        return try order.map { key in
            let group = groups[key]!
            var aggregates: [Int: Value] = [:]
            for call in calls { aggregates[call.start] = try aggregator.compute(call, over: group.rows) }
            var output = Bindings(minimumCapacity: items.count)
            for (index, item) in keys.enumerated() { output[item.name] = group.values[index] }
            let groupEvaluator = Evaluator(context, aggregates: aggregates)
            for item in items where item.expression.containsAggregate {
                output[item.name] = try groupEvaluator.evaluate(item.expression, group.first)
            }
            return Output(row: output, context: group.first.merging(output) { $1 }, aggregates: aggregates)
        }
    }

    private func sort(_ outputs: [Output], _ keys: [(expression: Expression, ascending: Bool)]) throws -> [Output] {
        let decorated = try outputs.enumerated().map { index, output in
            (index, output, try keys.map { try Evaluator(context, aggregates: output.aggregates).evaluate($0.expression, output.context) })
        }
        return decorated.sorted { left, right in
            for (position, key) in keys.enumerated() {
                let order = Value.orderCompare(left.2[position], right.2[position])
                if order != 0 { return key.ascending ? order < 0 : order > 0 }
            }
            return left.0 < right.0
        }.map(\.1)
    }

    private static func count(_ expression: Expression, clause: String, _ context: ExecutionContext) throws -> Int {
        let value = try Evaluator(context).evaluate(expression, [:])
        guard case .int(let count) = value else {
            throw context.error(.syntaxError, .invalidArgumentType, "\(clause) must be an integer, not \(value.typeName) \(value)",
                                at: expression.start)
        }
        guard count >= 0 else {
            throw context.error(.syntaxError, .negativeIntegerArgument, "\(clause) cannot be negative (\(count))", at: expression.start)
        }
        return Int(clamping: count)
    }
}
