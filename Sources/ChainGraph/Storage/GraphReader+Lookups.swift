/// Storage: the element-level reads of the public ``GraphSnapshot`` — nodes by id, label,
/// property, name and alias; edges and neighbours by type and direction; the names in use.
extension GraphReader {
    /// The node with this id, or nil when there is none.
    func node(_ id: NodeID) -> Node? { storageState.node(id.rawValue) }

    /// The edge with this id, or nil when there is none.
    func edge(_ id: EdgeID) -> Edge? { storageState.edge(id.rawValue) }

    /// The ids of all nodes, or of the nodes carrying `label`, ascending.
    ///
    /// - Complexity: O(number of node ids ever created).
    func nodeIDs(labeled label: String? = nil) -> [NodeID] {
        guard let label else { return storageState.liveNodeIDs().map(NodeID.init) }
        guard let symbol = storageState.labels.id(of: label) else { return [] }
        var result: [NodeID] = []
        storageState.nodes.forEachChunk(in: 0..<storageState.nodes.count) { base, chunk, slots in
            for slot in slots where chunk.hasLabel(slot, symbol) { result.append(NodeID(Int64(base + slot))) }
        }
        return result
    }

    /// The ids of all edges, ascending.
    func edgeIDs() -> [EdgeID] { storageState.liveEdgeIDs().map(EdgeID.init) }

    /// The node of type `type` whose primary key is `key` (strict mode).
    ///
    /// - Complexity: O(log n), through the primary-key index.
    func node(ofType type: String, key: Value) -> Node? {
        guard let symbol = storageState.labels.id(of: type),
              let keyType = storageState.schema.nodeType(named: type)?.primaryKey?.type,
              let stored = keyType.coerce(key),
              let id = storageState.primaryKeyOwner(PrimaryKey(type: symbol, value: stored)) else { return nil }
        return storageState.node(id)
    }

    /// The nodes (with `label`, when given) whose property `key` equals `value`.
    ///
    /// - Complexity: O(nodes) — a scan.
    func nodes(labeled label: String? = nil, where key: String, equals value: Value) -> [Node] {
        guard let keySymbol = storageState.propertyKeys.id(of: key) else { return [] }
        let labelSymbol = label.map { storageState.labels.id(of: $0) }
        if case .some(.none) = labelSymbol { return [] }
        var matches: [Int64] = []
        storageState.nodes.forEachChunk(in: 0..<storageState.nodes.count) { base, chunk, slots in
            guard let column = chunk.properties.column(keySymbol) else { return }
            for slot in slots {
                if let labelSymbol = labelSymbol ?? nil { guard chunk.hasLabel(slot, labelSymbol) else { continue } }
                if let stored = column.value(at: slot),
                   stored == value || (stored.doubleValue != nil && stored.doubleValue == value.doubleValue) {
                    matches.append(Int64(base + slot))
                }
            }
        }
        return matches.map { storageState.node($0)! }
    }

    /// The edges at `node` of `type` (any type when nil) in `direction`, in creation order
    /// within each type.
    func edges(of node: NodeID, type: String? = nil, direction: Direction = .outgoing) -> [Edge] {
        var result: [Edge] = []
        forEachEdge(of: node, type: type, direction: direction) { edge, _ in
            result.append(storageState.edge(edge.rawValue)!)
        }
        return result
    }

    /// The nodes across the edges at `node` of `type` (any type when nil) in `direction`;
    /// a neighbour joined by two edges appears twice.
    ///
    /// - Complexity: O(degree) through the adjacency index.
    func neighbors(of node: NodeID, via type: String? = nil, direction: Direction = .outgoing) -> [NodeID] {
        var result: [NodeID] = []
        forEachEdge(of: node, type: type, direction: direction) { _, neighbor in result.append(neighbor) }
        return result
    }

    /// The names of all edge types that have ever had an edge, or are declared.
    var edgeTypeNames: [String] {
        Array(Set(storageState.edgeTypes.names + storageState.schema.edgeTypes.map(\.name))).sorted()
    }

    /// The names of all labels in use or declared.
    var labelNames: [String] {
        Array(Set(storageState.labels.names + storageState.schema.nodeTypes.map(\.name))).sorted()
    }

