import Foundation

extension Evaluator {
    func unary(_ op: UnaryOperator, _ value: Value, at expression: Expression) throws -> Value {
        if value.isNull { return .null }
        switch (op, value) {
        case (.not, .bool(let flag)): return .bool(!flag)
        case (.minus, .int(let integer)):
            guard integer != .min else { throw overflow(at: expression) }
            return .int(-integer)
        case (.minus, .double(let float)): return .double(-float)
        case (.plus, .int), (.plus, .double), (.plus, .duration): return value
        case (.minus, .duration(let duration)):
            do {
                return .duration(try duration.negated())
            } catch let failure as ChainGraphError {
                throw context.error(failure.kind, failure.detail, failure.message, at: expression.start)
            }
        default: throw typeError("cannot apply \(op.rawValue) to \(value.typeName) \(value)", at: expression)
        }
    }

    func binary(_ op: BinaryOperator, _ leftExpression: Expression, _ rightExpression: Expression,
                _ row: Bindings, at expression: Expression) throws -> Value {
        switch op {
        case .and, .or, .xor:
            let left = try logical(leftExpression, row), right = try logical(rightExpression, row)
            switch op {
            case .and:
                if left == false || right == false { return .bool(false) }
                return left == nil || right == nil ? .null : .bool(true)
            case .or:
                if left == true || right == true { return .bool(true) }
                return left == nil || right == nil ? .null : .bool(false)
            default:
                guard let left, let right else { return .null }
                return .bool(left != right)
            }
        default:
            break
        }
        let left = try evaluate(leftExpression, row), right = try evaluate(rightExpression, row)
        switch op {
        case .in:
            if right.isNull { return .null }
            guard case .list(let items) = right else {
                throw typeError("IN needs a list on its right, not \(right.typeName)", at: expression)
            }
            var sawNull = false
            for item in items {
                switch Value.cypherEquals(left, item) {
                case true?: return .bool(true)
                case nil: sawNull = true
                default: break
                }
            }
            return sawNull ? .null : .bool(false)
        case .startsWith, .endsWith, .contains:
            guard case .string(let text) = left, case .string(let part) = right else { return .null }
            switch op {
            case .startsWith: return .bool(text.hasPrefix(part))
            case .endsWith: return .bool(text.hasSuffix(part))
            default: return .bool(part.isEmpty || text.contains(part))
            }
        case .regexMatch:
            guard case .string(let text) = left, case .string(let pattern) = right else { return .null }
            return .bool(try RegexCache.matches(text, pattern, at: expression, context))
        default:
            return try arithmetic(op, left, right, at: expression)
        }
    }

    private func logical(_ expression: Expression, _ row: Bindings) throws -> Bool? {
        switch try evaluate(expression, row) {
        case .bool(let flag): return flag
        case .null: return nil
        case let other: throw typeError("expected a boolean, got \(other.typeName) \(other)", at: expression)
        }
    }

    func overflow(at expression: Expression) -> ChainGraphError {
        context.error(.argumentError, .integerOverflow, "the result does not fit in a 64-bit integer", at: expression.start)
    }

