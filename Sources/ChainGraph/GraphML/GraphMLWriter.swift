import Foundation

/// Export: writes a selection of a graph as GraphML, streaming through `xmlTextWriter`.
///
/// libxml2's writer writes the frame (declaration, keys, `<graph>`); the nodes and edges go
/// through an ``XMLFragmentWriter``, which writes the same bytes several times faster.
///
/// Nodes are named `n0, n1, …` and edges `e0, e1, …` in id order, so exporting the same
/// graph twice gives the same bytes, and a file read back and written again is
/// byte-identical. See ``GraphMLProfile`` for what each profile adds and
/// ``GraphMLKeyPlan`` for how property types are declared.
struct GraphMLWriter {
    let model: ExportModel
    let profile: GraphMLProfile
    let keys: GraphMLKeyPlan
    /// Whether the yEd profile writes legend nodes.
    let includesLegend: Bool

    private var graph: GraphReader { model.graph }
    private let nodeLabelsName: String
    private let edgeTypeName: String
    /// The keys of the node labels and the edge type (`labelV` / `labelE` for TinkerPop).
    private let labelsKeyID: String, edgeTypeKeyID: String
    private let labelsTag: LeafTag, edgeTypeTag: LeafTag
    private let hasProvenance: (nodes: Bool, edges: Bool)
    /// Whether the derived `provenance` key (``ProvenanceEntries``) is written, per element kind:
    /// when some element has provenance or evidence and no property is named `provenance`.
    private let writesProvenanceList: (nodes: Bool, edges: Bool)
    /// The symbol of the `evidence` property, if the graph has one.
    private let evidenceSymbol: Int32?
    private let gephiNodeKeys: [String]
    private let writesGephiWeight: Bool
    /// `<data key="…">` tags, escaped once per key.
    private let nodeDataTags: [LeafTag]
    private let edgeDataTags: [LeafTag]

    init(model: ExportModel, profile: GraphMLProfile, includesLegend: Bool = false) {
        self.model = model
        self.profile = profile
        self.includesLegend = includesLegend && profile == .yed
        keys = GraphMLKeyPlan(selection: model.selection, graph: model.graph)
        let nodePropertyNames = Set(keys.nodeKeys.map(\.name))
        let edgePropertyNames = Set(keys.edgeKeys.map(\.name))
        if profile == .tinkerpop {
            (nodeLabelsName, edgeTypeName) = ("labelV", "labelE")
            (labelsKeyID, edgeTypeKeyID) = ("labelV", "labelE")
        } else {
            nodeLabelsName = nodePropertyNames.contains(GraphMLVocabulary.labelsAttribute) ? "labelV" : GraphMLVocabulary.labelsAttribute
            edgeTypeName = edgePropertyNames.contains(GraphMLVocabulary.edgeTypeAttribute) ? "labelE" : GraphMLVocabulary.edgeTypeAttribute
            (labelsKeyID, edgeTypeKeyID) = ("node.labels", "edge.type")
        }
        labelsTag = Self.dataTag(labelsKeyID)
        edgeTypeTag = Self.dataTag(edgeTypeKeyID)
        let graph = model.graph
        hasProvenance = (
            model.selection.nodeIDs.contains { id in
                graph.isNodeAlive(id.rawValue) && graph.readNode(id.rawValue) { $0!.provenance != Provenance.none }
            },
            model.selection.edgeIDs.contains { id in
                graph.isEdgeAlive(id.rawValue) && graph.readEdge(id.rawValue) { $0!.provenance != Provenance.none }
            })
        let evidenceSymbol = graph.propertyKeys.id(of: ProvenanceEntries.evidenceProperty)
        self.evidenceSymbol = evidenceSymbol
        let listName = GraphMLVocabulary.provenanceListAttribute
        writesProvenanceList = (
            !nodePropertyNames.contains(listName) && (hasProvenance.nodes || evidenceSymbol.map { symbol in
                model.selection.nodeIDs.contains { id in
                    graph.isNodeAlive(id.rawValue) && graph.readNode(id.rawValue) { $0!.properties[symbol] != nil }
                }
            } ?? false),
            !edgePropertyNames.contains(listName) && (hasProvenance.edges || evidenceSymbol.map { symbol in
                model.selection.edgeIDs.contains { id in
                    graph.isEdgeAlive(id.rawValue) && graph.readEdge(id.rawValue) { $0!.properties[symbol] != nil }
                }
            } ?? false))
        gephiNodeKeys = profile == .gephi
            ? ["label", "r", "g", "b", "size", "x", "y"].filter { !nodePropertyNames.contains($0) } : []
        writesGephiWeight = profile == .gephi && !edgePropertyNames.contains("weight")
        nodeDataTags = keys.nodeKeys.map { Self.dataTag($0.id) }
        edgeDataTags = keys.edgeKeys.map { Self.dataTag($0.id) }
    }

