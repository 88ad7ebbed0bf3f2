/// Binder: resolves variables and checks a parsed query's meaning against openCypher's
/// rules (and, in strict mode, against the schema) before anything runs.
///
/// It reports `SyntaxError`s at compile time with the position of the offending part:
/// undefined or conflicting variables, misplaced aggregation, patterns CREATE cannot
/// build, non-constant SKIP/LIMIT, mismatched UNION columns, unknown functions.
struct Binder {
    enum VariableKind: Equatable, CustomStringConvertible {
        case node, relationship, relationshipList, path, value
        /// A value whose type the query's text makes evident (`WITH 123 AS n`).
        case typed(StaticType)

        /// Whether a pattern may bind a relationship list to a variable of this kind
        /// (a value of unknown type, or a list).
        var acceptsRelationshipList: Bool { self == .value || self == .typed(.list) }

        var description: String {
            switch self {
            case .node: return "node"
            case .relationship: return "relationship"
            case .relationshipList: return "relationship list"
            case .path: return "path"
            case .value: return "value"
            case .typed(let type): return type.description
            }
        }
    }

    typealias Scope = [String: VariableKind]

    let source: SourceText
    let schema: GraphSchema

    func error(_ code: ErrorCode, _ message: String, at offset: Int) -> ChainGraphError {
        ChainGraphError(.syntaxError, code, message, at: source.position(offset), phase: .compileTime)
    }

    func semanticError(_ code: ErrorCode, _ message: String, at offset: Int) -> ChainGraphError {
        ChainGraphError(.semanticError, code, message, at: source.position(offset), phase: .compileTime)
    }

    /// Checks a whole query; returns each part's column names.
    func bind(_ query: Query) throws -> [String] {
        var columns: [String]?
        for (index, part) in query.parts.enumerated() {
            let partColumns = try bind(part, isLast: true)
            if let columns, columns != partColumns {
                throw error(.differentColumnsInUnion, "all parts of a UNION must return the same columns, in the same order",
                            at: query.position)
            }
            columns = partColumns
            if index > 0, query.unionAll.count > 1, Set(query.unionAll).count > 1 {
                throw error(.invalidClauseComposition, "UNION and UNION ALL cannot be mixed in one query", at: query.position)
            }
        }
        return columns ?? []
    }

    private func bind(_ query: SingleQuery, isLast: Bool) throws -> [String] {
        try checkAgainstSchema(query)
        var scope = Scope()
        var columns: [String] = []
        for (index, clause) in query.clauses.enumerated() {
            let isFinal = index == query.clauses.count - 1
            switch clause {
            case .match(let match):
                try bindMatch(match, &scope)
            case .unwind(let list, let variable, let position):
                try check(list, scope)
                try declare(variable, .value, in: &scope, at: position)
            case .with(let projection):
                if isFinal {
                    throw error(.invalidClauseComposition, "a query cannot end with WITH; add a RETURN", at: projection.position)
                }
                scope = try bindProjection(projection, scope, isWith: true).scope
            case .return(let projection):
                if !isFinal {
                    throw error(.invalidClauseComposition, "RETURN must be the last clause", at: projection.position)
                }
                columns = try bindProjection(projection, scope, isWith: false).columns
            case .create(let patterns, _):
                for pattern in patterns { try bindCreatePattern(pattern, &scope, isMerge: false) }
            case .merge(let merge):
                try bindCreatePattern(merge.pattern, &scope, isMerge: true)
                for item in merge.onCreate + merge.onMatch { try bindSetItem(item, scope) }
            case .set(let items, _):
                for item in items { try bindSetItem(item, scope) }
            case .remove(let items, _):
                for item in items {
                    switch item {
                    case .property(let target, _): try check(target, scope)
                    case .labels(let variable, _, let position): try requireDefined(variable, scope, at: position)
                    }
                }
            case .delete(let expressions, _, _):
                for expression in expressions {
                    try check(expression, scope)
                    switch expression.kind {
                    case .variable, .property, .subscriptAccess, .function, .parameter, .literal(.null): break
                    case .hasLabels:
                        throw error(.invalidDelete, "DELETE takes nodes, relationships or paths, not a label test", at: expression.start)
                    default:
                        throw error(.invalidArgumentType,
                                    "DELETE takes nodes, relationships or paths; '\(source.text(expression.start, expression.end))' is none",
                                    at: expression.start)
                    }
                }
            case .call(let call):
                columns = try bindCall(call, &scope)
            }
            if isFinal && !clause.canEndQuery {
                throw error(.invalidClauseComposition, "a query must end with RETURN or an updating clause",
                            at: source.scalars.count)
            }
        }
        return columns
    }

