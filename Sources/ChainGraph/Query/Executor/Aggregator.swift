import Foundation

/// Executor: computes aggregate calls (`count`, `sum`, `avg`, `min`, `max`, `collect`,
/// `stDev`, `stDevP`, `percentileCont`, `percentileDisc`) over the rows of one group.
struct Aggregator {
    let context: ExecutionContext

    /// Every aggregate call in `expressions`, outermost first.
    static func calls(in expressions: [Expression]) -> [Expression] {
        var calls: [Expression] = []
        for expression in expressions {
            expression.walk { candidate in
                switch candidate.kind {
                case .countStar: calls.append(candidate)
                case .function(let name, _, _) where FunctionRegistry.isAggregate(name): calls.append(candidate)
                default: break
                }
            }
        }
        return calls
    }

    func compute(_ call: Expression, over rows: [Bindings]) throws -> Value {
        guard case .function(let name, let distinct, let arguments) = call.kind else { return .int(Int64(rows.count)) }
        let evaluator = Evaluator(context)
        var values: [Value] = []
        values.reserveCapacity(rows.count)
        for row in rows {
            try context.checkLimits()
            let value = try evaluator.evaluate(arguments[0], row)
            if !value.isNull { values.append(value) }
        }
        if distinct {
            var seen = Set<EquivalenceKey>()
            values = values.filter { seen.insert(EquivalenceKey(value: $0)).inserted }
        }
        switch name.lowercased() {
        case "count": return .int(Int64(values.count))
        case "collect": return .list(values)
        case "sum": return try sum(values, call)
        case "avg":
            guard !values.isEmpty else { return .null }
            guard case .double(let total) = try sum(values.map { .double(try number($0, call)) }, call) else { return .null }
            return .double(total / Double(values.count))
        case "min": return values.min { Value.orderCompare($0, $1) < 0 } ?? .null
        case "max": return values.max { Value.orderCompare($0, $1) < 0 } ?? .null
        case "stdev", "stdevp":
            let numbers = try values.map { try number($0, call) }
            let sample = name.lowercased() == "stdev"
            guard numbers.count > (sample ? 1 : 0) else { return .double(0) }
            let mean = numbers.reduce(0, +) / Double(numbers.count)
            let squares = numbers.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
            return .double((squares / Double(numbers.count - (sample ? 1 : 0))).squareRoot())
        case "percentilecont", "percentiledisc":
            let percentile = try evaluator.evaluate(arguments[1], rows.first ?? [:])
            guard let p = percentile.doubleValue else {
                throw context.error(.argumentError, .invalidArgumentType, "the percentile must be a number", at: call.start)
            }
            guard (0...1).contains(p) else {
                throw context.error(.argumentError, .numberOutOfRange, "the percentile must be between 0.0 and 1.0, not \(p)",
                                    at: call.start)
            }
            let numbers = try values.map { try number($0, call) }.sorted()
            guard !numbers.isEmpty else { return .null }
            if name.lowercased() == "percentiledisc" {
                let index = p == 0 ? 0 : Int((p * Double(numbers.count)).rounded(.up)) - 1
                let chosen = values.sorted { Value.orderCompare($0, $1) < 0 }[max(0, min(index, numbers.count - 1))]
                return chosen
            }
            let position = p * Double(numbers.count - 1)
            let lower = Int(position.rounded(.down)), upper = Int(position.rounded(.up))
            return .double(numbers[lower] + (numbers[upper] - numbers[lower]) * (position - Double(lower)))
        default:
            throw context.error(.syntaxError, .unknownFunction, "unknown aggregate \(name)", at: call.start)
        }
    }

    private func number(_ value: Value, _ call: Expression) throws -> Double {
        guard let number = value.doubleValue else {
            throw context.error(.typeError, .invalidArgumentType, "cannot aggregate \(value.typeName) \(value) as a number",
                                at: call.start)
        }
        return number
    }

    private func sum(_ values: [Value], _ call: Expression) throws -> Value {
        var integer: Int64 = 0
        var float = 0.0
        var isFloat = false
        for value in values {
            switch value {
            case .int(let item):
                let (result, overflow) = integer.addingReportingOverflow(item)
                if overflow {
                    throw context.error(.argumentError, .integerOverflow, "sum() overflows INT64", at: call.start)
                }
                integer = result
            case .double(let item):
                isFloat = true
                float += item
            default:
                _ = try number(value, call)
            }
        }
        return isFloat ? .double(float + Double(integer)) : .int(integer)
    }
}
