/// AST: an expression of the query language, with where it stands in the query text.
struct Expression: Sendable {
    indirect enum Kind: Sendable {
        case literal(Value)
        case parameter(String)
        case variable(String)
        case property(Expression, String)
        case subscriptAccess(Expression, Expression)
        case slice(Expression, Expression?, Expression?)
        case list([Expression])
        case map([(key: String, value: Expression)])
        /// `n {.name, .*, key: expr, other}`
        case mapProjection(variable: String, items: [MapProjectionItem])
        case unary(UnaryOperator, Expression)
        case binary(BinaryOperator, Expression, Expression)
        /// `a < b <= c`: each adjacent pair compared, all must hold.
        case comparison(first: Expression, rest: [(ComparisonOperator, Expression)])
        case isNull(Expression, negated: Bool)
        case hasLabels(Expression, [String])
        case function(name: String, distinct: Bool, arguments: [Expression])
        case countStar
        case caseExpression(subject: Expression?, branches: [(when: Expression, then: Expression)], otherwise: Expression?)
        case listComprehension(variable: String, source: Expression, predicate: Expression?, projection: Expression?)
        case patternComprehension(path: String?, pattern: PatternPart, predicate: Expression?, projection: Expression)
        case quantifier(Quantifier, variable: String, source: Expression, predicate: Expression?)
        case reduce(accumulator: String, initial: Expression, variable: String, source: Expression, body: Expression)
        /// A pattern used as a predicate: `WHERE (a)-->(b)` or `exists((a)-->(b))`.
        case patternPredicate(PatternPart)
    }

    var kind: Kind
    /// Unicode-scalar offsets of the expression in the query text.
    var start: Int
    var end: Int
}

/// One entry of a map projection.
enum MapProjectionItem: Sendable {
    case property(String)
    case allProperties
    case entry(String, Expression)
    case variable(String)
}

enum UnaryOperator: String, Sendable {
    case not = "NOT", minus = "-", plus = "+"
}

enum BinaryOperator: String, Sendable {
    case or = "OR", xor = "XOR", and = "AND"
    case add = "+", subtract = "-", multiply = "*", divide = "/", modulo = "%", power = "^"
    case startsWith = "STARTS WITH", endsWith = "ENDS WITH", contains = "CONTAINS", regexMatch = "=~", `in` = "IN"
}

enum ComparisonOperator: String, Sendable {
    case equal = "=", notEqual = "<>", less = "<", greater = ">", lessOrEqual = "<=", greaterOrEqual = ">="
}

enum Quantifier: String, Sendable {
    case all, any, none, single
}

extension Expression {
    /// Calls `visit` on this expression and every expression inside it, outermost first;
    /// does not enter the bodies of nested scopes' patterns.
    func walk(_ visit: (Expression) -> Void) {
        visit(self)
        for child in children { child.walk(visit) }
    }

    var children: [Expression] {
        switch kind {
        case .literal, .parameter, .variable, .countStar: return []
        case .property(let base, _): return [base]
        case .subscriptAccess(let base, let index): return [base, index]
        case .slice(let base, let from, let to): return [base] + [from, to].compactMap { $0 }
        case .list(let items): return items
        case .map(let entries): return entries.map(\.value)
        case .mapProjection(_, let items):
            return items.compactMap { if case .entry(_, let value) = $0 { return value } else { return nil } }
        case .unary(_, let operand): return [operand]
        case .binary(_, let left, let right): return [left, right]
        case .comparison(let first, let rest): return [first] + rest.map(\.1)
        case .isNull(let operand, _): return [operand]
        case .hasLabels(let operand, _): return [operand]
        case .function(_, _, let arguments): return arguments
        case .caseExpression(let subject, let branches, let otherwise):
            return [subject].compactMap { $0 } + branches.flatMap { [$0.when, $0.then] } + [otherwise].compactMap { $0 }
        case .listComprehension(_, let source, let predicate, let projection):
            return [source] + [predicate, projection].compactMap { $0 }
        case .patternComprehension(_, let pattern, let predicate, let projection):
            return pattern.expressions + [predicate].compactMap { $0 } + [projection]
        case .quantifier(_, _, let source, let predicate): return [source] + [predicate].compactMap { $0 }
        case .reduce(_, let initial, _, let source, let body): return [initial, source, body]
        case .patternPredicate(let pattern): return pattern.expressions
        }
    }

    /// Whether an aggregating function call appears in this expression (outside nested scopes).
    var containsAggregate: Bool {
        var found = false
        walk { expression in
            switch expression.kind {
            case .countStar: found = true
            case .function(let name, _, _) where FunctionRegistry.isAggregate(name): found = true
            default: break
            }
        }
        return found
    }
}
