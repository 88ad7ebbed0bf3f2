import Foundation

/// The built-in functions of the query language: their arity and, for scalar functions,
/// how to compute them. Aggregating functions are computed by the executor.
struct FunctionDefinition: Sendable {
    let name: String
    let arity: ClosedRange<Int>
    let isAggregate: Bool
    let evaluate: @Sendable ([Value], FunctionContext) throws -> Value

    var arityDescription: String {
        arity.lowerBound == arity.upperBound ? "\(arity.lowerBound)" : "\(arity.lowerBound) to \(arity.upperBound)"
    }
}

/// What a scalar function may look at besides its arguments: the graph, for `labels(n)`,
/// `properties(n)` and friends.
struct FunctionContext {
    let graph: GraphReader
    let deletedNodes: Set<Int64>
    let deletedEdges: Set<Int64>
    /// The largest value a function may build (the query's memory limit), or nil for no limit.
    var maximumValueBytes: Int?
    /// When the statement started: what `datetime()`, `date()` and the other clock functions
    /// without arguments return, the same for every row.
    var statementTime = Date()

    /// Refuses a result of about `bytes` that alone would pass the query's memory limit.
    func checkNewValue(bytes: Int, _ what: String) throws {
        if let failure = Self.oversizedValue(bytes: bytes, what, limit: maximumValueBytes) { throw failure }
    }

    /// The error for a value of about `bytes` that alone would pass `limit`, or nil when it fits.
    static func oversizedValue(bytes: Int, _ what: String, limit: Int?) -> ChainGraphError? {
        guard let limit, bytes > limit else { return nil }
        return ChainGraphError(.limitExceeded, .memoryLimit,
                               "\(what) would take \(ExecutionContext.megabytes(bytes)) MB, past the query's memory limit of "
                               + "\(ExecutionContext.megabytes(limit)) MB")
    }
}

enum FunctionRegistry {
    static func lookup(_ name: String) -> FunctionDefinition? { table[name.lowercased()] }

    static func isAggregate(_ name: String) -> Bool { lookup(name)?.isAggregate ?? false }

    static var allNames: [String] { table.values.map(\.name).sorted() }

    static let aggregateNames = ["count", "sum", "avg", "min", "max", "collect", "stDev", "stDevP",
                                 "percentileCont", "percentileDisc"]

    private static let table: [String: FunctionDefinition] = {
        var table: [String: FunctionDefinition] = [:]
        for definition in ScalarFunctions.all { table[definition.name.lowercased()] = definition }
        for name in aggregateNames {
            let arity = name.hasPrefix("percentile") ? 2...2 : 1...1
            table[name.lowercased()] = FunctionDefinition(name: name, arity: arity, isAggregate: true) { _, _ in .null }
        }
        return table
    }()
}

func argumentTypeError(_ function: String, _ value: Value) -> ChainGraphError {
    ChainGraphError(.typeError, .invalidArgumentType, "\(function)() cannot take \(value.typeName) \(value)")
}

func argumentValueError(_ function: String, _ value: Value) -> ChainGraphError {
    ChainGraphError(.typeError, .invalidArgumentValue, "\(function)() cannot take \(value.typeName) \(value)")
}
