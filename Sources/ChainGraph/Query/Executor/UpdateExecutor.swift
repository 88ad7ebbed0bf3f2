/// Executor: the updating clauses — CREATE, MERGE, SET, REMOVE, DELETE — written through
/// the statement's writer, so a failure anywhere leaves the graph untouched.
struct UpdateExecutor {
    let context: ExecutionContext
    var evaluator: Evaluator { Evaluator(context) }

    // MARK: CREATE

    func create(_ patterns: [PatternPart], rows: [Bindings], position: Int) throws -> [Bindings] {
        try rows.map { row in
            try context.checkLimits()
            var bound = row
            for pattern in patterns { bound = try create(pattern, bound, position: position) }
            return bound
        }
    }

    func create(_ pattern: PatternPart, _ row: Bindings, position: Int) throws -> Bindings {
        let writer = try context.writer(at: position)
        var bound = row
        var trail = PathTrail(nodes: [], edges: [])
        func node(_ pattern: NodePattern) throws -> Int64 {
            if let name = pattern.variable, let value = bound[name] {
                guard case .node(let existing) = value else {
                    throw context.error(.semanticError, .variableTypeConflict,
                                        "'\(name)' is \(value.typeName), so CREATE cannot use it as a node", at: pattern.start)
                }
                guard context.graph.nodeRecord(existing.id.rawValue) != nil else {
                    throw context.error(.entityNotFound, .deletedEntityAccess, "node \(existing.id) has been deleted", at: pattern.start)
                }
                return existing.id.rawValue
            }
            let properties = try propertyMap(pattern.properties, bound)
            let id = try withPosition(pattern.start) {
                try writer.createNode(labels: pattern.labels, properties: properties).rawValue
            }
            context.refresh()
            if let name = pattern.variable { bound[name] = context.nodeReference(id) }
            return id
        }
        var current = try node(pattern.start)
        trail.nodes.append(current)
        for (relationship, nextPattern) in pattern.steps {
            let next = try node(nextPattern)
            let properties = try propertyMap(relationship.properties, bound)
            let (from, to) = relationship.direction == .incoming ? (next, current) : (current, next)
            let edge = try withPosition(relationship.start) {
                try writer.createEdge(relationship.types[0], from: NodeID(from), to: NodeID(to), properties: properties).rawValue
            }
            context.refresh()
            if let name = relationship.variable { bound[name] = context.edgeReference(edge) }
            trail.nodes.append(next)
            trail.edges.append(edge)
            current = next
        }
        if let name = pattern.pathVariable { bound[name] = trail.value(context) }
        return bound
    }

    func propertyMap(_ expression: Expression?, _ row: Bindings) throws -> [String: Value] {
        guard let expression else { return [:] }
        switch try evaluator.evaluate(expression, row) {
        case .map(let entries): return entries
        case .null: return [:]
        case let other:
            throw context.error(.typeError, .invalidArgumentType, "properties must be a map, not \(other.typeName)", at: expression.start)
        }
    }

    /// Runs a storage call, giving its error the position of the query text that caused it.
    func withPosition<T>(_ offset: Int, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch var failure as ChainGraphError {
            if failure.position == nil { failure.position = context.source.position(offset) }
            throw failure
        }
    }

    // MARK: MERGE

    func merge(_ merge: Merge, rows: [Bindings]) throws -> [Bindings] {
        var result: [Bindings] = []
        for row in rows {
            try context.checkLimits()
            for properties in merge.pattern.expressions {
                if case .map(let entries) = try evaluator.evaluate(properties, row),
                   let key = entries.first(where: { $0.value.isNull })?.key {
                    throw context.error(.semanticError, .mergeReadOwnWrites,
                                        "MERGE cannot use a null property value ('\(key)')", at: properties.start)
                }
            }
            var matches: [Bindings] = []
            try PatternMatcher(context).match([merge.pattern], from: row) { matches.append($0) }
            if matches.isEmpty {
                let created = try create(merge.pattern, row, position: merge.position)
                try set(merge.onCreate, row: created, position: merge.position)
                result.append(created)
            } else {
                for matched in matches {
                    try set(merge.onMatch, row: matched, position: merge.position)
                    result.append(matched)
                }
            }
        }
        return result
    }

    // MARK: SET and REMOVE