    func arithmetic(_ op: BinaryOperator, _ left: Value, _ right: Value, at expression: Expression) throws -> Value {
        if left.isNull || right.isNull { return .null }
        switch (op, left, right) {
        case (.add, .list(let a), .list(let b)):
            try context.checkNewValue(bytes: (a.count + b.count) * MemoryLayout<Value>.stride, "the concatenated list",
                                      at: expression.start)
            return .list(a + b)
        case (.add, .list(let a), _): return .list(a + [right])
        case (.add, _, .list(let b)): return .list([left] + b)
        case (.add, .string(let a), .string(let b)):
            try context.checkNewValue(bytes: a.utf8.count + b.utf8.count, "the concatenated string", at: expression.start)
            return .string(a + b)
        case (.add, .string(let a), .int), (.add, .string(let a), .double):
            return .string(a + (try ConversionFunctions.toString(right).stringValue ?? ""))
        case (.add, .int, .string(let b)), (.add, .double, .string(let b)):
            return .string((try ConversionFunctions.toString(left).stringValue ?? "") + b)
        case (_, .int(let a), .int(let b)):
            let result: (Int64, Bool)
            switch op {
            case .add: result = a.addingReportingOverflow(b)
            case .subtract: result = a.subtractingReportingOverflow(b)
            case .multiply: result = a.multipliedReportingOverflow(by: b)
            case .divide, .modulo:
                guard b != 0 else {
                    throw context.error(.argumentError, .divisionByZero, "integer division by zero", at: expression.start)
                }
                result = op == .divide ? a.dividedReportingOverflow(by: b) : a.remainderReportingOverflow(dividingBy: b)
            case .power: return .double(pow(Double(a), Double(b)))
            default: throw typeError("unsupported operator", at: expression)
            }
            if result.1 { throw overflow(at: expression) }
            return .int(result.0)
        case (_, .duration, _), (_, _, .duration):
            do {
                if let result = try TemporalOperators.apply(op, left, right) { return result }
            } catch let failure as ChainGraphError {
                throw context.error(failure.kind, failure.detail, failure.message, at: expression.start)
            }
        case (_, .int, .double), (_, .double, .int), (_, .double, .double):
            let a = left.doubleValue!, b = right.doubleValue!
            switch op {
            case .add: return .double(a + b)
            case .subtract: return .double(a - b)
            case .multiply: return .double(a * b)
            case .divide: return .double(a / b)
            case .modulo: return .double(fmod(a, b))
            case .power: return .double(pow(a, b))
            default: break
            }
        default:
            break
        }
        throw typeError("cannot apply \(op.rawValue) to \(left.typeName) and \(right.typeName)", at: expression)
    }
}

/// Compiled regular expressions, shared across queries.
enum RegexCache {
    private static let cache = Locked<[String: NSRegularExpression]>([:])
    /// The most patterns kept; past it the cache starts again (a query can make a pattern per row).
    static let capacity = 1_000
    /// How many backtracking states ICU saves between two progress reports.
    static let statesPerProgressReport = 10_000

    /// The number of patterns kept now.
    static var count: Int { cache.withLock { $0.count } }

    static func matches(_ text: String, _ pattern: String, at expression: Expression, _ context: ExecutionContext) throws -> Bool {
        let regex = try compiled(pattern, at: expression, context)
        // ICU reports progress every 10,000 saved backtracking states: a pattern that
        // backtracks catastrophically stops at the query's backtracking budget, time limit or
        // cancellation, and a search ICU gives up on is an error, never a "false".
        let reportsAllowed = max(1, context.options.maximumRegexBacktracking / statesPerProgressReport)
        var matched = false, gaveUp = false, reports = 0
        var limit: Error?
        regex.enumerateMatches(in: text, options: [.reportCompletion, .reportProgress],
                               range: NSRange(text.startIndex..., in: text)) { result, flags, stop in
            if result != nil {
                matched = true
                stop.pointee = true
            }
            if flags.contains(.internalError) { gaveUp = true }
            if flags.contains(.progress) {
                reports += 1
                if reports > reportsAllowed {
                    gaveUp = true
                    stop.pointee = true
                    return
                }
                do { try context.checkLimitsNow() } catch {
                    limit = error
                    stop.pointee = true
                }
            }
        }
        if let limit { throw limit }
        guard matched || !gaveUp else {
            throw context.error(.limitExceeded, .regexTooComplex,
                                "matching '\(pattern)' backtracks too much on a \(text.count)-character string "
                                + "(past QueryOptions.maximumRegexBacktracking); simplify the pattern",
                                at: expression.start)
        }
        return matched
    }

    private static func compiled(_ pattern: String, at expression: Expression, _ context: ExecutionContext) throws -> NSRegularExpression {
        if let regex = cache.value[pattern] { return regex }
        let regex: NSRegularExpression
        do {
            regex = try NSRegularExpression(pattern: "^(?:" + pattern + ")$", options: [.dotMatchesLineSeparators])
        } catch {
            throw context.error(.argumentError, .invalidRegex, "'\(pattern)' is not a valid regular expression",
                                at: expression.start)
        }
        cache.withLock { patterns in
            if patterns.count >= capacity { patterns.removeAll(keepingCapacity: true) }
            patterns[pattern] = regex
        }
        return regex
    }
}
