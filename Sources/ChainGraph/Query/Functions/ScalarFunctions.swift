import Foundation

/// The scalar functions: graph, list, string, numeric and conversion functions.
enum ScalarFunctions {
    static func function(_ name: String, _ arity: ClosedRange<Int>,
                         _ body: @escaping @Sendable ([Value], FunctionContext) throws -> Value) -> FunctionDefinition {
        FunctionDefinition(name: name, arity: arity, isAggregate: false, evaluate: body)
    }

    /// `range(start, end[, step])`'s arguments checked: integers, and a step that is not 0.
    static func rangeBounds(_ arguments: [Value]) throws -> (start: Int64, end: Int64, step: Int64) {
        guard let start = arguments[0].intValue, let end = arguments[1].intValue else {
            let wrong = arguments.first { $0.intValue == nil } ?? .null
            throw ChainGraphError(.argumentError, .invalidArgumentType, "range() takes integers, not \(wrong.typeName) \(wrong)")
        }
        let step = arguments.count > 2 ? arguments[2].intValue : 1
        guard let step else {
            throw ChainGraphError(.argumentError, .invalidArgumentType, "range() takes an integer step, not \(arguments[2])")
        }
        guard step != 0 else {
            throw ChainGraphError(.argumentError, .numberOutOfRange, "range() step cannot be 0")
        }
        return (start, end, step)
    }

    /// A function of one argument that returns null for null.
    static func unary(_ name: String, _ body: @escaping @Sendable (Value, FunctionContext) throws -> Value) -> FunctionDefinition {
        function(name, 1...1) { arguments, context in
            arguments[0].isNull ? .null : try body(arguments[0], context)
        }
    }

    static func math(_ name: String, _ body: @escaping @Sendable (Double) -> Double) -> FunctionDefinition {
        unary(name) { value, _ in
            guard let number = value.doubleValue else { throw argumentTypeError(name, value) }
            return .double(body(number))
        }
    }

    static let all: [FunctionDefinition] = graphFunctions + listFunctions + StringFunctions.all + numericFunctions
        + ConversionFunctions.all + TemporalFunctions.all

    static let graphFunctions: [FunctionDefinition] = [
        unary("id") { value, _ in
            switch value {
            case .node(let node): return .int(node.id.rawValue)
            case .edge(let edge): return .int(edge.id.rawValue)
            default: throw argumentTypeError("id", value)
            }
        },
        unary("labels") { value, context in
            guard case .node(let node) = value else { throw argumentTypeError("labels", value) }
            let labels = context.graph.node(node.id.rawValue)?.labels ?? node.labels
            return .list(labels.map { .string($0) })
        },
        unary("type") { value, context in
            guard case .edge(let edge) = value else { throw argumentValueError("type", value) }
            return .string(edge.type)
        },
        unary("properties") { value, context in
            switch value {
            case .node(let node): return .map(context.graph.node(node.id.rawValue)?.properties ?? node.properties)
            case .edge(let edge): return .map(context.graph.edge(edge.id.rawValue)?.properties ?? edge.properties)
            case .map: return value
            default: throw argumentTypeError("properties", value)
            }
        },
        unary("provenance") { value, context in
            let (provenance, properties): (Provenance, [String: Value])
            switch value {
            case .node(let node):
                let current = context.graph.node(node.id.rawValue) ?? node
                (provenance, properties) = (current.provenance, current.properties)
            case .edge(let edge):
                let current = context.graph.edge(edge.id.rawValue) ?? edge
                (provenance, properties) = (current.provenance, current.properties)
            default: throw argumentTypeError("provenance", value)
            }
            let entries = ProvenanceEntries.entries(provenance: provenance, evidence: properties[ProvenanceEntries.evidenceProperty])
            return .list(entries.map(Value.map))
        },
        unary("keys") { value, context in
            switch value {
            case .node(let node):
                return .list((context.graph.node(node.id.rawValue)?.properties ?? node.properties).keys.sorted().map { .string($0) })
            case .edge(let edge):
                return .list((context.graph.edge(edge.id.rawValue)?.properties ?? edge.properties).keys.sorted().map { .string($0) })
            case .map(let entries): return .list(entries.keys.sorted().map { .string($0) })
            default: throw argumentTypeError("keys", value)
            }
        },
        unary("startNode") { value, context in
            guard case .edge(let edge) = value else { throw argumentTypeError("startNode", value) }
            return .node(Node(id: edge.from, labels: [], properties: [:]))
        },
        unary("endNode") { value, context in
            guard case .edge(let edge) = value else { throw argumentTypeError("endNode", value) }
            return .node(Node(id: edge.to, labels: [], properties: [:]))
        },
        unary("nodes") { value, _ in
            guard case .path(let path) = value else { throw argumentTypeError("nodes", value) }
            return .list(path.nodes.map { .node($0) })
        },
        unary("relationships") { value, _ in
            guard case .path(let path) = value else { throw argumentTypeError("relationships", value) }
            return .list(path.edges.map { .edge($0) })
        },
        unary("length") { value, _ in
            switch value {
            case .path(let path): return .int(Int64(path.length))
            case .string(let text): return .int(Int64(text.count))
            case .list(let items): return .int(Int64(items.count))
            default: throw argumentTypeError("length", value)
            }
        },
        function("exists", 1...1) { arguments, _ in .bool(!arguments[0].isNull) },
    ]

