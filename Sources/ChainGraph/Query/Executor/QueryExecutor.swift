/// Executor: runs a bound query clause by clause over sets of rows, and UNIONs.
struct QueryExecutor {
    let context: ExecutionContext
    /// Rows and time per clause, when profiling.
    var profile: ((String, Int, Duration) -> Void)?

    func run(_ query: Query) throws -> (columns: [String], rows: [Bindings]) {
        var columns: [String] = []
        var rows: [Bindings] = []
        for part in query.parts {
            let result = try run(part)
            columns = result.columns
            rows += result.rows
        }
        if query.unionAll.contains(false) {
            var seen = Set<[EquivalenceKey]>()
            rows = rows.filter { row in seen.insert(columns.map { EquivalenceKey(value: row[$0] ?? .null) }).inserted }
        }
        return (columns, rows)
    }

    private func run(_ query: SingleQuery) throws -> (columns: [String], rows: [Bindings]) {
        var rows: [Bindings] = [[:]]
        var variables: [String] = []
        var columns: [String] = []
        let updates = UpdateExecutor(context: context)
        func declare(_ names: [String]) {
            for name in names where !variables.contains(name) { variables.append(name) }
        }
        for clause in query.clauses {
            let started = ContinuousClock.now
            context.clauseOffset = clause.position
            switch clause {
            case .match(let match):
                rows = try MatchExecutor(context: context).run(match, rows: rows)
                declare(match.patterns.flatMap(\.variables))
            case .unwind(let list, let variable, _):
                var result: [Bindings] = []
                let evaluator = Evaluator(context)
                for row in rows {
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
                        result.append(extended)
                    }
                    try context.checkRowCount(result.count)
                }
                rows = result
                declare([variable])
            case .with(let projection):
                let result = try ProjectionExecutor(context: context).run(projection, rows: rows, variables: variables)
                rows = result.rows
                variables = result.columns
            case .return(let projection):
                let result = try ProjectionExecutor(context: context).run(projection, rows: rows, variables: variables)
                rows = result.rows
                columns = result.columns
            case .create(let patterns, let position):
                rows = try updates.create(patterns, rows: rows, position: position)
                declare(patterns.flatMap(\.variables))
            case .merge(let merge):
                rows = try updates.merge(merge, rows: rows)
                declare(merge.pattern.variables)
            case .set(let items, let position):
                for row in rows {
                    try context.checkLimits()
                    try updates.set(items, row: row, position: position)
                }
            case .remove(let items, let position):
                try updates.remove(items, rows: rows, position: position)
            case .delete(let expressions, let detach, let position):
                try updates.delete(expressions, detach: detach, rows: rows, position: position)
            case .call(let call):
                let result = try ProcedureExecutor(context: context).run(call, rows: rows)
                rows = result.rows
                declare(result.columns)
                columns = result.columns
            }
            try context.checkRowCount(rows.count)
            profile?(clause.operatorName, rows.count, ContinuousClock.now - started)
        }
        if let last = query.clauses.last, case .return = last {
            return (columns, rows)
        }
        if let last = query.clauses.last, case .call = last { return (columns, rows) }
        return ([], [])
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

    /// The name EXPLAIN and PROFILE show for the clause's operator.
    var operatorName: String {
        switch self {
        case .match(let match): return match.optional ? "OptionalMatch" : "Match"
        case .unwind: return "Unwind"
        case .with: return "With"
        case .return: return "Return"
        case .create: return "Create"
        case .merge: return "Merge"
        case .set: return "SetProperties"
        case .remove: return "Remove"
        case .delete(_, let detach, _): return detach ? "DetachDelete" : "Delete"
        case .call(let call): return "ProcedureCall(\(call.name))"
        }
    }
}

/// Executor: MATCH and OPTIONAL MATCH — pattern matching followed by the WHERE filter.
struct MatchExecutor {
    let context: ExecutionContext

    func run(_ match: Match, rows: [Bindings]) throws -> [Bindings] {
        let matcher = PatternMatcher(context)
        let evaluator = Evaluator(context)
        let seeks = MatchExecutor.idSeeks(in: match.predicate)
        // The WHERE as conjuncts: an `id(v) = x` conjunct whose seek bound v to node x is
        // known true and not evaluated again per match.
        let conjuncts = MatchExecutor.conjuncts(of: match.predicate)
        var result: [Bindings] = []
        for row in rows {
            var found = false
            matcher.idSeeks = [:]
            for (variable, expression) in seeks {
                if case .int(let id) = try evaluator.evaluate(expression, row) { matcher.idSeeks[variable] = id }
            }
            let seekConjuncts = conjuncts.map { MatchExecutor.seek(in: $0).flatMap { seek in
                matcher.idSeeks[seek.variable].map { (seek.variable, $0) } } }
            try matcher.match(match.patterns, from: row) { matched in
                for (conjunct, seek) in zip(conjuncts, seekConjuncts) {
                    if let (variable, id) = seek, case .node(let node)? = matched[variable], node.id.rawValue == id { continue }
                    if try evaluator.truth(conjunct, matched) != true { return }
                }
                found = true
                result.append(matched)
                if result.count & 0xFFF == 0 { try context.checkRowCount(result.count) }
            }
            if match.optional && !found {
                var padded = row
                for name in match.patterns.flatMap(\.variables) where padded[name] == nil { padded[name] = .null }
                result.append(padded)
            }
        }
        return result
    }
}

extension MatchExecutor {
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

/// Executor: `CALL name(args) YIELD …` — runs a procedure once per row.
struct ProcedureExecutor {
    let context: ExecutionContext

    func run(_ call: ProcedureCall, rows: [Bindings]) throws -> (columns: [String], rows: [Bindings]) {
        guard let procedure = ProcedureRegistry.lookup(call.name) else {
            throw context.error(.semanticError, .procedureNotFound, "there is no procedure named \(call.name)", at: call.position)
        }
        let yields = call.yields.isEmpty ? procedure.outputs.map { ($0, nil as String?) } : call.yields
        let columns = yields.map { $0.1 ?? $0.0 }
        let evaluator = Evaluator(context)
        var result: [Bindings] = []
        for row in rows {
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
                result.append(extended)
            }
            try context.checkRowCount(result.count)
        }
        return (columns, result)
    }
}
