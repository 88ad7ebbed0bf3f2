extension GraphSchema {
    /// Checks a node's labels and properties against the schema and returns the
    /// properties as they are stored (integers widened to declared `DOUBLE`s).
    ///
    /// - Throws: `SemanticError (UnknownNodeType)`, `ConstraintError (StrictModeLabels)`,
    ///   `ConstraintError (UnknownProperty)`, `ConstraintError (MissingRequiredProperty)`,
    ///   `TypeError (InvalidPropertyType)`.
    func checkedNode(labels: [String], properties: [String: Value]) throws -> [String: Value] {
        guard isStrict else { return try GraphSchema.checkedOpenProperties(properties) }
        guard labels.count == 1 else { throw GraphSchema.strictModeLabels(labels) }
        guard let type = nodeType(named: labels[0]) else { throw unknownNodeType(labels[0]) }
        return try GraphSchema.checked(properties, against: type.properties, owner: type.name)
    }

    /// Checks an edge's type, endpoint node types and properties against the schema.
    ///
    /// - Throws: `SemanticError (UnknownEdgeType)`, `ConstraintError (InvalidEndpoints)`,
    ///   and the property errors of ``checkedNode(labels:properties:)``.
    func checkedEdge(type name: String, fromLabels: [String], toLabels: [String],
                     properties: [String: Value]) throws -> [String: Value] {
        guard isStrict else { return try GraphSchema.checkedOpenProperties(properties) }
        guard let type = edgeType(named: name) else { throw unknownEdgeType(name) }
        let from = fromLabels.first ?? "(no type)", to = toLabels.first ?? "(no type)"
        guard type.allows(from: from, to: to) else { throw GraphSchema.invalidEndpoints(type, from: from, to: to) }
        return try GraphSchema.checked(properties, against: type.properties, owner: name)
    }

    static func checkedOpenProperties(_ properties: [String: Value]) throws -> [String: Value] {
        for (key, value) in properties where !value.isStorable {
            throw ChainGraphError.type(.invalidPropertyType,
                "property '\(key)' cannot hold \(value.typeName) \(value); properties hold scalars and lists of one scalar type")
        }
        return properties
    }

    static func checked(_ properties: [String: Value], against declared: [PropertyDefinition],
                        owner: String) throws -> [String: Value] {
        var stored = properties
        for (key, value) in properties {
            guard let definition = declared.first(where: { $0.name == key }) else {
                throw unknownProperty(key, owner: owner, declared: declared)
            }
            guard let fitted = definition.type.coerce(value) else {
                throw invalidPropertyType(definition, owner: owner, value: value)
            }
            // Writing only changed values keeps the dictionary shared (no copy) in the common case.
            if fitted != value { stored[key] = fitted }
        }
        for definition in declared where definition.isRequired && properties[definition.name] == nil {
            throw missingRequiredProperty(definition, owner: owner)
        }
        return stored
    }

    // MARK: The violations, shared with the importers' compiled checks

    static func strictModeLabels(_ labels: [String]) -> ChainGraphError {
        ChainGraphError.constraint(.strictModeLabels,
            "in strict mode a node has exactly one node type; got \(labels.isEmpty ? "none" : labels.joined(separator: ", "))")
    }

    static func invalidEndpoints(_ type: EdgeType, from: String, to: String) -> ChainGraphError {
        let allowed = type.endpoints.map { "\($0.from) → \($0.to)" }.joined(separator: ", ")
        return ChainGraphError.constraint(.invalidEndpoints, "edge type \(type.name) cannot join \(from) → \(to); allowed: \(allowed)")
    }

    static func unknownProperty(_ key: String, owner: String, declared: [PropertyDefinition]) -> ChainGraphError {
        ChainGraphError.constraint(.unknownProperty,
            "\(owner) has no property '\(key)'" + NameSuggestion.hint(for: key, among: declared.map(\.name)))
    }

    static func invalidPropertyType(_ definition: PropertyDefinition, owner: String, value: Value) -> ChainGraphError {
        ChainGraphError.type(.invalidPropertyType, "\(owner).\(definition.name) is \(definition.type); got \(value.typeName) \(value)")
    }

    static func missingRequiredProperty(_ definition: PropertyDefinition, owner: String) -> ChainGraphError {
        ChainGraphError.constraint(.missingRequiredProperty,
            "\(owner).\(definition.name) is required" + (definition.isPrimaryKey ? " (it is the primary key)" : ""))
    }
}