    // MARK: Scope

    func declare(_ name: String, _ kind: VariableKind, in scope: inout Scope, at offset: Int) throws {
        if scope[name] != nil {
            throw error(.variableAlreadyBound, "variable '\(name)' is already defined", at: offset)
        }
        scope[name] = kind
    }

    func requireDefined(_ name: String, _ scope: Scope, at offset: Int) throws {
        guard scope[name] != nil else {
            throw error(.undefinedVariable, "variable '\(name)' is not defined" + NameSuggestion.hint(for: name, among: Array(scope.keys)),
                        at: offset)
        }
    }

    // MARK: Patterns

    private func bindMatch(_ match: Match, _ scope: inout Scope) throws {
        var relationshipsInClause = Set<String>()
        for pattern in match.patterns {
            try bindPattern(pattern, &scope, relationshipsInClause: &relationshipsInClause)
        }
        if let predicate = match.predicate {
            try check(predicate, scope)
            if predicate.containsAggregate {
                throw error(.invalidAggregation, "aggregation is not allowed in WHERE", at: predicate.start)
            }
        }
    }

    /// Declares a MATCH pattern's variables, checking kinds and uniqueness.
    func bindPattern(_ pattern: PatternPart, _ scope: inout Scope, relationshipsInClause: inout Set<String>) throws {
        let before = scope
        for node in pattern.nodes {
            if let name = node.variable {
                if let kind = scope[name], kind != .node, kind != .value {
                    throw error(.variableTypeConflict, "'\(name)' is a \(kind), not a node", at: node.start)
                }
                scope[name] = .node
            }
        }
        for relationship in pattern.relationships {
            if let name = relationship.variable {
                let kind: VariableKind = relationship.length == nil ? .relationship : .relationshipList
                if let existing = scope[name], !existing.acceptsRelationshipList {
                    if existing != kind || relationship.length != nil {
                        throw error(.variableTypeConflict, "'\(name)' is already a \(existing)", at: relationship.start)
                    }
                }
                if !relationshipsInClause.insert(name).inserted {
                    throw error(.relationshipUniquenessViolation,
                                "relationship '\(name)' appears twice in one pattern", at: relationship.start)
                }
                scope[name] = kind
            }
        }
        if let path = pattern.pathVariable {
            if before[path] != nil || scope[path] != nil && pattern.variables.dropFirst().contains(path) {
                throw error(.variableAlreadyBound, "variable '\(path)' is already defined", at: pattern.position)
            }
            scope[path] = .path
        }
        for expression in pattern.expressions {
            if case .parameter = expression.kind {
                throw error(.invalidParameterUse, "a parameter cannot stand for a pattern's properties in MATCH or MERGE; write {key: $param}",
                            at: expression.start)
            }
            try check(expression, scope)
        }
        if pattern.shortest != .none {
            guard pattern.steps.count == 1 else {
                throw error(.invalidRelationshipPattern, "shortestPath needs a pattern of exactly one relationship",
                            at: pattern.position)
            }
        }
    }