    /// The nodes whose `name` or one of whose `aliases` is `name`, compared without regard
    /// to case, with the name or alias that matched; exact names first.
    ///
    /// ```swift
    /// snapshot.lookup("Luzhou")   // [(Quzhou, "Luzhou")] — a garbled translation kept as an alias
    /// ```
    func lookup(_ name: String) -> [(node: NodeID, matched: String)] {
        let wanted = name.lowercased()
        guard !wanted.isEmpty else { return [] }
        let nameKey = storageState.propertyKeys.id(of: "name"), aliasesKey = storageState.propertyKeys.id(of: "aliases")
        var exact: [(NodeID, String)] = [], other: [(NodeID, String)] = []
        for id in storageState.liveNodeIDs() {
            if let nameKey, case .string(let text)?? = nodeProperty(id, nameKey), text.lowercased() == wanted {
                if text == name { exact.append((NodeID(id), text)) } else { other.append((NodeID(id), text)) }
                continue
            }
            if let aliasesKey, case .list(let aliases)?? = nodeProperty(id, aliasesKey),
               let alias = aliases.lazy.compactMap(\.stringValue).first(where: { $0.lowercased() == wanted }) {
                other.append((NodeID(id), alias))
            }
        }
        return exact + other
    }

    /// The names of all property keys in use or declared.
    var propertyNames: [String] {
        let declared = storageState.schema.nodeTypes.flatMap { $0.properties.map(\.name) }
            + storageState.schema.edgeTypes.flatMap { $0.properties.map(\.name) }
        return Array(Set(storageState.propertyKeys.names + declared)).sorted()
    }

    func forEachEdge(of node: NodeID, type: String?, direction: Direction, _ body: (EdgeID, NodeID) -> Void) {
        var typeSymbol: Int32?
        if let type {
            guard let symbol = storageState.edgeTypes.id(of: type) else { return }
            typeSymbol = symbol
        }
        storageState.forEachEdge(of: node.rawValue, type: typeSymbol, direction: direction) { edge, neighbor in
            body(EdgeID(edge), NodeID(neighbor))
            return true
        }
    }

    /// The nodes whose `name` is `name`, or failing that, whose `aliases` list holds it.
    func nodes(named name: String) -> [NodeID] {
        let byName = nodes(where: "name", equals: .string(name)).map(\.id)
        if !byName.isEmpty { return byName }
        guard let aliases = storageState.propertyKeys.id(of: "aliases") else { return [] }
        return storageState.liveNodeIDs().filter { id in
            nodeProperty(id, aliases)??.listValue?.contains(.string(name)) == true
        }.map(NodeID.init)
    }

    /// The nodes labelled `label` whose `property` equals `value` (as `=` decides), found
    /// through the property index on them; nil when there is no such index.
    func indexedNodes(label: String, property: String, equalTo value: Value) -> [Int64]? {
        guard let index = storageState.propertyIndexes.first(where: {
            $0.definition.label == label && $0.definition.property == property
        }) else { return nil }
        guard !value.isNull, let labelSymbol = storageState.labels.id(of: label),
              let key = storageState.propertyKeys.id(of: property) else { return [] }
        return index.candidates(for: value).filter { id in
            readNode(id) { record in
                guard let record, record.labels.contains(labelSymbol), let actual = record.properties[key] else { return false }
                return Value.cypherEquals(actual, value) == true
            }
        }.sorted()
    }

    /// The nodes labelled `label` whose `property` is in `range`, found through the property
    /// index on them; nil when there is no such index.
    func indexedNodes(label: String, property: String, in range: IndexRange) -> [Int64]? {
        guard let index = storageState.propertyIndexes.first(where: {
            $0.definition.label == label && $0.definition.property == property
        }) else { return nil }
        guard let labelSymbol = storageState.labels.id(of: label), let key = storageState.propertyKeys.id(of: property) else { return [] }
        return index.candidates(in: range).filter { id in
            readNode(id) { record in
                guard let record, record.labels.contains(labelSymbol), let actual = record.properties[key] else { return false }
                return range.contains(actual)
            }
        }.sorted()
    }

    /// Whether a property index covers `property` of the nodes labelled `label`.
    func hasPropertyIndex(label: String, property: String) -> Bool {
        storageState.propertyIndexes.contains { $0.definition.label == label && $0.definition.property == property }
    }

    /// Each property index with the number of entries it holds.
    var propertyIndexes: [(definition: PropertyIndexDefinition, entries: Int)] {
        storageState.propertyIndexes.map { ($0.definition, $0.entryCount) }
    }
}