    static let listFunctions: [FunctionDefinition] = [
        unary("size") { value, _ in
            switch value {
            case .list(let items): return .int(Int64(items.count))
            case .string(let text): return .int(Int64(text.count))
            case .map(let entries): return .int(Int64(entries.count))
            default: throw argumentTypeError("size", value)
            }
        },
        unary("head") { value, _ in
            guard case .list(let items) = value else { throw argumentTypeError("head", value) }
            return items.first ?? .null
        },
        unary("last") { value, _ in
            guard case .list(let items) = value else { throw argumentTypeError("last", value) }
            return items.last ?? .null
        },
        unary("tail") { value, _ in
            guard case .list(let items) = value else { throw argumentTypeError("tail", value) }
            return .list(Array(items.dropFirst()))
        },
        unary("reverse") { value, _ in
            switch value {
            case .list(let items): return .list(items.reversed())
            case .string(let text): return .string(String(text.reversed()))
            default: throw argumentTypeError("reverse", value)
            }
        },
        function("range", 2...3) { arguments, context in
            let (start, end, step) = try rangeBounds(arguments)
            let span = (Double(end) - Double(start)) / Double(step)
            let count = span < 0 ? 0 : span + 1
            guard count <= 10_000_000 else {
                throw ChainGraphError(.limitExceeded, .listTooLarge, "range() would make \(count) elements; the limit is 10,000,000")
            }
            try context.checkNewValue(bytes: Int(count) * MemoryLayout<Value>.stride, "range()'s list")
            return .list(stride(from: start, through: end, by: Int(step)).map { .int($0) })
        },
        function("coalesce", 1...Int.max) { arguments, _ in arguments.first { !$0.isNull } ?? .null },
        function("timestamp", 0...0) { _, _ in .int(Int64(Date().timeIntervalSince1970 * 1000)) },
        function("rand", 0...0) { _, _ in .double(Double.random(in: 0..<1)) },
        function("pi", 0...0) { _, _ in .double(Double.pi) },
        function("e", 0...0) { _, _ in .double(M_E) },
    ]

    static let numericFunctions: [FunctionDefinition] = [
        unary("abs") { value, _ in
            switch value {
            case .int(let integer):
                guard integer != .min else { throw ChainGraphError(.argumentError, .integerOverflow, "abs(\(integer)) overflows INT64") }
                return .int(abs(integer))
            case .double(let float): return .double(abs(float))
            default: throw argumentTypeError("abs", value)
            }
        },
        unary("sign") { value, _ in
            switch value {
            case .int(let integer): return .int(Int64(integer.signum()))
            case .double(let float): return .int(float > 0 ? 1 : float < 0 ? -1 : 0)
            default: throw argumentTypeError("sign", value)
            }
        },
        unary("ceil") { value, _ in
            guard let number = value.doubleValue else { throw argumentTypeError("ceil", value) }
            return .double(number.rounded(.up))
        },
        unary("floor") { value, _ in
            guard let number = value.doubleValue else { throw argumentTypeError("floor", value) }
            return .double(number.rounded(.down))
        },
        function("round", 1...2) { arguments, _ in
            if arguments[0].isNull { return .null }
            guard let number = arguments[0].doubleValue else { throw argumentTypeError("round", arguments[0]) }
            if arguments.count == 2 {
                guard let digits = arguments[1].intValue else { throw argumentTypeError("round", arguments[1]) }
                let scale = pow(10, Double(digits))
                return .double((number * scale).rounded(.toNearestOrAwayFromZero) / scale)
            }
            return .double((number + 0.5).rounded(.down))
        },
        math("sqrt") { $0.squareRoot() }, math("exp") { Foundation.exp($0) }, math("log") { Foundation.log($0) },
        math("log10") { Foundation.log10($0) }, math("sin") { Foundation.sin($0) }, math("cos") { Foundation.cos($0) },
        math("tan") { Foundation.tan($0) }, math("asin") { Foundation.asin($0) }, math("acos") { Foundation.acos($0) },
        math("atan") { Foundation.atan($0) }, math("degrees") { $0 * 180 / .pi }, math("radians") { $0 * .pi / 180 },
        math("cot") { 1 / Foundation.tan($0) }, math("haversin") { (1 - Foundation.cos($0)) / 2 },
        function("atan2", 2...2) { arguments, _ in
            if arguments.contains(where: \.isNull) { return .null }
            guard let y = arguments[0].doubleValue, let x = arguments[1].doubleValue else {
                throw argumentTypeError("atan2", arguments[0])
            }
            return .double(Foundation.atan2(y, x))
        },
    ]
}
