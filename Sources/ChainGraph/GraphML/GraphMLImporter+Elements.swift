/// Import: turning a finished `<node>` or `<edge>` into graph elements.
extension GraphMLImporter {
    /// The properties of an element: its data (typed by their keys), then the keys'
    /// defaults for what it lacks, renamed as the options say.
    private func properties(of element: Element, domain: String) throws -> PropertyList {
        var values = PropertyList(minimumCapacity: element.data.count + 2)
        // Fields are read in place: copying each whole DataValue out was a third of this loop.
        let data = element.data
        for index in data.indices {
            guard let key = data[index].key else {
                let keyID = data[index].keyID
                warnOnce("undeclared key \(keyID)", "key '\(keyID)' is not declared; its values are read as strings named '\(keyID)'")
                values[keyID] = .string(data[index].text)
                continue
            }
            if let value = try GraphMLKeyTable.value(data[index].text, of: key, at: reader.position(data[index].position)) {
                values[key.name] = value
            }
        }
        for key in keys.keysWithDefaults(for: domain) where !element.data.contains(where: { $0.keyID == key.id }) {
            if let value = try GraphMLKeyTable.value(key.defaultText!, of: key, at: key.position) { values[key.name] = value }
        }
        return options.propertyRenames.isEmpty ? values : values.renamed(options.propertyRenames)
    }

    /// Node labels from `:A:B` (APOC) or `A` (TinkerPop).
    private static func labels(from text: String) -> [String] {
        text.split(separator: ":").map { GraphMLVocabulary.trimmed(String($0)) }.filter { !$0.isEmpty }
    }

    private func provenance(from values: inout PropertyList) -> Provenance {
        var provenance = Provenance()
        if case .string(let source)? = values.removeValue(forKey: GraphMLVocabulary.sourceAttribute) { provenance.source = source }
        if case .int(let line)? = values.removeValue(forKey: GraphMLVocabulary.lineAttribute) { provenance.line = line }
        return provenance
    }

    private func located(_ error: Error, at position: SourcePosition, element: String) -> Error {
        guard var error = error as? ChainGraphError else { return error }
        if error.position == nil { error.position = position }
        error.message = "\(element): " + error.message
        return error
    }

    func createNode(_ element: Element) throws {
        if nodes[element.id] != nil {
            throw ChainGraphError(.syntaxError, "DuplicateNodeID", "node id '\(element.id)' is used twice", at: element.position)
        }
        var values = try properties(of: element, domain: "node")
        if values.removeValue(forKey: GraphMLVocabulary.legendAttribute) == .bool(true) {
            skippedLegendNodes.insert(element.id)
            return
        }
        let labelName = options.nodeLabelKey ?? ["labels", "labelV"].first { values[$0] != nil }
        var labels: [String] = []
        if let labelName, let text = values.removeValue(forKey: labelName) {
            let written = text.stringValue ?? text.description
            if let cached = lastLabels, cached.text == written {
                labels = cached.labels
            } else {
                labels = Self.labels(from: written)
                lastLabels = (written, labels)
            }
        }
        if labels.isEmpty, let fallback = options.defaultNodeLabel { labels = [fallback] }
        let provenance = provenance(from: &values)
        if values["name"] == nil, let label = element.graphicsLabel { values["name"] = .string(label) }
        if values["description"] == nil, let description = element.description, !description.isEmpty {
            values["description"] = .string(description)
        }
        if !element.ports.isEmpty { values["ports"] = .list(element.ports.map(Value.string)) }
        if let parent = element.parent { values[GraphMLVocabulary.parentProperty] = .string(parent) }
        if let idProperty = options.idProperty, !writtenByChainGraph, values[idProperty] == nil {
            values[idProperty] = .string(element.id)
        }
        do {
            nodes[element.id] = try transaction.createNode(labels: labels, propertyList: values, provenance: provenance)
        } catch {
            throw located(error, at: element.position, element: "node '\(element.id)'")
        }
        summary.nodes += 1
    }

    func finishEdge(_ element: Element) throws {
        var values = try properties(of: element, domain: "edge")
        let typeName = options.edgeTypeKey ?? ["labelE", "label", "type"].first { values[$0] != nil }
        var type = options.defaultEdgeType
        if let typeName, let value = values.removeValue(forKey: typeName) {
            let text = GraphMLVocabulary.trimmed(value.stringValue ?? value.description)
            if !text.isEmpty { type = text }
        }
        let provenance = provenance(from: &values)
        if values["name"] == nil, let label = element.graphicsLabel { values["name"] = .string(label) }
        if values["description"] == nil, let description = element.description, !description.isEmpty {
            values["description"] = .string(description)
        }
        if let port = element.sourcePort { values["sourceport"] = .string(port) }
        if let port = element.targetPort { values["targetport"] = .string(port) }
        if !element.directed { values[GraphMLVocabulary.undirectedProperty] = .bool(true) }
        let pending = PendingEdge(element: element, type: type, properties: values, provenance: provenance)
        if let from = nodes[element.source], let to = nodes[element.target] {
            try createEdge(pending, from: from, to: to)
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
            throw ChainGraphError(.syntaxError, "UnknownNode", "edge \(element.id.isEmpty ? "" : "'\(element.id)' ")refers to node '\(missing)', which the file does not define",
                                  at: element.position)
        }
        try createEdge(pending, from: from, to: to)
    }

    private func createEdge(_ pending: PendingEdge, from: NodeID, to: NodeID) throws {
        let element = pending.element
        do {
            _ = try transaction.createEdge(pending.type, from: from, to: to, propertyList: pending.properties,
                                           provenance: pending.provenance)
        } catch {
            throw located(error, at: element.position, element: "edge '\(element.id)'")
        }
        summary.edges += 1
    }
}
