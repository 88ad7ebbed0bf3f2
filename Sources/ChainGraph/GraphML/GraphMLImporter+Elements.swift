/// Import: turning a finished `<node>` or `<edge>` into graph elements.
///
/// Properties are built as a ``PropertyMap`` keyed by the symbols of ``GraphMLPropertyPlan``;
/// open mode stores the records as they are, strict mode names them again and goes through
/// the schema's checks.
extension GraphMLImporter {
    /// The properties of an element: its data (typed by their keys), then the keys'
    /// defaults for what it lacks, renamed as the options say.
    private func properties(of element: Element) throws -> PropertyMap {
        var values = PropertyMap()
        // Fields are read in place, without copying each whole DataValue out.
        // The values were read (and checked) with their <data>.
        let data = element.data
        for index in data.indices {
            guard let key = data[index].key else {
                let keyID = data[index].keyID
                warnOnce("undeclared key \(keyID)", "key '\(keyID)' is not declared; its values are read as strings named '\(keyID)'")
                values.set(plan.symbol(ofUndeclared: keyID), data[index].value)
                continue
            }
            if let value = data[index].value { values.set(plan.symbol(of: key), value) }
        }
        for key in defaults(for: element.kind) where !data.contains(where: { $0.key === key }) {
            if let value = try GraphMLKeyTable.value(key.defaultText!, of: key, at: key.position) {
                values.set(plan.symbol(of: key), value)
            }
        }
        return values
    }

    /// Node labels from `:A:B` (APOC) or `A` (TinkerPop).
    private static func labels(from text: String) -> [String] {
        text.split(separator: ":").map { GraphMLVocabulary.trimmed(String($0)) }.filter { !$0.isEmpty }
    }

    /// Where node labels and edge types are looked for, in order of preference.
    private static let labelKeys: [GraphMLPropertyPlan.Special] = [.labels, .labelV]
    private static let givenLabelKey: [GraphMLPropertyPlan.Special] = [.nodeLabelKey]
    private static let typeKeys: [GraphMLPropertyPlan.Special] = [.labelE, .label, .type]
    private static let givenTypeKey: [GraphMLPropertyPlan.Special] = [.edgeTypeKey]

    /// Removes and returns the value under the first of `candidates` the element has.
    private func removeFirst(of candidates: [GraphMLPropertyPlan.Special], from values: inout PropertyMap) -> Value? {
        for candidate in candidates {
            if let value = values.removeValue(forKey: plan.symbol(candidate)) { return value }
        }
        return nil
    }

    private func provenance(from values: inout PropertyMap) -> Provenance {
        var provenance = Provenance()
        if case .string(let source)? = values.removeValue(forKey: plan.symbol(.source)) { provenance.source = source }
        if case .int(let line)? = values.removeValue(forKey: plan.symbol(.line)) { provenance.line = line }
        return provenance
    }

    /// What nodes and edges share: a yFiles label as `name` (not in a file ChainGraph wrote,
    /// whose labels it drew from the data: a type, an id), yFiles graphics as the properties
    /// of ``YFilesGraphics`` (open mode; the file's own data wins), `<desc>` as `description`.
    private func addDescriptive(_ element: Element, to values: inout PropertyMap) {
        if !writtenByChainGraph, let label = element.graphics?.label, values[plan.symbol(.name)] == nil {
            values.set(plan.symbol(named: "name"), .string(label))
        }
        if !isStrict, let graphics = element.graphics {
            for (name, value) in graphics.properties {
                let symbol = plan.symbol(named: name)
                if values[symbol] == nil { values.set(symbol, value) }
            }
        }
        if let description = element.description, !description.isEmpty, values[plan.symbol(.description)] == nil {
            values.set(plan.symbol(named: "description"), .string(description))
        }
    }

    /// The properties by name, for strict mode's checks.
    private func propertyList(_ values: PropertyMap) -> PropertyList {
        var list = PropertyList(minimumCapacity: values.keys.count)
        for (key, value) in zip(values.keys, values.values) { list[plan.name(of: key)] = value }
        return list
    }

    private func located(_ error: Error, at position: CompactSourcePosition, element: String) -> Error {
        guard var error = error as? ChainGraphError else { return error }
        if error.position == nil { error.position = reader.position(position) }
        error.message = "\(element): " + error.message
        return error
    }

    private func duplicateNodeID(_ element: Element) -> ChainGraphError {
        ChainGraphError(.syntaxError, .duplicateNodeID, "node id '\(element.id)' is used twice",
                        at: reader.position(element.position))
    }

    /// The id a node is kept under: its `graphml_id` data (a file ChainGraph wrote keeps the
    /// first import's ids there) or else the file's id — what its members' `parent` names.
    private func keptID(of element: Element) -> String {
        if let idProperty = options.idProperty,
           case .string(let kept)? = element.data.last(where: { $0.key?.name == idProperty })?.value {
            return kept
        }
        return element.id
    }

