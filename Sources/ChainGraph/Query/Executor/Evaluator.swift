import Foundation

/// Executor: computes the value of an expression for one row, with openCypher's
/// null propagation and three-valued logic.
struct Evaluator {
    let context: ExecutionContext
    /// Values of aggregate calls for the current group, keyed by the call's offset in the query.
    var aggregates: [Int: Value] = [:]

    init(_ context: ExecutionContext, aggregates: [Int: Value] = [:]) {
        self.context = context
        self.aggregates = aggregates
    }

    func typeError(_ message: String, at expression: Expression, code: ErrorCode = .invalidArgumentType) -> ChainGraphError {
        context.error(.typeError, code, message, at: expression.start)
    }

    /// The predicate's truth: true, false, or nil for null. Non-boolean values are an error.
    func truth(_ expression: Expression, _ row: Bindings) throws -> Bool? {
        try truth(of: try evaluate(expression, row), at: expression)
    }

    /// The truth of `value`, the value of `expression`: an error unless boolean or null.
    func truth(of value: Value, at expression: Expression) throws -> Bool? {
        switch value {
        case .bool(let flag): return flag
        case .null: return nil
        case let other: throw typeError("expected a boolean, got \(other.typeName) \(other)", at: expression)
        }
    }

    func evaluate(_ expression: Expression, _ row: Bindings) throws -> Value {
        switch expression.kind {
        case .literal(let value):
            return value
        case .parameter(let name):
            guard let value = context.parameters[name] else {
                throw context.error(.semanticError, .parameterMissing, "no value was given for parameter $\(name)", at: expression.start)
            }
            return value
        case .variable(let name):
            return row[name] ?? .null
        case .property(let base, let key):
            return try property(of: try evaluate(base, row), key, at: expression)
        case .subscriptAccess(let base, let index):
            return try subscriptValue(try evaluate(base, row), try evaluate(index, row), at: expression)
        case .slice(let base, let from, let to):
            return try slice(try evaluate(base, row), try from.map { try evaluate($0, row) },
                             try to.map { try evaluate($0, row) }, at: expression)
        case .list(let items):
            return .list(try items.map { try evaluate($0, row) })
        case .map(let entries):
            var map: [String: Value] = [:]
            for (key, value) in entries { map[key] = try evaluate(value, row) }
            return .map(map)
        case .mapProjection(let variable, let items):
            return try mapProjection(row[variable] ?? .null, items, row, at: expression)
        case .unary(let op, let operand):
            return try unary(op, try evaluate(operand, row), at: expression)
        case .binary(let op, let left, let right):
            return try binary(op, left, right, row, at: expression)
        case .comparison(let first, let rest):
            return try comparison(first, rest, row)
        case .isNull(let operand, let negated):
            return .bool(try evaluate(operand, row).isNull != negated)
        case .hasLabels(let operand, let labels):
            switch try evaluate(operand, row) {
            case .null: return .null
            case .node(let node):
                let current = Set(context.fullNode(node.id).labels)
                return .bool(labels.allSatisfy(current.contains))
            case let other: throw typeError("labels can only be tested on nodes, not \(other.typeName)", at: expression)
            }
        case .function(let name, _, let arguments):
            if let value = aggregates[expression.start] { return value }
            guard let function = FunctionRegistry.lookup(name) else {
                throw context.error(.syntaxError, .unknownFunction, "unknown function '\(name)'", at: expression.start)
            }
            if function.isAggregate {
                throw context.error(.syntaxError, .invalidAggregation, "\(name)() cannot be used here", at: expression.start)
            }
            let values = try arguments.map { try evaluate($0, row) }
            do {
                return try function.evaluate(values, context.functionContext)
            } catch var failure as ChainGraphError {
                if failure.position == nil { failure.position = context.source.position(expression.start) }
                throw failure
            }
        case .countStar:
            if let value = aggregates[expression.start] { return value }
            throw context.error(.syntaxError, .invalidAggregation, "count(*) cannot be used here", at: expression.start)
        case .caseExpression(let subject, let branches, let otherwise):
            if let subject {
                let value = try evaluate(subject, row)
                for branch in branches where Value.cypherEquals(value, try evaluate(branch.when, row)) == true {
                    return try evaluate(branch.then, row)
                }
            } else {
                for branch in branches where try truth(branch.when, row) == true {
                    return try evaluate(branch.then, row)
                }
            }
            return try otherwise.map { try evaluate($0, row) } ?? .null
        case .listComprehension(let variable, let source, let predicate, let projection):
            guard case .list(let items) = try evaluate(source, row) else {
                if try evaluate(source, row).isNull { return .null }
                throw typeError("a list comprehension needs a list", at: source)
            }
            var result: [Value] = []
            var inner = row
            for item in items {
                try context.checkLimits()
                inner[variable] = item
                if let predicate, try truth(predicate, inner) != true { continue }
                result.append(try projection.map { try evaluate($0, inner) } ?? item)
            }
            return .list(result)
        case .quantifier(let quantifier, let variable, let source, let predicate):
            return try quantify(quantifier, variable, source, predicate, row)
        case .reduce(let accumulator, let initial, let variable, let source, let body):
            let list = try evaluate(source, row)
            if list.isNull { return .null }
            guard case .list(let items) = list else { throw typeError("reduce() needs a list", at: source) }
            var inner = row
            inner[accumulator] = try evaluate(initial, row)
            for item in items {
                try context.checkLimits()
                inner[variable] = item
                inner[accumulator] = try evaluate(body, inner)
            }
            return inner[accumulator] ?? .null
        case .patternPredicate(let pattern):
            return .bool(try PatternMatcher(context).exists(pattern, in: row))
        case .patternComprehension(let path, var pattern, let predicate, let projection):
            pattern.pathVariable = path
            var result: [Value] = []
            try PatternMatcher(context).match([pattern], from: row) { matched in
                if let predicate, try truth(predicate, matched) != true { return }
                result.append(try evaluate(projection, matched))
            }
            return .list(result)
        }
    }

