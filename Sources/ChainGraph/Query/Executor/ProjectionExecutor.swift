/// Executor: WITH and RETURN — projection, grouping and aggregation, DISTINCT, ORDER BY,
/// SKIP, LIMIT and WITH … WHERE.
struct ProjectionExecutor {
    let context: ExecutionContext

    private struct Output {
        var row: Bindings
        var context: Bindings
        var aggregates: [Int: Value]
    }

    /// Projects `rows`, whose visible variables are `variables`; returns the new rows and
    /// the column names in order.
    func run(_ projection: Projection, rows: [Bindings], variables: [String]) throws -> (rows: [Bindings], columns: [String]) {
        var items: [Projection.Item] = []
        if projection.includesExisting {
            for name in variables.sorted() {
                items.append(.init(expression: Expression(kind: .variable(name), start: projection.position, end: projection.position),
                                   alias: name, name: name))
            }
        }
        items += projection.items
        let columns = items.map(\.name)
        let aggregating = items.contains { $0.expression.containsAggregate }
        var outputs = aggregating ? try aggregate(items, projection, rows) : try project(items, rows)

        if projection.distinct {
            var seen = Set<[EquivalenceKey]>()
            outputs = outputs.filter { output in
                seen.insert(columns.map { EquivalenceKey(value: output.row[$0] ?? .null) }).inserted
            }
        }
        if !projection.orderBy.isEmpty { outputs = try sort(outputs, projection.orderBy) }
        if let skip = projection.skip {
            outputs = Array(outputs.dropFirst(try count(skip, clause: "SKIP")))
        }
        if let limit = projection.limit {
            outputs = Array(outputs.prefix(try count(limit, clause: "LIMIT")))
        }
        if let predicate = projection.predicate {
            outputs = try outputs.filter { output in
                try Evaluator(context, aggregates: output.aggregates).truth(predicate, output.context) == true
            }
        }
        return (outputs.map(\.row), columns)
    }

    private func project(_ items: [Projection.Item], _ rows: [Bindings]) throws -> [Output] {
        let evaluator = Evaluator(context)
        return try rows.map { row in
            try context.checkLimits()
            var output = Bindings(minimumCapacity: items.count)
            for item in items { output[item.name] = try evaluator.evaluate(item.expression, row) }
            return Output(row: output, context: row.merging(output) { $1 }, aggregates: [:])
        }
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

    private func count(_ expression: Expression, clause: String) throws -> Int {
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