    /// Creates a finished node, then recycles its element.
    func createNode(_ element: Element) throws {
        var values = try properties(of: element)
        if values.removeValue(forKey: plan.symbol(.legend)) == .bool(true) {
            if nodes[element.id] != nil { throw duplicateNodeID(element) }
            skippedLegendNodes.insert(element.id)
            return recycle(element)
        }
        var labels: (names: [String], symbols: [Int32]) = ([], [])
        if let text = removeFirst(of: options.nodeLabelKey != nil ? Self.givenLabelKey : Self.labelKeys, from: &values) {
            let written = text.stringValue ?? text.description
            if let cached = lastLabels, cached.text == written {
                labels = (cached.labels, cached.symbols)
            } else {
                labels.names = Self.labels(from: written)
                labels.symbols = isStrict ? [] : Array(Set(labels.names.map { writer.intern($0, as: .label) })).sorted()
                lastLabels = (written, labels.names, labels.symbols)
            }
        }
        if labels.names.isEmpty, let fallback = options.defaultNodeLabel {
            labels = ([fallback], isStrict ? [] : [writer.intern(fallback, as: .label)])
        }
        let provenance = provenance(from: &values)
        addDescriptive(element, to: &values)
        if !element.ports.isEmpty { values.set(plan.symbol(named: "ports"), .list(element.ports.map(Value.string))) }
        if element.parent != nil, let enclosing = elements.last(where: { $0.kind == .node }) {
            warnOnce("nested graph", "nested graphs are flattened: their nodes keep the enclosing node's id in "
                     + "'\(GraphMLVocabulary.parentProperty)'; the yed profile writes them back as group nodes")
            enclosing.holdsMembers = true
            values.set(plan.symbol(named: GraphMLVocabulary.parentProperty), .string(keptID(of: enclosing)))
        }
        // A ChainGraph file's ids are positions: the kept ids come from its data, except a
        // group's that has none (its members name it by the file's id).
        if let idProperty = options.idProperty, !writtenByChainGraph || element.holdsMembers {
            let symbol = plan.symbol(named: idProperty)
            if values[symbol] == nil { values.set(symbol, .string(element.id)) }
        }
        let node: NodeID
        do {
            node = isStrict
                ? try writer.createNode(labels: labels.names, propertyList: propertyList(values), provenance: provenance)
                : NodeID(try writer.appendNode(NodeRecord(labels: labels.symbols, properties: values, provenance: provenance)))
        } catch {
            throw located(error, at: element.position, element: "node '\(element.id)'")
        }
        // One hashed lookup: a duplicate is found as its id is stored (the import then fails).
        if nodes.updateValue(node, forKey: element.id) != nil { throw duplicateNodeID(element) }
        summary.nodes += 1
        try limits.count()
        recycle(element)
    }

    /// Creates a finished edge (and recycles its element), or keeps it waiting for an endpoint.
    func finishEdge(_ element: Element) throws {
        var values = try properties(of: element)
        var type = options.defaultEdgeType
        if let value = removeFirst(of: options.edgeTypeKey != nil ? Self.givenTypeKey : Self.typeKeys, from: &values) {
            let text = GraphMLVocabulary.trimmed(value.stringValue ?? value.description)
            if !text.isEmpty { type = text }
        }
        let provenance = provenance(from: &values)
        addDescriptive(element, to: &values)
        if let port = element.sourcePort { values.set(plan.symbol(named: "sourceport"), .string(port)) }
        if let port = element.targetPort { values.set(plan.symbol(named: "targetport"), .string(port)) }
        if !element.directed { values.set(plan.symbol(named: ExportModel.undirectedProperty), .bool(true)) }
        // The file's edge id, kept like a node's (in strict mode only where the type declares it).
        if let idProperty = options.idProperty, !writtenByChainGraph, !element.id.isEmpty,
           !isStrict || writer.batchReader.schema.edgeType(named: type)?.property(named: idProperty) != nil {
            let symbol = plan.symbol(named: idProperty)
            if values[symbol] == nil { values.set(symbol, .string(element.id)) }
        }
        let pending = PendingEdge(element: element, type: type, properties: values, provenance: provenance)
        if let from = nodes[element.source], let to = nodes[element.target] {
            try createEdge(pending, from: from, to: to)
            recycle(element)
        } else {
            pendingEdges.append(pending)
        }
    }

    /// Creates an edge that waited for an endpoint defined after it.
    func createWaitingEdge(_ pending: PendingEdge) throws {
        let element = pending.element
        if skippedLegendNodes.contains(element.source) || skippedLegendNodes.contains(element.target) { return }
        guard let from = nodes[element.source], let to = nodes[element.target] else {
            let missing = nodes[element.source] == nil ? element.source : element.target
            throw ChainGraphError(.syntaxError, .unknownNode, "edge \(element.id.isEmpty ? "" : "'\(element.id)' ")refers to node '\(missing)', which the file does not define",
                                  at: reader.position(element.position))
        }
        try createEdge(pending, from: from, to: to)
    }

    private func createEdge(_ pending: PendingEdge, from: NodeID, to: NodeID) throws {
        do {
            if isStrict {
                _ = try writer.createEdge(pending.type, from: from, to: to, propertyList: propertyList(pending.properties),
                                               provenance: pending.provenance)
            } else {
                if pending.type != lastEdgeType.name {
                    lastEdgeType = (pending.type, writer.intern(pending.type, as: .edgeType))
                }
                _ = try writer.appendEdge(EdgeRecord(type: lastEdgeType.symbol, from: from.rawValue, to: to.rawValue,
                                                              properties: pending.properties, provenance: pending.provenance))
            }
        } catch {
            throw located(error, at: pending.element.position, element: "edge '\(pending.element.id)'")
        }
        summary.edges += 1
        try limits.count()
    }
}
