extension Binder {
    /// Checks a WITH or RETURN and computes the scope after it.
    func bindProjection(_ projection: Projection, _ scope: Scope, isWith: Bool) throws -> (scope: Scope, columns: [String]) {
        if !isWith && projection.includesExisting && scope.isEmpty && projection.items.isEmpty {
            throw error(.noVariablesInScope, "\(isWith ? "WITH" : "RETURN") * needs at least one variable in scope",
                        at: projection.position)
        }
        var columns: [String] = projection.includesExisting ? scope.keys.filter { !$0.hasPrefix(" ") }.sorted() : []
        var newScope = Scope()
        if projection.includesExisting { for name in columns { newScope[name] = scope[name] } }
        var isAggregating = false
        for item in projection.items {
            try check(item.expression, scope)
            if isWith, item.alias == nil {
                guard case .variable = item.expression.kind else {
                    throw error(.noExpressionAlias, "an expression in WITH needs a name: add AS …", at: item.expression.start)
                }
            }
            if columns.contains(item.name) {
                throw error(.columnNameConflict, "the column '\(item.name)' appears twice", at: item.expression.start)
            }
            columns.append(item.name)
            newScope[item.name] = kind(of: item.expression, scope)
            if item.expression.containsAggregate { isAggregating = true }
        }
        if isAggregating { try checkAggregation(projection) }

        // ORDER BY and WHERE see the projected names, and the earlier ones unless the
        // projection aggregates or is DISTINCT.
        var sortScope = newScope
        if !isAggregating && !projection.distinct {
            for (name, kind) in scope where sortScope[name] == nil { sortScope[name] = kind }
        }
        for (key, _) in projection.orderBy {
            do {
                try check(key, sortScope)
            } catch let failure as ChainGraphError where failure.code == "UndefinedVariable" && (isAggregating || projection.distinct) {
                // Allowed when the earlier variables appear only inside projected expressions.
                try checkEarlierVariablesOnlyThroughItems(key, projection, sortScope, earlier: scope, else: failure)
            }
            if key.containsAggregate && !isAggregating {
                throw error(.invalidAggregation, "ORDER BY cannot aggregate unless the projection does", at: key.start)
            }
        }
        if let skip = projection.skip { try checkRowCount(skip, clause: "SKIP") }
        if let limit = projection.limit { try checkRowCount(limit, clause: "LIMIT") }
        if let predicate = projection.predicate {
            do {
                try check(predicate, sortScope)
            } catch let failure as ChainGraphError where failure.code == "UndefinedVariable" && (isAggregating || projection.distinct) {
                try checkEarlierVariablesOnlyThroughItems(predicate, projection, sortScope, earlier: scope, else: failure)
            }
            if predicate.containsAggregate {
                throw error(.invalidAggregation, "aggregation is not allowed in WHERE", at: predicate.start)
            }
        }
        return (newScope, columns)
    }

    /// Checks that every variable of `expression` that `scope` lacks stands inside a part of
    /// it written as one of the projection's expressions (`ORDER BY a.name + 'C'` after
    /// `WITH a.name AS name, count(*)`): such a part has one value per projected row. A
    /// variable that was not defined before the projection either is reported as `failure` says.
    private func checkEarlierVariablesOnlyThroughItems(_ expression: Expression, _ projection: Projection, _ scope: Scope,
                                                       earlier: Scope, else failure: ChainGraphError) throws {
        let itemTexts = Set(projection.items.map { source.text($0.expression.start, $0.expression.end) })
        var covered: [Range<Int>] = []
        expression.walk { part in
            if itemTexts.contains(source.text(part.start, part.end)) { covered.append(part.start..<part.end) }
        }
        var outside: (name: String, start: Int)?
        expression.walk { part in
            if outside == nil, case .variable(let name) = part.kind, scope[name] == nil,
               !covered.contains(where: { $0.contains(part.start) }) {
                outside = (name, part.start)
            }
        }
        if let outside {
            guard earlier[outside.name] != nil else { throw failure }
            throw error(.undefinedVariable, "variable '\(outside.name)' is not defined here: after DISTINCT or aggregation "
                        + "only the projected names, and expressions written as projected, can be used", at: outside.start)
        }
    }

    private func kind(of expression: Expression, _ scope: Scope) -> VariableKind {
        if case .variable(let name) = expression.kind { return scope[name] ?? .value }
        switch staticType(expression, scope) {
        case let type? where [.boolean, .integer, .float, .string, .list, .map].contains(type): return .typed(type)
        default: return .value
        }
    }

    /// In an aggregating projection, every variable used outside an aggregate must be
    /// a grouping key (or inside one).
    private func checkAggregation(_ projection: Projection) throws {
        let keys = projection.items.filter { !$0.expression.containsAggregate }
        let keyTexts = Set(keys.map { source.text($0.expression.start, $0.expression.end) })
        let keyVariables = Set(keys.compactMap { item -> String? in
            if case .variable(let name) = item.expression.kind { return name }
            return nil
        })
        for item in projection.items where item.expression.containsAggregate {
            try checkGrouped(item.expression, keyTexts: keyTexts, keyVariables: keyVariables)
        }
    }

    private func checkGrouped(_ expression: Expression, keyTexts: Set<String>, keyVariables: Set<String>) throws {
        switch expression.kind {
        case .variable, .property:
            if keyTexts.contains(source.text(expression.start, expression.end)) { return }
        default:
            break
        }
        switch expression.kind {
        case .function(let name, _, _) where FunctionRegistry.isAggregate(name): return
        case .countStar: return
        case .variable(let name):
            if !keyVariables.contains(name) {
                throw error(.ambiguousAggregationExpression,
                            "'\(name)' is used beside an aggregate but is not a grouping key", at: expression.start)
            }
        case .listComprehension, .quantifier, .reduce, .patternComprehension:
            return
        default:
            for child in expression.children {
                try checkGrouped(child, keyTexts: keyTexts, keyVariables: keyVariables)
            }
        }
    }
}