    private static func dataTag(_ key: String) -> LeafTag {
        XMLFragmentWriter.openingTag("data", attribute: "key", value: key)
    }

    private static let nodeSourceTag = dataTag("node.provenance.source"), nodeLineTag = dataTag("node.provenance.line")
    private static let edgeSourceTag = dataTag("edge.provenance.source"), edgeLineTag = dataTag("edge.provenance.line")
    private static let nodeProvenanceTag = dataTag(GraphMLVocabulary.nodeProvenanceListKey)
    private static let edgeProvenanceTag = dataTag(GraphMLVocabulary.edgeProvenanceListKey)

    /// Writes the whole document.
    func write(to writer: XMLStreamWriter) throws -> GraphExportSummary {
        try writer.startDocument()
        try writer.startElement("graphml")
        try writer.attribute("xmlns", GraphMLVocabulary.namespace)
        try writer.attribute("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance")
        if profile == .yed { try writer.attribute("xmlns:y", GraphMLVocabulary.yFilesNamespace) }
        try writer.attribute("xsi:schemaLocation", GraphMLVocabulary.schemaLocation)
        try writeKeys(writer)
        try writer.startElement("graph")
        try writer.attribute("id", "G")
        try writer.attribute("edgedefault", model.edgeDirection == .undirected ? "undirected" : "directed")
        for (index, entry) in graphData.enumerated() {
            try writer.startElement("data")
            try writer.attribute("key", "graph.\(index)")
            try writer.text(entry.text)
            try writer.endElement()
        }
        let fragments = XMLFragmentWriter(into: writer, depth: 1)
        if includesLegend { try writeLegend(fragments) }
        // Computed once here: the chunk writers below share it.
        // Computed once here, before the chunk writers share them; a yEd diagram that keeps
        // its own geometry needs no layout.
        if profile == .yed || profile == .gephi {
            _ = model.groups
            if profile == .gephi || !model.keepsImportedGeometry { _ = model.layout }
        }
        let nodeIDs = model.selection.nodeIDs, edgeIDs = model.selection.edgeIDs
        if profile == .yed, let groups = model.groups {
            // yEd group nodes hold their members' <node>s: written in tree order, one writer.
            var written = 0
            for root in groups.roots {
                try writeGroupTree(root, groups, to: fragments, written: &written)
            }
        } else {
            try writeInChunks(nodeIDs.count, progressOffset: 0, to: fragments) { position, chunk in
                try writeNode(graph.nodeRecord(nodeIDs[position].rawValue)!, position: position, to: chunk)
            }
        }
        try writeInChunks(edgeIDs.count, progressOffset: nodeIDs.count, to: fragments) { position, chunk in
            try writeEdge(graph.edgeRecord(edgeIDs[position].rawValue)!, position: position, to: chunk)
        }
        try fragments.finish()
        try writer.endElement()
        try writer.endElement()
        try writer.finish()
        return GraphExportSummary(nodes: model.selection.nodeIDs.count, edges: model.selection.edgeIDs.count)
    }

