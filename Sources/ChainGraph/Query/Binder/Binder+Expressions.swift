extension Binder {
    /// Checks that every variable an expression uses is in scope, that functions exist
    /// with the right number of arguments, and that aggregates are not nested.
    func check(_ expression: Expression, _ scope: Scope, insideAggregate: Bool = false) throws {
        try checkTypes(expression, scope)
        switch expression.kind {
        case .variable(let name):
            try requireDefined(name, scope, at: expression.start)
        case .mapProjection(let variable, let items):
            try requireDefined(variable, scope, at: expression.start)
            for item in items {
                switch item {
                case .entry(_, let value): try check(value, scope, insideAggregate: insideAggregate)
                case .variable(let name): try requireDefined(name, scope, at: expression.start)
                default: break
                }
            }
        case .function(let name, _, let arguments):
            guard let function = FunctionRegistry.lookup(name) else {
                throw error(.unknownFunction, "unknown function '\(name)'"
                            + NameSuggestion.hint(for: name, among: FunctionRegistry.allNames), at: expression.start)
            }
            guard function.arity.contains(arguments.count) else {
                throw error(.invalidNumberOfArguments,
                            "\(name)() takes \(function.arityDescription) argument(s), got \(arguments.count)", at: expression.start)
            }
            if function.isAggregate {
                if insideAggregate {
                    throw error(.nestedAggregation, "an aggregate cannot contain another aggregate", at: expression.start)
                }
                for argument in arguments { try check(argument, scope, insideAggregate: true) }
                // An aggregate of a value drawn afresh per call has no defined result.
                for argument in arguments {
                    var random: Expression?
                    argument.walk { part in
                        if random == nil, case .function(let inner, _, _) = part.kind, inner.lowercased() == "rand" { random = part }
                    }
                    if let random {
                        throw error(.nonConstantExpression, "\(name)() cannot aggregate rand(), which changes at every call",
                                    at: random.start)
                    }
                }
            } else {
                for argument in arguments { try check(argument, scope, insideAggregate: insideAggregate) }
            }
        case .countStar:
            if insideAggregate {
                throw error(.nestedAggregation, "an aggregate cannot contain another aggregate", at: expression.start)
            }
        case .listComprehension(let variable, let source, let predicate, let projection):
            try check(source, scope, insideAggregate: insideAggregate)
            var inner = scope
            inner[variable] = .value
            for part in [predicate, projection].compactMap({ $0 }) {
                try check(part, inner, insideAggregate: insideAggregate)
            }
        case .quantifier(_, let variable, let source, let predicate):
            try check(source, scope, insideAggregate: insideAggregate)
            var inner = scope
            inner[variable] = .value
            if let predicate { try check(predicate, inner, insideAggregate: insideAggregate) }
        case .reduce(let accumulator, let initial, let variable, let source, let body):
            try check(initial, scope, insideAggregate: insideAggregate)
            try check(source, scope, insideAggregate: insideAggregate)
            var inner = scope
            inner[accumulator] = .value
            inner[variable] = .value
            try check(body, inner, insideAggregate: insideAggregate)
        case .patternPredicate(let pattern):
            for node in pattern.nodes {
                if let name = node.variable, scope[name] == nil {
                    throw error(.undefinedVariable, "a pattern predicate cannot introduce the new variable '\(name)'",
                                at: node.start)
                }
            }
            for relationship in pattern.relationships {
                if let name = relationship.variable, scope[name] == nil {
                    throw error(.undefinedVariable, "a pattern predicate cannot introduce the new variable '\(name)'",
                                at: relationship.start)
                }
            }
            for part in pattern.expressions { try check(part, scope, insideAggregate: insideAggregate) }
        case .patternComprehension(let path, let pattern, let predicate, let projection):
            var inner = scope
            var relationships = Set<String>()
            try bindPattern(pattern, &inner, relationshipsInClause: &relationships)
            if let path { inner[path] = .path }
            if let predicate { try check(predicate, inner, insideAggregate: insideAggregate) }
            try check(projection, inner, insideAggregate: insideAggregate)
        default:
            for child in expression.children { try check(child, scope, insideAggregate: insideAggregate) }
        }
    }

    /// Checks that SKIP and LIMIT are constant, non-negative integers where that is known.
    func checkRowCount(_ expression: Expression, clause: String) throws {
        var usesVariables = false
        expression.walk { if case .variable = $0.kind { usesVariables = true } }
        if usesVariables || expression.containsAggregate {
            throw error(.nonConstantExpression, "\(clause) must be a constant, not depend on rows", at: expression.start)
        }
        switch expression.kind {
        case .literal(.int(let value)) where value < 0:
            throw error(.negativeIntegerArgument, "\(clause) cannot be negative (\(value))", at: expression.start)
        case .literal(.double):
            throw error(.invalidArgumentType, "\(clause) must be an integer", at: expression.start)
        case .unary(.minus, let operand):
            if case .literal(.int) = operand.kind {
                throw error(.negativeIntegerArgument, "\(clause) cannot be negative", at: expression.start)
            }
        default:
            break
        }
    }
}