    private func bindCreatePattern(_ pattern: PatternPart, _ scope: inout Scope, isMerge: Bool) throws {
        let verb = isMerge ? "MERGE" : "CREATE"
        for (index, node) in pattern.nodes.enumerated() {
            guard let name = node.variable else { continue }
            if let kind = scope[name] {
                // A value of unknown type may hold a node: the write checks it when it runs.
                if kind != .node && kind != .value {
                    throw error(.variableTypeConflict, "'\(name)' is a \(kind), not a node", at: node.start)
                }
                let standalone = pattern.steps.isEmpty && index == 0
                if !node.labels.isEmpty || node.properties != nil || standalone {
                    throw error(.variableAlreadyBound, "\(verb) cannot redefine the bound node '\(name)'", at: node.start)
                }
            }
            if let properties = node.properties {
                if isMerge, case .parameter = properties.kind {
                    throw error(.invalidParameterUse, "a parameter cannot stand for a node's properties in MERGE", at: properties.start)
                }
                try check(properties, scope)
            }
            scope[name] = .node
        }
        for node in pattern.nodes where node.variable == nil {
            if let properties = node.properties { try check(properties, scope) }
        }
        for relationship in pattern.relationships {
            if let name = relationship.variable, scope[name] != nil {
                throw error(.variableAlreadyBound, "\(verb) cannot redefine the bound relationship '\(name)'", at: relationship.start)
            }
            if isMerge, let properties = relationship.properties, case .parameter = properties.kind {
                throw error(.invalidParameterUse, "a parameter cannot stand for a relationship's properties in MERGE",
                            at: properties.start)
            }
            if relationship.types.count != 1 {
                throw error(.noSingleRelationshipType, "\(verb) needs exactly one relationship type", at: relationship.start)
            }
            if relationship.direction == .both && !isMerge {
                // Also `<-[]->`, which the parser reads as either direction.
                throw error(.requiresDirectedRelationship, "CREATE needs a direction on every relationship", at: relationship.start)
            }
            if relationship.length != nil {
                throw error(.creatingVarLength, "\(verb) cannot create a variable-length relationship", at: relationship.start)
            }
            if let properties = relationship.properties { try check(properties, scope) }
            if let name = relationship.variable {
                if scope[name] != nil {
                    throw error(.variableAlreadyBound, "\(verb) cannot redefine the bound relationship '\(name)'",
                                at: relationship.start)
                }
                scope[name] = .relationship
            }
        }
        if let path = pattern.pathVariable { try declare(path, .path, in: &scope, at: pattern.position) }
    }

    private func bindSetItem(_ item: SetItem, _ scope: Scope) throws {
        switch item {
        case .property(let target, _, let value):
            try check(target, scope)
            try check(value, scope)
        case .replaceProperties(let variable, let value, let position), .mergeProperties(let variable, let value, let position):
            try requireDefined(variable, scope, at: position)
            try check(value, scope)
        case .labels(let variable, _, let position):
            try requireDefined(variable, scope, at: position)
        }
    }
}

extension Binder {
    /// Checks a procedure call's name, argument count and YIELD fields; declares the fields.
    func bindCall(_ call: ProcedureCall, _ scope: inout Scope) throws -> [String] {
        guard let procedure = ProcedureRegistry.lookup(call.name) else {
            throw semanticError(.procedureNotFound, "there is no procedure named \(call.name)"
                                + NameSuggestion.hint(for: call.name, among: ProcedureRegistry.names), at: call.position)
        }
        guard (procedure.requiredCount...procedure.maximumArgumentCount).contains(call.arguments.count) else {
            throw error(.invalidNumberOfArguments, "\(procedure.signature) takes \(procedure.requiredCount) to \(procedure.parameters.count) argument(s), got \(call.arguments.count)",
                        at: call.position)
        }
        for argument in call.arguments { try check(argument, scope) }
        let yields = call.yields.isEmpty ? procedure.outputs.map { ($0, nil as String?) } : call.yields
        for (name, alias) in yields {
            guard procedure.outputs.contains(name) else {
                throw semanticError(.unknownYield, "\(procedure.name) yields \(procedure.outputs.joined(separator: ", ")), not '\(name)'",
                                    at: call.position)
            }
            try declare(alias ?? name, .value, in: &scope, at: call.position)
        }
        if let predicate = call.predicate { try check(predicate, scope) }
        return yields.map { $0.1 ?? $0.0 }
    }
}