    /// Writes elements `0..<count` with `body`: chunks of them formatted on every core into
    /// detached writers, a wave of a few chunks at a time, and appended in order — the same
    /// bytes as one writer would give, in bounded memory. Appending a wave (the file's writes)
    /// runs beside formatting the next one.
    private func writeInChunks(_ count: Int, progressOffset: Int, to fragments: XMLFragmentWriter,
                               _ body: (Int, XMLFragmentWriter) throws -> Void) throws {
        let chunkSize = 4096, chunkCount = (count + chunkSize - 1) / chunkSize
        @Sendable func elements(_ chunk: Int) -> Range<Int> { chunk * chunkSize..<min(count, (chunk + 1) * chunkSize) }
        let wave = 2 * max(1, ProcessInfo.processInfo.activeProcessorCount), indent = fragments.indents
        let model = ReadOnlyShare(model), output = ReadOnlyShare(fragments)
        try withoutActuallyEscaping(body) { body in
            // Only read while the chunks are written: the model's layout is computed before,
            // the graph graph is immutable, and each chunk has its own writer. The output is
            // used by one task at a time: the one appending.
            let shared = ReadOnlyShare(body)
            var formatted = ReadOnlyShare<[XMLFragmentWriter]>([]), formattedStart = 0
            var first = 0
            while first < chunkCount || !formatted.value.isEmpty {
                let start = first, last = min(chunkCount, first + wave)
                let results = ParallelSlots<Result<XMLFragmentWriter, Error>>(count: last - start)
                let appended = ParallelSlots<Result<Void, Error>>(count: 1)
                let toAppend = formatted, toAppendStart = formattedStart
                DispatchQueue.concurrentPerform(iterations: last - start + 1) { index in
                    guard index > 0 else {
                        appended[0] = Result {
                            for (offset, chunk) in toAppend.value.enumerated() {
                                try output.value.append(chunk)
                                for position in elements(toAppendStart + offset) {
                                    model.value.reportProgress(progressOffset + position + 1)
                                }
                            }
                        }
                        return
                    }
                    let range = elements(start + index - 1)
                    results[index - 1] = Result {
                        let chunk = XMLFragmentWriter(detachedAt: 1, indent: indent)
                        for position in range { try shared.value(position, chunk) }
                        return chunk
                    }
                }
                try appended[0]!.get()
                formatted = ReadOnlyShare(try (0..<results.count).map { try results[$0]!.get() })
                formattedStart = start
                first = last
            }
        }
    }

    // MARK: Keys

    private func writeKeys(_ writer: XMLStreamWriter) throws {
        try key(writer, id: labelsKeyID, for: "node", name: nodeLabelsName, type: "string")
        for key in keys.nodeKeys { try self.key(writer, key) }
        if hasProvenance.nodes {
            try key(writer, id: "node.provenance.source", for: "node", name: GraphMLVocabulary.sourceAttribute, type: "string")
            try key(writer, id: "node.provenance.line", for: "node", name: GraphMLVocabulary.lineAttribute, type: "long")
        }
        if writesProvenanceList.nodes {
            try key(writer, id: GraphMLVocabulary.nodeProvenanceListKey, for: "node", name: GraphMLVocabulary.provenanceListAttribute,
                    type: "string")
        }
        for name in gephiNodeKeys {
            let type = ["r", "g", "b"].contains(name) ? "int" : (name == "label" ? "string" : (name == "size" ? "double" : "float"))
            try key(writer, id: "gephi.\(name)", for: "node", name: name, type: type)
        }
        try key(writer, id: edgeTypeKeyID, for: "edge", name: edgeTypeName, type: "string")
        for key in keys.edgeKeys { try self.key(writer, key) }
        if hasProvenance.edges {
            try key(writer, id: "edge.provenance.source", for: "edge", name: GraphMLVocabulary.sourceAttribute, type: "string")
            try key(writer, id: "edge.provenance.line", for: "edge", name: GraphMLVocabulary.lineAttribute, type: "long")
        }
        if writesProvenanceList.edges {
            try key(writer, id: GraphMLVocabulary.edgeProvenanceListKey, for: "edge", name: GraphMLVocabulary.provenanceListAttribute,
                    type: "string")
        }
        if writesGephiWeight {
            try key(writer, id: "gephi.weight", for: "edge", name: "weight", type: "double", defaultValue: "1.0")
        }
        if includesLegend {
            try key(writer, id: "node.legend", for: "node", name: GraphMLVocabulary.legendAttribute, type: "boolean",
                    defaultValue: "false")
        }
        for (index, entry) in graphData.enumerated() {
            let encoded = !GraphMLVocabulary.isNMToken(entry.name)
            try key(writer, id: "graph.\(index)", for: "graph", name: encoded ? GraphMLVocabulary.nmToken(entry.name) : entry.name,
                    type: Self.attributeTypes.contains(entry.type) ? entry.type : "string",
                    description: encoded ? GraphMLVocabulary.nameDescriptionPrefix + entry.name : nil)
        }
        if profile == .yed {
            try writer.startElement("key")
            try writer.attribute("id", "node.graphics")
            try writer.attribute("for", "node")
            try writer.attribute("yfiles.type", "nodegraphics")
            try writer.endElement()
            try writer.startElement("key")
            try writer.attribute("id", "edge.graphics")
            try writer.attribute("for", "edge")
            try writer.attribute("yfiles.type", "edgegraphics")
            try writer.endElement()
        }
    }

