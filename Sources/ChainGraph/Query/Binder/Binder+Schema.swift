extension Binder {
    /// In strict mode, refuses labels, relationship types and property keys the schema does
    /// not declare, naming the closest declared name.
    func checkAgainstSchema(_ query: SingleQuery) throws {
        guard schema.isStrict else { return }
        var patterns: [PatternPart] = []
        var expressions: [Expression] = []
        for clause in query.clauses {
            switch clause {
            case .match(let match):
                patterns += match.patterns
                expressions += [match.predicate].compactMap { $0 }
            case .create(let parts, _): patterns += parts
            case .merge(let merge):
                patterns.append(merge.pattern)
                expressions += (merge.onCreate + merge.onMatch).flatMap(\.expressions)
            case .unwind(let list, _, _): expressions.append(list)
            case .with(let projection), .return(let projection):
                expressions += projection.items.map(\.expression) + projection.orderBy.map(\.expression)
                expressions += [projection.predicate].compactMap { $0 }
            case .set(let items, _): expressions += items.flatMap(\.expressions)
            case .remove(let items, _):
                for item in items {
                    if case .property(let target, let key) = item {
                        expressions.append(Expression(kind: .property(target, key), start: target.start, end: target.end))
                    }
                }
            case .delete(let targets, _, _): expressions += targets
            case .call(let call): expressions += call.arguments
            }
        }
        for expression in expressions {
            expression.walk { inner in
                switch inner.kind {
                case .patternPredicate(let pattern), .patternComprehension(_, let pattern, _, _): patterns.append(pattern)
                default: break
                }
            }
        }
        for pattern in patterns { try checkPattern(pattern) }
        for expression in expressions + patterns.flatMap(\.expressions) {
            var failure: ChainGraphError?
            expression.walk { inner in
                guard failure == nil else { return }
                if case .property(_, let key) = inner.kind, !declaredProperties.contains(key) {
                    failure = unknownProperty(key, at: inner.start)
                }
                if case .hasLabels(_, let labels) = inner.kind,
                   let unknown = labels.first(where: { schema.nodeType(named: $0) == nil }) {
                    failure = semanticError(.unknownNodeType, "no node type named \(unknown)"
                                            + NameSuggestion.hint(for: unknown, among: schema.nodeTypes.map(\.name)), at: inner.start)
                }
            }
            if let failure { throw failure }
        }
    }

    private var declaredProperties: Set<String> {
        Set(schema.nodeTypes.flatMap { $0.properties.map(\.name) } + schema.edgeTypes.flatMap { $0.properties.map(\.name) })
    }

    private func unknownProperty(_ key: String, at offset: Int) -> ChainGraphError {
        semanticError(.unknownProperty, "no declared type has a property '\(key)'"
                      + NameSuggestion.hint(for: key, among: Array(declaredProperties)), at: offset)
    }

    private func checkPattern(_ pattern: PatternPart) throws {
        for node in pattern.nodes {
            for label in node.labels where schema.nodeType(named: label) == nil {
                throw semanticError(.unknownNodeType, "no node type named \(label)"
                                    + NameSuggestion.hint(for: label, among: schema.nodeTypes.map(\.name)), at: node.start)
            }
            if let properties = node.properties, case .map(let entries) = properties.kind {
                let type = node.labels.first.flatMap { schema.nodeType(named: $0) }
                for (key, _) in entries {
                    if let type, type.property(named: key) == nil {
                        throw semanticError(.unknownProperty, "\(type.name) has no property '\(key)'"
                                            + NameSuggestion.hint(for: key, among: type.properties.map(\.name)), at: properties.start)
                    }
                    if !declaredProperties.contains(key) { throw unknownProperty(key, at: properties.start) }
                }
            }
        }
        for relationship in pattern.relationships {
            for type in relationship.types where schema.edgeType(named: type) == nil {
                throw semanticError(.unknownEdgeType, "no edge type named \(type)"
                                    + NameSuggestion.hint(for: type, among: schema.edgeTypes.map(\.name)), at: relationship.start)
            }
            if let properties = relationship.properties, case .map(let entries) = properties.kind {
                for (key, _) in entries where !declaredProperties.contains(key) {
                    throw unknownProperty(key, at: properties.start)
                }
            }
        }
    }
}

extension SetItem {
    var expressions: [Expression] {
        switch self {
        case .property(let target, let key, let value):
            return [Expression(kind: .property(target, key), start: target.start, end: target.end), value]
        case .replaceProperties(_, let value, _), .mergeProperties(_, let value, _): return [value]
        case .labels: return []
        }
    }
}
