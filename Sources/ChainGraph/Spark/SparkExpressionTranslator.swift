/// Spark: an openCypher expression as a Spark SQL expression over a ``SparkScope``, with the
/// type the translator can tell before it runs. Where the two languages differ — integer
/// division, the order of nulls, comparisons across types, a sum of no rows — the SQL is
/// written to give Cypher's answer. Anything else is refused with its position
/// (``ErrorCode/notSupportedOnSpark``).
struct SparkExpressionTranslator {
    let source: SourceText
    let parameters: [String: Value]

    func refuse(_ expression: Expression, _ reason: String) -> ChainGraphError {
        SparkTranslator.refusal(reason, at: expression.start, source)
    }

    func translate(_ expression: Expression, _ scope: SparkScope) throws -> (sql: String, type: SparkType) {
        switch expression.kind {
        case .literal(let value):
            guard let literal = SparkSQLText.literal(value) else { throw refuse(expression, "this literal has no Spark SQL form") }
            return literal
        case .parameter(let name):
            let value = try parameter(name, at: expression)
            guard let literal = SparkSQLText.literal(value) else { throw refuse(expression, "parameter $\(name) holds a value Spark SQL cannot take") }
            return literal
        case .variable(let name):
            switch scope.lookup(name) {
            case .element(let element)?: return (element.value, element.isNode ? .node : .relationship)
            case .value(let sql, let type)?: return (sql, type)
            case .pathLength?: throw refuse(expression, "a path is kept on Spark only as its length: use length(\(name))")
            case nil: throw refuse(expression, "variable \(name) is not known here")
            }
        case .property(let base, let key):
            guard case .variable(let name) = base.kind, case .element(let element)? = scope.lookup(name) else {
                throw refuse(expression, "only a node's or relationship's property can be read on Spark")
            }
            return element.property(key)
        case .list(let items):
            return ("array(" + (try items.map { try translate($0, scope).sql }).joined(separator: ", ") + ")", .list)
        case .unary(let op, let operand):
            let inner = try translate(operand, scope)
            switch op {
            case .not: return ("(NOT \(inner.sql))", .boolean)
            case .minus: return ("(- \(inner.sql))", inner.type)
            case .plus: return (inner.sql, inner.type)
            }
        case .binary(let op, let left, let right):
            return try binary(op, left, right, scope, expression)
        case .comparison(let first, let rest):
            var parts: [String] = []
            var previous = try operand(first, scope)
            for (op, next) in rest {
                let current = try operand(next, scope)
                parts.append(compare(previous, op, current))
                previous = current
            }
            return ("(" + parts.joined(separator: " AND ") + ")", .boolean)
        case .isNull(let operand, let negated):
            let inner = try self.operand(operand, scope)
            return ("(\(inner.sql) IS \(negated ? "NOT " : "")NULL)", .boolean)
        case .hasLabels(let base, let labels):
            guard case .variable(let name) = base.kind, case .element(let element)? = scope.lookup(name), element.isNode else {
                throw refuse(expression, "labels are tested on a node variable on Spark")
            }
            return ("(" + labels.map { "array_contains(\(element.labels), \(SparkSQLText.string($0)))" }
                .joined(separator: " AND ") + ")", .boolean)
        case .function(let name, let distinct, let arguments):
            return try SparkFunctionTranslator(expressions: self).translate(name, distinct: distinct, arguments, scope, expression)
        case .countStar:
            return ("count(*)", .integer)
        case .caseExpression(let subject, let branches, let otherwise):
            var text = "CASE"
            let subjectSQL = try subject.map { try translate($0, scope).sql }
            var type = SparkType.unknown
            for branch in branches {
                let condition = try translate(branch.when, scope).sql
                let value = try translate(branch.then, scope)
                type = type == .unknown ? value.type : type
                text += subjectSQL.map { " WHEN \($0) = \(condition)" } ?? " WHEN \(condition)"
                text += " THEN \(value.sql)"
            }
            if let otherwise { text += " ELSE " + (try translate(otherwise, scope).sql) }
            return (text + " END", type)
        default:
            throw refuse(expression, "this kind of expression (\(Self.describe(expression))) is not translated to Spark SQL")
        }
    }