    private static let attributeTypes: Set<String> = ["boolean", "int", "long", "float", "double", "string"]

    /// The graph-level data of the imports the database came from (``ImportedGraphData``),
    /// one entry per name — the latest import's — for the `<graph>` element.
    private var graphData: [ImportedGraphData.Entry] {
        var entries: [ImportedGraphData.Entry] = []
        for imported in graph.schema.importedGraphs {
            for entry in imported.entries {
                if let index = entries.firstIndex(where: { $0.name == entry.name }) { entries[index] = entry } else { entries.append(entry) }
            }
        }
        return entries
    }

    private func key(_ writer: XMLStreamWriter, _ key: GraphMLKeyPlan.Key) throws {
        try self.key(writer, id: key.id, for: key.domain, name: key.attributeName, type: key.encoding.attributeType,
                     description: key.description)
    }

    private func key(_ writer: XMLStreamWriter, id: String, for domain: String, name: String, type: String,
                     description: String? = nil, defaultValue: String? = nil) throws {
        try writer.startElement("key")
        try writer.attribute("id", id)
        try writer.attribute("for", domain)
        try writer.attribute("attr.name", name)
        try writer.attribute("attr.type", type)
        if let description { try writer.element("desc", text: description) }
        if let defaultValue { try writer.element("default", text: defaultValue) }
        try writer.endElement()
    }

    // MARK: Elements

    /// (key index, value index) pairs of an element's properties in key-name order, so
    /// the output does not depend on the order property names were first seen.
    private static func keyOrder(_ properties: PropertyMap, _ keyBySymbol: [Int]) -> [(Int, Int)] {
        var order: [(Int, Int)] = []
        order.reserveCapacity(properties.keys.count)
        for (valueIndex, symbol) in properties.keys.enumerated() {
            let keyIndex = Int(symbol) < keyBySymbol.count ? keyBySymbol[Int(symbol)] : -1
            if keyIndex >= 0 { order.append((keyIndex, valueIndex)) }
        }
        order.sort { $0.0 < $1.0 }
        return order
    }

    /// Writes a name (label, edge type, source) that XML must carry as text.
    private func nameData(_ writer: XMLFragmentWriter, _ key: LeafTag, _ text: String) throws {
        guard GraphMLVocabulary.isXMLSafe(text) else {
            throw ChainGraphError(.argumentError, .unrepresentableInXML,
                                  "the name '\(text.debugDescription)' has characters XML 1.0 cannot hold")
        }
        try data(writer, key, text)
    }

    private func data(_ writer: XMLFragmentWriter, _ key: LeafTag, _ text: String) throws {
        try writer.leafElement(key, text: text)
    }

    /// The derived `provenance` value of an element, as JSON; nil when it has none.
    private func provenanceList(_ provenance: Provenance, _ properties: PropertyMap) -> String? {
        ProvenanceEntries.jsonText(provenance: provenance, evidence: evidenceSymbol.flatMap { properties[$0] })
    }

    /// A node and, when it is a group, its members inside its own `<graph>` (yEd profile).
    private func writeGroupTree(_ position: Int, _ groups: NodeGroups, to writer: XMLFragmentWriter, written: inout Int) throws {
        let record = graph.nodeRecord(model.selection.nodeIDs[position].rawValue)!
        guard let members = groups.members[position] else {
            try writeNode(record, position: position, to: writer)
            written += 1
            model.reportProgress(written)
            return
        }
        try writeNode(record, position: position, to: writer, isGroup: true) {
            try writer.startElement("graph")
            try writer.attribute("id", "n\(position):")
            try writer.attribute("edgedefault", model.edgeDirection == .undirected ? "undirected" : "directed")
            for member in members { try writeGroupTree(member, groups, to: writer, written: &written) }
            try writer.endElement()
        }
        written += 1
        model.reportProgress(written)
    }

