extension Evaluator {
    func property(of value: Value, _ key: String, at expression: Expression) throws -> Value {
        switch value {
        case .null: return .null
        case .node(let node):
            let id = node.id.rawValue
            let graph = context.graph
            // Read in place; a key no node has is null on a live node.
            if let symbol = graph.propertyKeys.id(of: key) {
                if let stored = graph.nodeProperty(id, symbol) { return stored ?? .null }
            } else if graph.isNodeAlive(id) {
                return .null
            }
            if let deleted = context.deletedNodeValues[id] { return deleted.properties[key] ?? .null }
            throw context.error(.entityNotFound, .deletedEntityAccess, "node \(id) has been deleted", at: expression.start)
        case .edge(let edge):
            let id = edge.id.rawValue
            let graph = context.graph
            if let symbol = graph.propertyKeys.id(of: key) {
                if let stored = graph.edgeProperty(id, symbol) { return stored ?? .null }
            } else if graph.isEdgeAlive(id) {
                return .null
            }
            if let deleted = context.deletedEdgeValues[id] { return deleted.properties[key] ?? .null }
            throw context.error(.entityNotFound, .deletedEntityAccess, "relationship \(id) has been deleted", at: expression.start)
        case .map(let entries):
            return entries[key] ?? .null
        case .date, .localTime, .time, .localDateTime, .dateTime, .duration:
            do {
                return try TemporalAccessors.field(key, of: value) ?? .null
            } catch let failure as ChainGraphError {
                throw context.error(failure.kind, failure.detail, failure.message, at: expression.start)
            }
        default:
            throw typeError("cannot read property '\(key)' of \(value.typeName) \(value)", at: expression)
        }
    }

    func subscriptValue(_ base: Value, _ index: Value, at expression: Expression) throws -> Value {
        switch (base, index) {
        case (.null, _), (_, .null): return .null
        case (.list(let items), .int(let position)):
            let resolved = position < 0 ? Int64(items.count) + position : position
            guard resolved >= 0, resolved < Int64(items.count) else { return .null }
            return items[Int(resolved)]
        case (.list, _):
            throw typeError("a list index must be an integer, not \(index.typeName)", at: expression)
        case (.map, .string(let key)), (.node, .string(let key)), (.edge, .string(let key)):
            return try property(of: base, key, at: expression)
        case (.map, _), (.node, _), (.edge, _):
            throw typeError("a map key must be a string, not \(index.typeName)", at: expression)
        default:
            throw typeError("cannot index into \(base.typeName)", at: expression)
        }
    }

    func slice(_ base: Value, _ from: Value?, _ to: Value?, at expression: Expression) throws -> Value {
        if base.isNull || from?.isNull == true || to?.isNull == true { return .null }
        guard case .list(let items) = base else { throw typeError("only lists can be sliced", at: expression) }
        func bound(_ value: Value?, _ fallback: Int) throws -> Int {
            guard let value else { return fallback }
            guard case .int(let raw) = value else { throw typeError("slice bounds must be integers", at: expression) }
            let resolved = raw < 0 ? Int64(items.count) + raw : raw
            return Int(min(max(resolved, 0), Int64(items.count)))
        }
        let lower = try bound(from, 0), upper = try bound(to, items.count)
        return .list(lower < upper ? Array(items[lower..<upper]) : [])
    }

    func mapProjection(_ base: Value, _ items: [MapProjectionItem], _ row: Bindings, at expression: Expression) throws -> Value {
        if base.isNull { return .null }
        var properties: [String: Value]
        switch base {
        case .node(let node): properties = context.fullNode(node.id).properties
        case .edge(let edge): properties = context.fullEdge(edge).properties
        case .map(let entries): properties = entries
        default: throw typeError("a map projection needs a node, relationship or map", at: expression)
        }
        var result: [String: Value] = [:]
        for item in items {
            switch item {
            case .allProperties: result.merge(properties) { $1 }
            case .property(let key): result[key] = properties[key] ?? .null
            case .entry(let key, let value): result[key] = try evaluate(value, row)
            case .variable(let name): result[name] = row[name] ?? .null
            }
        }
        return .map(result)
    }
}
