import Foundation

/// Executor: the running state of one aggregate call (`count`, `sum`, `avg`, `min`, `max`,
/// `collect`, `stDev`, `stDevP`, `percentileCont`, `percentileDisc`) over the rows of one
/// group, updated row by row, so that a group keeps its result so far rather than its rows.
/// Only `collect`, the standard deviations and the percentiles keep values (they need them
/// all); `DISTINCT` keeps the values seen.
struct AggregateAccumulator {
    private let call: Expression
    /// The function's name in lower case; nil for `count(*)`.
    private let name: String?
    private let argument: CompiledExpression?
    /// Whether the call is `DISTINCT`.
    private var distinct = false
    /// The values seen under `DISTINCT` while every one has been an integer (ids, mostly): a
    /// set of plain integers, cheaper to hash; the first other value moves them to `seen`.
    private var seenIntegers: Set<Int64> = []
    /// The nodes seen under `DISTINCT`, by id (a node is equivalent to no other kind of value).
    private var seenNodes: Set<Int64> = []
    private var seen: Set<EquivalenceKey>?
    private var count: Int64 = 0
    private var integerSum: Int64 = 0
    private var floatSum = 0.0
    private var sumIsFloat = false
    /// The total of every number as a float, in order (for `avg`).
    private var floatTotal = 0.0
    private var durationSum: GraphDuration?
    private var extreme: Value?
    private var values: [Value] = []
    /// A percentile function's second argument, from the group's first row.
    private var percentile: Value?

    /// The state of `call` before any row; `argument`, when given, is the call's first
    /// argument already prepared (shared by the groups of one projection).
    init(_ call: Expression, argument prepared: CompiledExpression? = nil) {
        self.call = call
        if case .function(let name, let distinct, let arguments) = call.kind {
            self.name = name.lowercased()
            argument = prepared ?? CompiledExpression(arguments[0])
            self.distinct = distinct
        } else {
            name = nil
            argument = nil
        }
    }

    /// Whether `value` is one `DISTINCT` has not seen (and remembers it). Integers and other
    /// values are equivalent as in `EquivalenceKey` (`1` and `1.0` are one value).
    private mutating func isNew(_ value: Value) -> Bool {
        if case .node(let node) = value { return seenNodes.insert(node.id.rawValue).inserted }
        if seen == nil, case .int(let integer) = value { return seenIntegers.insert(integer).inserted }
        if seen == nil {
            seen = Set(seenIntegers.map { EquivalenceKey(value: .int($0)) })
            seenIntegers = []
        }
        return seen!.insert(EquivalenceKey(value: value)).inserted
    }

    /// Takes one row of the group into account; returns how many values it now keeps that
    /// it did not before (a `collect`ed value, a value seen under `DISTINCT`), for the row limit.
    @discardableResult
    mutating func add(_ row: Bindings, _ evaluator: Evaluator, _ context: ExecutionContext) throws -> Int {
        guard let name, let argument else {
            count += 1
            return 0
        }
        if percentile == nil, name.hasPrefix("percentile"), case .function(_, _, let arguments) = call.kind {
            percentile = try evaluator.evaluate(arguments[1], row)
        }
        let value = try argument.evaluate(row, evaluator)
        if value.isNull { return 0 }
        if distinct && !isNew(value) { return 0 }
        var kept = distinct ? 1 : 0
        count += 1
        switch name {
        case "count": break
        case "sum", "avg":
            if case .duration(let duration) = value, count == 1 || durationSum != nil {
                durationSum = try (durationSum ?? .zero).adding(duration)
                return kept
            }
            if durationSum != nil { throw mixed(value, context) }
            switch value {
            case .int(let item):
                let (result, overflow) = integerSum.addingReportingOverflow(item)
                if overflow && name == "sum" {
                    throw context.error(.argumentError, .integerOverflow, "sum() overflows INT64", at: call.start)
                }
                integerSum = result
            case .double(let item):
                sumIsFloat = true
                floatSum += item
            default: throw notANumber(value, context)
            }
            floatTotal += value.doubleValue!
        case "min":
            if extreme == nil || Value.orderCompare(value, extreme!) < 0 { extreme = value }
        case "max":
            if extreme == nil || Value.orderCompare(extreme!, value) < 0 { extreme = value }
        default:
            if name != "collect", value.doubleValue == nil { throw notANumber(value, context) }
            values.append(value)
            kept += 1
        }
        return kept
    }

    /// The aggregate's value over the rows taken so far.
    func result(_ context: ExecutionContext) throws -> Value {
        guard let name else { return .int(count) }
        switch name {
        case "count": return .int(count)
        case "collect": return .list(values)
        case "sum":
            if let durationSum { return .duration(durationSum) }
            return sumIsFloat ? .double(floatSum + Double(integerSum)) : .int(integerSum)
        case "avg":
            guard count > 0 else { return .null }
            if let durationSum { return .duration(try durationSum.multiplied(by: 1 / Double(count))) }
            return .double(floatTotal / Double(count))
        case "min", "max": return extreme ?? .null
        case "stdev", "stdevp":
            let numbers = values.map { $0.doubleValue! }
            let sample = name == "stdev"
            guard numbers.count > (sample ? 1 : 0) else { return .double(0) }
            let mean = numbers.reduce(0, +) / Double(numbers.count)
            let squares = numbers.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
            return .double((squares / Double(numbers.count - (sample ? 1 : 0))).squareRoot())
        case "percentilecont", "percentiledisc":
            guard !values.isEmpty else { return .null }
            guard let p = percentile?.doubleValue else {
                throw context.error(.argumentError, .invalidArgumentType, "the percentile must be a number", at: call.start)
            }
            guard (0...1).contains(p) else {
                throw context.error(.argumentError, .numberOutOfRange, "the percentile must be between 0.0 and 1.0, not \(p)",
                                    at: call.start)
            }
            let numbers = values.map { $0.doubleValue! }.sorted()
            if name == "percentiledisc" {
                let index = p == 0 ? 0 : Int((p * Double(numbers.count)).rounded(.up)) - 1
                return values.sorted { Value.orderCompare($0, $1) < 0 }[max(0, min(index, numbers.count - 1))]
            }
            let position = p * Double(numbers.count - 1)
            let lower = Int(position.rounded(.down)), upper = Int(position.rounded(.up))
            return .double(numbers[lower] + (numbers[upper] - numbers[lower]) * (position - Double(lower)))
        default:
            throw context.error(.syntaxError, .unknownFunction, "unknown aggregate \(name)", at: call.start)
        }
    }

    private func notANumber(_ value: Value, _ context: ExecutionContext) -> ChainGraphError {
        context.error(.typeError, .invalidArgumentType, "cannot aggregate \(value.typeName) \(value) as a number", at: call.start)
    }

    private func mixed(_ value: Value, _ context: ExecutionContext) -> ChainGraphError {
        context.error(.typeError, .invalidArgumentType, "cannot add \(value.typeName) \(value) to a sum of durations", at: call.start)
    }
}
