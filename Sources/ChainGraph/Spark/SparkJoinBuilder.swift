/// Spark: the FROM list and conditions of one SELECT as a pattern is walked into it — node
/// aliases of `cg_nodes`, relationship aliases of `cg_edges` (or `cg_edges_both`, each
/// relationship once in either orientation, for an undirected step), their conditions, and
/// the variables they bind.
struct SparkJoinBuilder {
    let translator: SparkTranslator
    var scope: [String: SparkReference]
    var from: [String] = []
    var conditions: [String] = []
    /// The relationship aliases of the clause with their types (empty: any), for uniqueness.
    private var relationships: [(alias: String, types: [String])] = []

    init(translator: SparkTranslator, scope: [String: SparkReference]) {
        self.translator = translator
        self.scope = scope
    }

    private var manifest: LakeManifest { translator.manifest }

    /// The node of `pattern`: the element its variable is bound to (with the pattern's labels
    /// and properties as conditions), or a new `cg_nodes` alias.
    mutating func node(_ pattern: NodePattern) throws -> SparkElementSource {
        if let name = pattern.variable, let bound = scope[name] {
            guard case .element(let element) = bound, element.isNode else {
                throw translator.refusal("\(name) is not a node here", at: pattern.start)
            }
            try constrain(element, pattern)
            return element
        }
        let alias = translator.fresh("t")
        from.append("\(SparkTranslator.nodesView) \(alias)")
        let element = SparkElementSource(isNode: true, qualifier: alias, prefix: nil, manifest: manifest)
        try constrain(element, pattern)
        if let name = pattern.variable { scope[name] = .element(element) }
        return element
    }

    /// The labels and property map of `pattern` as conditions on `element`.
    private mutating func constrain(_ element: SparkElementSource, _ pattern: NodePattern) throws {
        if !pattern.labels.isEmpty {
            if element.prefix == nil {
                let sets = manifest.labelSets(holding: pattern.labels)
                conditions.append(sets.isEmpty ? "FALSE" : "\(element.qualifier).__label IN \(SparkSQLText.stringList(sets))")
            } else {
                conditions += pattern.labels.map { "array_contains(\(element.labels), \(SparkSQLText.string($0)))" }
            }
        }
        try constrainProperties(element, pattern.properties)
    }

    private mutating func constrainProperties(_ element: SparkElementSource, _ properties: Expression?) throws {
        guard let properties else { return }
        guard case .map(let entries) = properties.kind else {
            throw translator.refusal("a pattern's properties are translated when written as a map", at: properties.start)
        }
        for entry in entries {
            let value = try translator.expressions.translate(entry.value, SparkScope(scope))
            conditions.append(translator.expressions.compare(element.property(entry.key), .equal, value))
        }
    }

    /// One relationship alias walked from the node `left`: its type, direction and property
    /// conditions. Returns the alias and the column that holds the far end's id.
    private mutating func edge(from left: String, _ relationship: RelationshipPattern) throws -> (alias: String, far: String) {
        let alias = translator.fresh("e")
        let (table, near, far): (String, String, String)
        switch relationship.direction {
        case .outgoing: (table, near, far) = (SparkTranslator.edgesView, "__src", "__dst")
        case .incoming: (table, near, far) = (SparkTranslator.edgesView, "__dst", "__src")
        case .both: (table, near, far) = (SparkTranslator.bothWaysView, "__from", "__to")
        }
        from.append("\(table) \(alias)")
        conditions.append("\(alias).\(near) = \(left)")
        if !relationship.types.isEmpty {
            conditions.append("\(alias).__type IN \(SparkSQLText.stringList(relationship.types))")
        }
        let element = SparkElementSource(isNode: false, qualifier: alias, prefix: nil, manifest: manifest)
        try constrainProperties(element, relationship.properties)
        relationships.append((alias, relationship.types))
        return (alias, "\(alias).\(far)")
    }

    /// A fixed-length step; returns the node reached.
    mutating func step(from left: SparkElementSource, _ relationship: RelationshipPattern,
                       to next: NodePattern) throws -> SparkElementSource {
        let (alias, far) = try edge(from: left.id, relationship)
        if let name = relationship.variable {
            scope[name] = .element(SparkElementSource(isNode: false, qualifier: alias, prefix: nil, manifest: manifest))
        }
        let right = try node(next)
        conditions.append("\(right.id) = \(far)")
        return right
    }

    /// A variable-length step unrolled at `length` relationships (0: the two nodes are one).
    mutating func unrolledStep(from left: SparkElementSource, _ relationship: RelationshipPattern, length: Int,
                               to next: NodePattern) throws -> SparkElementSource {
        guard length > 0 else {
            if let name = next.variable, scope[name] != nil {
                let right = try node(next)
                conditions.append("\(right.id) = \(left.id)")
                return right
            }
            try constrain(left, next)
            if let name = next.variable { scope[name] = .element(left) }
            return left
        }
        var reached = left.id
        for _ in 0..<length { reached = try edge(from: reached, relationship).far }
        let right = try node(next)
        conditions.append("\(right.id) = \(reached)")
        return right
    }

    /// No relationship twice in one clause: the ids of every two relationships whose types
    /// can meet differ.
    mutating func addRelationshipUniqueness() {
        for (index, first) in relationships.enumerated() {
            for second in relationships[(index + 1)...] {
                let overlap = first.types.isEmpty || second.types.isEmpty || !Set(first.types).isDisjoint(with: second.types)
                if overlap { conditions.append("\(first.alias).__id <> \(second.alias).__id") }
            }
        }
    }
}
