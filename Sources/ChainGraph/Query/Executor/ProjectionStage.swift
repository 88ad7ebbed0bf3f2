/// Executor: WITH and RETURN as a stage — projection, grouping and aggregation, DISTINCT,
/// ORDER BY, SKIP, LIMIT and WITH … WHERE. Rows stream through unless the projection
/// aggregates or sorts; then it produces its rows when the input ends. Aggregation keeps,
/// per group, its first row and one ``AggregateAccumulator`` per aggregate call (not the
/// group's rows); a sort holds its input, or with a LIMIT only the first SKIP + LIMIT rows
/// of the order (``TopNRule``).
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
    /// One group of an aggregating projection: its first row, the values of its grouping
    /// keys, and the running state of each aggregate call.
    private struct Group {
        var first: Bindings
        var keys: [Value]
        var accumulators: [AggregateAccumulator]
    }

    /// Input held by a projection that sorts without aggregating.
    private var held: [Bindings] = []
    /// The groups of an aggregating projection, in the order they first appeared.
    private var groups: [Group] = []
    private var groupIndex: [[EquivalenceKey]: Int] = [:]
    /// The groups by their one key, when there is one grouping key.
    private var singleKeyGroupIndex: [EquivalenceKey: Int] = [:]
    /// Values the groups' accumulators keep (collected, or seen under DISTINCT).
    private var keptValues = 0
    private let groupingItems: [Projection.Item]
    /// Each item's expression, and the ORDER BY keys', prepared for many rows.
    private let compiledItems: [CompiledExpression]
    private let compiledGroupingItems: [CompiledExpression]
    private let compiledOrderBy: [CompiledExpression]
    private let compiledPredicate: CompiledExpression?
    /// Each aggregate call's first argument, prepared once for every group.
    private let compiledAggregateArguments: [CompiledExpression?]
    private let aggregateCalls: [Expression]
    /// The first SKIP + LIMIT projected rows of the order, with their sort keys (Top-N).
    private var top: TopRows<(output: Output, keys: [Value])>?
    private var seen = DistinctRows()
    /// The empty row every projected row starts from: its rows share one layout.
    private let outputRoot = Bindings()
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
        groupingItems = items.filter { !$0.expression.containsAggregate }
        compiledItems = items.map { CompiledExpression($0.expression) }
        compiledGroupingItems = zip(items, compiledItems).filter { !$0.0.expression.containsAggregate }.map(\.1)
        compiledOrderBy = projection.orderBy.map { CompiledExpression($0.expression) }
        compiledPredicate = projection.predicate.map(CompiledExpression.init)
        let aggregateCalls = Aggregator.calls(in: items.map(\.expression) + projection.orderBy.map(\.expression))
        self.aggregateCalls = aggregateCalls
        compiledAggregateArguments = aggregateCalls.map { call in
            if case .function(_, _, let arguments) = call.kind, let first = arguments.first { return CompiledExpression(first) }
            return nil
        }
        skip = try projection.skip.map { try ProjectionStage.count($0, clause: "SKIP", context) } ?? 0
        limit = try projection.limit.map { try ProjectionStage.count($0, clause: "LIMIT", context) }
        super.init(position: projection.position)
        if TopNRule.applies(to: projection), let limit {
            let ascending = projection.orderBy.map(\.ascending)
            top = TopRows(capacity: skip.addingReportingOverflow(limit).overflow ? Int.max : skip + limit) { left, right in
                ProjectionStage.compare(left.keys, right.keys, ascending: ascending) < 0
            }
        }
    }

    /// A fresh accumulator per aggregate call, for a new group.
    private func newAccumulators() -> [AggregateAccumulator] {
        zip(aggregateCalls, compiledAggregateArguments).map { AggregateAccumulator($0, argument: $1) }
    }

    /// Whether WITH … WHERE or ORDER BY may read the input's variables beside the columns
    /// (the row they see is the input merged with the output; without them it is not built).
    private var readsEarlierVariables: Bool { projection.predicate != nil || !projection.orderBy.isEmpty }

    /// Whether the stage holds all its input before it produces a row.
    var isBlocking: Bool { aggregating || !projection.orderBy.isEmpty }

    override func consume(_ row: Bindings) throws {
        if top != nil {
            try context.running(clauseAt: position) {
                let output = try project(items, row)
                top!.insert((output, try sortKeys(of: output)))
                try context.checkRowCount(top!.count)
            }
            return
        }
        if aggregating {
            // Limits are charged to the clause that produced the rows, as for held rows.
            try accumulate(row)
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
                guard seen.insert(columns, of: output.row) else { return true }
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
        var outputs = aggregating ? try aggregatedOutputs() : try rows.map { try project(items, $0) }
        if projection.distinct {
            outputs = outputs.filter { output in
                seen.insert(columns, of: output.row)
            }
        }
        if !projection.orderBy.isEmpty { outputs = try sort(outputs) }
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
        let kept = try compiledPredicate.map { try $0.truth(output.context, Evaluator(context, aggregates: output.aggregates)) == true }
        if kept ?? true { try next.consume(output.row) }
        return limit.map { passed < $0 } ?? true
    }

    /// One input row projected.
    private func project(_ items: [Projection.Item], _ row: Bindings) throws -> Output {
        try context.checkLimits()
        let evaluator = Evaluator(context)
        var output = outputRoot
        for (item, compiled) in zip(items, compiledItems) { output[item.name] = try compiled.evaluate(row, evaluator) }
        return Output(row: output, context: readsEarlierVariables ? row.merging(output) : output, aggregates: [:])
    }

    /// Takes one input row into its group (made when the row is its first).
    private func accumulate(_ row: Bindings) throws {
        try context.checkLimits()
        let evaluator = Evaluator(context)
        let index: Int
        if groupingItems.isEmpty {
            // One group of every row (`RETURN count(*)`): nothing to hash.
            if groups.isEmpty { groups.append(Group(first: row, keys: [], accumulators: newAccumulators())) }
            index = 0
        } else {
            let values = try compiledGroupingItems.map { try $0.evaluate(row, evaluator) }
            // One key (`RETURN r.id, count(…)`): hashed alone, without an array of keys per row.
            // The key is built once; a new group's index is stored under it.
            let found: Int?
            if values.count == 1 {
                let key = EquivalenceKey(value: values[0])
                found = singleKeyGroupIndex[key]
                if found == nil { singleKeyGroupIndex[key] = groups.count }
            } else {
                let key = values.map { EquivalenceKey(value: $0) }
                found = groupIndex[key]
                if found == nil { groupIndex[key] = groups.count }
            }
            if let found {
                index = found
            } else {
                index = groups.count
                groups.append(Group(first: row, keys: values, accumulators: newAccumulators()))
                // Counted against the row limit: the groups are what this stage holds.
                try context.checkRowCount(groups.count + keptValues)
            }
        }
        var kept = 0
        for call in groups[index].accumulators.indices { kept += try groups[index].accumulators[call].add(row, evaluator, context) }
        if kept > 0 {
            keptValues += kept
            // What the stage holds grows with its input: counted against the row limit.
            try context.checkRowCount(groups.count + keptValues)
        }
    }

    /// One output row per group; with no grouping keys, one row even when no row came.
    private func aggregatedOutputs() throws -> [Output] {
        if groupingItems.isEmpty && groups.isEmpty {
            groups.append(Group(first: [:], keys: [], accumulators: newAccumulators()))
        }
        let finished = groups
        groups = []
        groupIndex = [:]
        singleKeyGroupIndex = [:]
        return try finished.map { group in
            var aggregates: [Int: Value] = [:]
            for (call, accumulator) in zip(aggregateCalls, group.accumulators) { aggregates[call.start] = try accumulator.result(context) }
            var output = outputRoot
            for (index, item) in groupingItems.enumerated() { output[item.name] = group.keys[index] }
            let groupEvaluator = Evaluator(context, aggregates: aggregates)
            for item in items where item.expression.containsAggregate {
                output[item.name] = try groupEvaluator.evaluate(item.expression, group.first)
            }
            return Output(row: output, context: readsEarlierVariables ? group.first.merging(output) : output, aggregates: aggregates)
        }
    }

    /// `outputs` in ORDER BY's order, ties in input order. Positions are sorted, not the
    /// rows themselves: moving a row retains and releases everything it holds.
    private func sort(_ outputs: [Output]) throws -> [Output] {
        let ascending = projection.orderBy.map(\.ascending)
        let keys = try outputs.map(sortKeys)
        let order = outputs.indices.sorted { left, right in
            let comparison = ProjectionStage.compare(keys[left], keys[right], ascending: ascending)
            return comparison != 0 ? comparison < 0 : left < right
        }
        return order.map { outputs[$0] }
    }

    /// The ORDER BY keys of one output row.
    private func sortKeys(of output: Output) throws -> [Value] {
        let evaluator = Evaluator(context, aggregates: output.aggregates)
        return try compiledOrderBy.map { try $0.evaluate(output.context, evaluator) }
    }

    /// How keys `left` compare with keys `right` in ORDER BY's order: negative when `left`
    /// comes first, positive when `right` does, 0 when they tie.
    private static func compare(_ left: [Value], _ right: [Value], ascending: [Bool]) -> Int {
        for (position, isAscending) in ascending.enumerated() {
            let order = Value.orderCompare(left[position], right[position])
            if order != 0 { return isAscending ? order : -order }
        }
        return 0
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