    private func writeNode(_ record: NodeRecord, position: Int, to writer: XMLFragmentWriter,
                           isGroup: Bool = false, members: () throws -> Void = {}) throws {
        try writer.startElement("node")
        try writer.attribute("id", prefix: UInt8(ascii: "n"), number: position)
        if isGroup { try writer.attribute("yfiles.foldertype", "group") }
        let labels = model.labels(of: record)
        let labelText = profile == .tinkerpop ? labels.joined(separator: "::") : labels.map { ":" + $0 }.joined()
        if profile == .apoc && !labels.isEmpty { try writer.attribute("labels", labelText) }
        if !labels.isEmpty { try nameData(writer, labelsTag, labelText) }
        for (keyIndex, valueIndex) in Self.keyOrder(record.properties, keys.nodeKeyBySymbol) {
            let key = keys.nodeKeys[keyIndex]
            try data(writer, nodeDataTags[keyIndex], key.encoding.text(record.properties.values[valueIndex]))
        }
        if let source = record.provenance.source { try nameData(writer, Self.nodeSourceTag, source) }
        if let line = record.provenance.line { try data(writer, Self.nodeLineTag, String(line)) }
        if writesProvenanceList.nodes, let json = provenanceList(record.provenance, record.properties) {
            try nameData(writer, Self.nodeProvenanceTag, json)
        }
        switch profile {
        case .plain, .tinkerpop, .apoc: break
        case .gephi: try writeGephiNode(record, position: position, labels: labels, to: writer)
        case .yed:
            let look = YFilesGraphics.look(of: record.properties, graph.propertyKeys)
            let name = model.displayName(of: record, position: position), colour = model.palette.colour(for: labels)
            if isGroup {
                try writeGroupNode(name, colour: colour, box: model.box(of: position), look: look, to: writer)
            } else {
                try writeShapeNode(name, colour: colour, box: model.box(of: position), look: look, to: writer)
            }
        }
        try members()
        try writer.endElement()
    }

    private func writeGephiNode(_ record: NodeRecord, position: Int, labels: [String], to writer: XMLFragmentWriter) throws {
        let (red, green, blue) = TypePalette.components(model.palette.colour(for: labels))
        let box = model.layout.boxes[position]
        let node = model.selection.nodeIDs[position].rawValue
        var degree = 0
        graph.forEachEdge(of: node, type: nil, direction: .both) { _, _ in degree += 1; return true }
        let values: [String: String] = [
            "label": model.displayName(of: record, position: position),
            "r": String(red), "g": String(green), "b": String(blue),
            "size": Value.formatDouble(10 + 2 * Double(min(degree, 40))),
            "x": Value.formatDouble(box.x + box.width / 2), "y": Value.formatDouble(box.centerY),
        ]
        for name in gephiNodeKeys { try data(writer, Self.dataTag("gephi.\(name)"), values[name]!) }
    }

    private func writeEdge(_ record: EdgeRecord, position: Int, to writer: XMLFragmentWriter) throws {
        try writer.startElement("edge")
        try writer.attribute("id", prefix: UInt8(ascii: "e"), number: position)
        try writer.attribute("source", prefix: UInt8(ascii: "n"), number: model.position(of: record.from)!)
        try writer.attribute("target", prefix: UInt8(ascii: "n"), number: model.position(of: record.to)!)
        let undirected = model.isUndirected(record)
        // In an all-undirected graph `edgedefault` says it once.
        if undirected && model.edgeDirection == .mixed { try writer.attribute("directed", "false") }
        let type = graph.edgeTypes.name(of: record.type)
        if profile == .apoc { try writer.attribute("label", type) }
        try nameData(writer, edgeTypeTag, type)
        for (keyIndex, valueIndex) in Self.keyOrder(record.properties, keys.edgeKeyBySymbol) {
            let symbol = record.properties.keys[valueIndex]
            if symbol == model.undirectedSymbol && record.properties.values[valueIndex] == .bool(true) { continue }
            let key = keys.edgeKeys[keyIndex]
            try data(writer, edgeDataTags[keyIndex], key.encoding.text(record.properties.values[valueIndex]))
        }
        if let source = record.provenance.source { try nameData(writer, Self.edgeSourceTag, source) }
        if let line = record.provenance.line { try data(writer, Self.edgeLineTag, String(line)) }
        if writesProvenanceList.edges, let json = provenanceList(record.provenance, record.properties) {
            try nameData(writer, Self.edgeProvenanceTag, json)
        }
        if profile == .yed {
            try writePolyLineEdge(type, arrow: !undirected, bends: model.bends(of: position),
                                  look: YFilesGraphics.look(of: record.properties, graph.propertyKeys), to: writer)
        }
        try writer.endElement()
    }
}

/// A value handed to concurrent tasks that only read it, which the compiler cannot see.
private struct ReadOnlyShare<Value>: @unchecked Sendable {
    let value: Value

    init(_ value: Value) { self.value = value }
}
