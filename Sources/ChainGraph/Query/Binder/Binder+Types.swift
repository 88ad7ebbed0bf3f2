extension Binder {
    /// What the binder can tell about an expression's type without running it.
    enum StaticType: String, Equatable, CustomStringConvertible {
        case boolean, integer, float, string, list, map, node, relationship, path, null

        var description: String { rawValue }
    }

    /// The type of an expression when it is evident from the text (literals, and variables
    /// whose kind the scope knows); nil when only running it would tell.
    func staticType(_ expression: Expression, _ scope: Scope) -> StaticType? {
        switch expression.kind {
        case .literal(let value):
            switch value {
            case .null: return .null
            case .bool: return .boolean
            case .int: return .integer
            case .double: return .float
            case .string: return .string
            default: return nil
            }
        case .list, .listComprehension, .patternComprehension: return .list
        case .map, .mapProjection: return .map
        case .variable(let name):
            switch scope[name] {
            case .node?: return .node
            case .relationship?: return .relationship
            case .path?: return .path
            case .relationshipList?: return .list
            case .typed(let type)?: return type
            default: return nil
            }
        case .comparison, .isNull, .hasLabels, .patternPredicate: return .boolean
        case .unary(.not, _): return .boolean
        case .binary(let op, _, _) where [.and, .or, .xor, .startsWith, .endsWith, .contains, .regexMatch, .in].contains(op):
            return .boolean
        default: return nil
        }
    }

    /// Refuses, at compile time, operations whose operand types are evident and wrong:
    /// `NOT 1`, `1 AND true`, `x IN 5`, `123.num`, `type(node)`, `length(node)`, `size(path)`.
    func checkTypes(_ expression: Expression, _ scope: Scope) throws {
        func refuse(_ operand: Expression, _ message: String) -> ChainGraphError {
            error(.invalidArgumentType, message, at: operand.start)
        }
        switch expression.kind {
        case .unary(.not, let operand):
            if let type = staticType(operand, scope), type != .boolean, type != .null {
                throw refuse(operand, "NOT needs a boolean")
            }
        case .binary(let op, let left, let right) where op == .and || op == .or || op == .xor:
            for operand in [left, right] {
                if let type = staticType(operand, scope), type != .boolean, type != .null {
                    throw refuse(operand, "\(op.rawValue) needs booleans")
                }
            }
        case .binary(.in, _, let right):
            if let type = staticType(right, scope), type != .list, type != .null {
                throw refuse(right, "IN needs a list on its right")
            }
        case .property(let base, let key):
            if staticType(base, scope) == .path {
                throw refuse(base, "cannot read property '\(key)' of a path; use nodes(p) or relationships(p)")
            }
            if let type = staticType(base, scope), [.boolean, .integer, .float, .string, .list].contains(type) {
                // openCypher classes this one as a TypeError, found at compile time.
                throw ChainGraphError(.typeError, .invalidArgumentType,
                                      "cannot read property '\(key)' of \(type == .integer ? "an" : "a") \(type)",
                                      at: source.position(base.start), phase: .compileTime)
            }
        case .function(let name, _, let arguments) where arguments.count == 1:
            let type = staticType(arguments[0], scope)
            let refused: [String: [StaticType]] = [
                "properties": [.boolean, .integer, .float, .string, .list],
                "provenance": [.boolean, .integer, .float, .string, .list, .map, .path],
                "type": [.node, .boolean, .integer, .float, .string, .list, .map],
                "length": [.node, .relationship],
                "size": [.path, .node, .relationship],
            ]
            if let type, refused[name.lowercased()]?.contains(type) == true {
                throw refuse(arguments[0], "\(name)() cannot take a \(type)")
            }
            if name.lowercased() == "size", case .patternPredicate = arguments[0].kind {
                throw error(.unexpectedSyntax, "size() cannot count a pattern; use COUNT { … } or size([p = … | p])",
                            at: arguments[0].start)
            }
        case .listComprehension(_, _, let predicate, let projection):
            for part in [predicate, projection].compactMap({ $0 }) where part.containsAggregate {
                throw error(.invalidAggregation, "aggregation is not allowed inside a list comprehension", at: part.start)
            }
        default:
            break
        }
    }
}