    private func quantify(_ quantifier: Quantifier, _ variable: String, _ source: Expression,
                          _ predicate: Expression?, _ row: Bindings) throws -> Value {
        let list = try evaluate(source, row)
        if list.isNull { return .null }
        guard case .list(let items) = list else { throw typeError("\(quantifier.rawValue)() needs a list", at: source) }
        var trueCount = 0, nullCount = 0
        var inner = row
        for item in items {
            inner[variable] = item
            switch try predicate.map({ try truth($0, inner) }) ?? true {
            case true?: trueCount += 1
            case nil: nullCount += 1
            default: break
            }
        }
        let falseCount = items.count - trueCount - nullCount
        switch quantifier {
        case .all: return falseCount > 0 ? .bool(false) : (nullCount > 0 ? .null : .bool(true))
        case .any: return trueCount > 0 ? .bool(true) : (nullCount > 0 ? .null : .bool(false))
        case .none: return trueCount > 0 ? .bool(false) : (nullCount > 0 ? .null : .bool(true))
        case .single:
            if trueCount > 1 { return .bool(false) }
            if nullCount > 0 { return .null }
            return .bool(trueCount == 1)
        }
    }

    private func comparison(_ first: Expression, _ rest: [(ComparisonOperator, Expression)], _ row: Bindings) throws -> Value {
        var left = try evaluate(first, row)
        var result: Bool? = true
        for (op, next) in rest {
            let right = try evaluate(next, row)
            let outcome = Evaluator.compare(op, left, right)
            if outcome == false { result = false } else if outcome == nil && result == true { result = nil }
            left = right
        }
        return result.map { .bool($0) } ?? .null
    }

    static func compare(_ op: ComparisonOperator, _ left: Value, _ right: Value) -> Bool? {
        switch op {
        case .equal: return Value.cypherEquals(left, right)
        case .notEqual: return Value.cypherEquals(left, right).map { !$0 }
        case .less: return Value.cypherCompare(left, right).map { $0 < 0 }
        case .greater: return Value.cypherCompare(left, right).map { $0 > 0 }
        case .lessOrEqual: return Value.cypherCompare(left, right).map { $0 <= 0 }
        case .greaterOrEqual: return Value.cypherCompare(left, right).map { $0 >= 0 }
        }
    }
}