    func set(_ items: [SetItem], row: Bindings, position: Int) throws {
        let writer = try context.writer(at: position)
        for item in items {
            switch item {
            case .property(let target, let key, let valueExpression):
                let value = try evaluator.evaluate(valueExpression, row)
                try withPosition(target.start) {
                    switch try evaluator.evaluate(target, row) {
                    case .node(let node): try writer.setProperty(key, to: value, on: node.id)
                    case .edge(let edge): try writer.setProperty(key, to: value, on: edge.id)
                    case .null: break
                    case let other:
                        throw context.error(.typeError, .invalidArgumentType, "cannot set a property on \(other.typeName)",
                                            at: target.start)
                    }
                }
            case .replaceProperties(let variable, let valueExpression, let offset),
                 .mergeProperties(let variable, let valueExpression, let offset):
                let merge: Bool
                if case .mergeProperties = item { merge = true } else { merge = false }
                var properties: [String: Value]
                switch try evaluator.evaluate(valueExpression, row) {
                case .map(let entries): properties = entries
                case .node(let node): properties = context.fullNode(node.id).properties
                case .edge(let edge): properties = context.fullEdge(edge).properties
                case .null: properties = [:]
                case let other:
                    throw context.error(.typeError, .invalidArgumentType, "SET needs a map, not \(other.typeName)",
                                        at: valueExpression.start)
                }
                try withPosition(offset) {
                    switch row[variable] ?? .null {
                    case .node(let node):
                        if merge {
                            for (key, value) in properties { try writer.setProperty(key, to: value, on: node.id) }
                        } else {
                            try writer.setProperties(properties, on: node.id)
                        }
                    case .edge(let edge):
                        if merge {
                            for (key, value) in properties { try writer.setProperty(key, to: value, on: edge.id) }
                        } else {
                            try writer.setProperties(properties, on: edge.id)
                        }
                    case .null: break
                    case let other:
                        throw context.error(.typeError, .invalidArgumentType, "cannot set properties on \(other.typeName)", at: offset)
                    }
                }
            case .labels(let variable, let labels, let offset):
                guard case .node(let node) = row[variable] ?? .null else { continue }
                try withPosition(offset) { for label in labels { try writer.addLabel(label, to: node.id) } }
            }
            context.refresh()
        }
    }

    func remove(_ items: [RemoveItem], rows: [Bindings], position: Int) throws {
        let writer = try context.writer(at: position)
        for row in rows {
            for item in items {
                switch item {
                case .property(let target, let key):
                    try withPosition(target.start) {
                        switch try evaluator.evaluate(target, row) {
                        case .node(let node): try writer.setProperty(key, to: .null, on: node.id)
                        case .edge(let edge): try writer.setProperty(key, to: .null, on: edge.id)
                        default: break
                        }
                    }
                case .labels(let variable, let labels, let offset):
                    guard case .node(let node) = row[variable] ?? .null else { continue }
                    try withPosition(offset) { for label in labels { try writer.removeLabel(label, from: node.id) } }
                }
                context.refresh()
            }
        }
    }

    // MARK: DELETE

    func delete(_ expressions: [Expression], detach: Bool, rows: [Bindings], position: Int) throws {
        let writer = try context.writer(at: position)
        var nodes: [(Int64, Int)] = [], edges: [Int64] = []
        func collect(_ value: Value, at offset: Int) throws {
            switch value {
            case .null: break
            case .node(let node): nodes.append((node.id.rawValue, offset))
            case .edge(let edge): edges.append(edge.id.rawValue)
            case .path(let path):
                edges += path.edges.map(\.id.rawValue)
                nodes += path.nodes.map { ($0.id.rawValue, offset) }
            case let other:
                throw context.error(.typeError, .invalidArgumentType, "DELETE cannot delete \(other.typeName) \(other)", at: offset)
            }
        }
        for row in rows {
            for expression in expressions { try collect(try evaluator.evaluate(expression, row), at: expression.start) }
        }
        for edge in edges where context.graph.edgeRecord(edge) != nil {
            context.deletedEdgeValues[edge] = context.graph.edge(edge)
            try writer.deleteEdge(EdgeID(edge))
            context.deletedEdges.insert(edge)
            context.refresh()
        }
        for (node, offset) in nodes where context.graph.nodeRecord(node) != nil {
            context.deletedNodeValues[node] = context.graph.node(node)
            if detach {
                context.graph.forEachEdge(of: node, type: nil, direction: .both) { edge, _ in
                    context.deletedEdgeValues[edge] = context.graph.edge(edge)
                    return true
                }
            }
            try withPosition(offset) { try writer.deleteNode(NodeID(node), detach: detach) }
            context.deletedNodes.insert(node)
            context.refresh()
        }
    }
}