    /// The value of parameter `name`, used at `expression`.
    ///
    /// - Throws: `SemanticError (ParameterMissing)` at the parameter when it was not given.
    func parameter(_ name: String, at expression: Expression) throws -> Value {
        guard let value = parameters[name] else {
            throw ChainGraphError(.semanticError, .parameterMissing, "parameter $\(name) has no value",
                                  at: source.position(expression.start), phase: .compileTime)
        }
        return value
    }

    /// An operand of a comparison or null test: a node or relationship compares by its id.
    func operand(_ expression: Expression, _ scope: SparkScope) throws -> (sql: String, type: SparkType) {
        if case .variable(let name) = expression.kind, case .element(let element)? = scope.lookup(name) {
            return (element.id, element.isNode ? .node : .relationship)
        }
        return try translate(expression, scope)
    }

    /// `left op right` with Cypher's meaning: values that can never compare are not equal
    /// (and not ordered: null), and null still gives null.
    func compare(_ left: (sql: String, type: SparkType), _ op: ComparisonOperator,
                 _ right: (sql: String, type: SparkType)) -> String {
        if left.type.isIncomparable(with: right.type) {
            let outcome: String
            switch op {
            case .equal: outcome = "FALSE"
            case .notEqual: outcome = "TRUE"
            default: outcome = "NULL"
            }
            return "(CASE WHEN \(left.sql) IS NULL OR \(right.sql) IS NULL THEN NULL ELSE \(outcome) END)"
        }
        return "(\(left.sql) \(op.rawValue) \(right.sql))"
    }

    private func binary(_ op: BinaryOperator, _ left: Expression, _ right: Expression, _ scope: SparkScope,
                        _ whole: Expression) throws -> (sql: String, type: SparkType) {
        let l = try translate(left, scope), r = try translate(right, scope)
        switch op {
        case .and: return ("(\(l.sql) AND \(r.sql))", .boolean)
        case .or: return ("(\(l.sql) OR \(r.sql))", .boolean)
        case .xor: return ("(\(l.sql) <> \(r.sql))", .boolean)
        case .add:
            if l.type == .list || r.type == .list { return ("concat(\(l.sql), \(r.sql))", .list) }
            if l.type == .string || r.type == .string {
                return ("concat(CAST(\(l.sql) AS STRING), CAST(\(r.sql) AS STRING))", .string)
            }
            return ("(\(l.sql) + \(r.sql))", Self.numeric(l.type, r.type))
        case .subtract: return ("(\(l.sql) - \(r.sql))", Self.numeric(l.type, r.type))
        case .multiply: return ("(\(l.sql) * \(r.sql))", Self.numeric(l.type, r.type))
        case .divide:
            if l.type == .integer && r.type == .integer { return ("(\(l.sql) div \(r.sql))", .integer) }
            return ("(\(l.sql) / \(r.sql))", .double)
        case .modulo: return ("(\(l.sql) % \(r.sql))", Self.numeric(l.type, r.type))
        case .power: return ("power(\(l.sql), \(r.sql))", .double)
        case .startsWith, .endsWith, .contains:
            if (l.type != .string && l.type != .unknown) || (r.type != .string && r.type != .unknown) { return ("CAST(NULL AS BOOLEAN)", .boolean) }
            let function = op == .startsWith ? "startswith" : op == .endsWith ? "endswith" : "contains"
            return ("\(function)(\(l.sql), \(r.sql))", .boolean)
        case .regexMatch:
            return ("(\(l.sql) RLIKE concat('^(?:', \(r.sql), ')$'))", .boolean)
        case .in:
            guard r.type == .list || r.type == .unknown else { throw refuse(whole, "IN needs a list on its right") }
            let item = try operand(left, scope)
            return ("array_contains(\(r.sql), \(item.sql))", .boolean)
        }
    }

    private static func numeric(_ left: SparkType, _ right: SparkType) -> SparkType {
        if left == .integer && right == .integer { return .integer }
        if left.isNumber && right.isNumber { return .double }
        return .unknown
    }

    static func describe(_ expression: Expression) -> String {
        switch expression.kind {
        case .subscriptAccess: return "subscript"
        case .slice: return "list slice"
        case .map: return "map"
        case .mapProjection: return "map projection"
        case .listComprehension: return "list comprehension"
        case .patternComprehension: return "pattern comprehension"
        case .quantifier: return "list predicate"
        case .reduce: return "reduce"
        case .patternPredicate: return "pattern predicate"
        default: return "expression"
        }
    }
}
