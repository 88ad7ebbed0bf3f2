import CLibXML2
import Foundation

/// Import: reads GraphML through ``XMLEventReader`` into a write writer.
///
/// One pass over the file: keys are registered as they come, each node is created at
/// its end tag, each edge as soon as both its endpoints exist (edges that name a node
/// defined later wait until the end of the file). Memory holds the node-id map and the
/// waiting edges, never the file's text. Any error aborts the caller's writer, so
/// a failed import leaves the database as it was.
///
/// What real files contain and how it reads (see docs/graphml.md): `for="all"` keys
/// and missing `for` (all), missing `attr.type` (string), `<default>` values, `<data>`
/// on the top-level graph (kept in the schema, ``ImportedGraphData``, and reported in the
/// summary), nested graphs (flattened; their
/// nodes get a `parent` property), undirected edges (`undirected = true`), ports (node
/// property `ports`, edge properties `sourceport`/`targetport`), `<desc>` of a node or
/// edge (property `description`), yFiles labels (property `name` when there is none) and
/// graphics (``YFilesGraphics``, open mode),
/// APOC `labels` and TinkerPop `labelV`/`labelE`. Hyperedges are refused with their
/// position.
final class GraphMLImporter {
    /// A `<node>` or `<edge>` being read. Finished ones are reused (see ``makeElement``).
    final class Element {
        enum Kind { case node, edge }
        private(set) var kind: Kind
        private(set) var id: String
        private(set) var position: CompactSourcePosition
        var data: [DataValue] = []
        var graphics: YFilesGraphics?
        var description: String?
        var ports: [String] = []
        var parent: String?
        /// Whether a node's nested graph holds nodes (they name it as their `parent`).
        var holdsMembers = false
        var source = "", target = ""
        var sourcePort: String?, targetPort: String?
        var directed = true

        init(kind: Kind, id: String, position: CompactSourcePosition) {
            self.kind = kind
            self.id = id
            self.position = position
            data.reserveCapacity(4)
        }

        /// Makes it a fresh element, keeping the data array's storage.
        func reset(kind: Kind, id: String, position: CompactSourcePosition) {
            self.kind = kind
            self.id = id
            self.position = position
            data.removeAll(keepingCapacity: true)
            graphics = nil
            description = nil
            if !ports.isEmpty { ports = [] }
            parent = nil
            holdsMembers = false
            source = ""
            target = ""
            sourcePort = nil
            targetPort = nil
            directed = true
        }
    }

    /// Finished elements no one refers to, for ``makeElement``.
    private var spareElements: [Element] = []

    /// An element, reusing a finished one: one allocation per nesting level rather than one
    /// per element.
    func makeElement(kind: Element.Kind, id: String, position: CompactSourcePosition) -> Element {
        guard let element = spareElements.popLast() else { return Element(kind: kind, id: id, position: position) }
        element.reset(kind: kind, id: id, position: position)
        return element
    }

    /// Keeps a finished element for reuse; the caller holds no other reference to it.
    func recycle(_ element: Element) {
        if spareElements.count < 16 { spareElements.append(element) }
    }

    /// One `<data>` of a node or edge: its key as written and as declared, and its value
    /// (read as the key's type says; nil for an empty number or boolean).
    struct DataValue {
        var keyID: String
        var key: GraphMLKeyTable.Key?
        var value: Value?
    }

    /// Element names interned in the reader's dictionary, compared by address.
    struct Names {
        let data, node, edge: UnsafePointer<xmlChar>?

        init(_ reader: XMLEventReader) {
            data = reader.internedName("data")
            node = reader.internedName("node")
            edge = reader.internedName("edge")
        }
    }

    struct PendingEdge {
        var element: Element
        var type: String
        var properties: PropertyMap
        var provenance: Provenance
    }

    let reader: XMLEventReader
    let writer: GraphWriter
    let options: GraphMLImportOptions
    private let fileSize: Int64
    var keys = GraphMLKeyTable()
    var nodes: [String: NodeID] = [:]
    var skippedLegendNodes = Set<String>()
    var pendingEdges: [PendingEdge] = []
    var elements: [Element] = []
    /// Per open `<graph>`: whether its edges are directed by default.
    var graphs: [Bool] = []
    /// The elements that hold others and data.
    enum Container: String {
        case graph, node, edge, port
    }

    /// The open `graph`, `node`, `edge` and `port` elements, innermost last.
    var containers: [Container] = []
    var summary = GraphMLImportSummary()
    /// The top-level `<graph>`'s id and `<data>`, kept in the schema at the end (``ImportedGraphData``).
    var topGraphID: String?
    var graphEntries: [ImportedGraphData.Entry] = []
    /// The limits of the statement the import runs for (none for the Swift API): checked as
    /// events are read, every node and edge counted as a row.
    var limits = OperationLimits.none
    private var warnedAbout = Set<String>()
    var writtenByChainGraph = false
    private var nextProgress: Int64 = 1 << 20
    private let names: Names
    /// Per element kind (node, edge) and place among its `<data>`, the key last found there
    /// (its id also as a C string, compared with the attribute in place).
    var recentKeys: [[RecentKey]] = [[], []]
    /// Per element kind (node, edge), the keys with a default value; nil after a `<key>`.
    var keysWithDefaults: [[GraphMLKeyTable.Key]]?
    /// The last label text read and its labels: consecutive nodes mostly share them.
    var lastLabels: (text: String, labels: [String], symbols: [Int32])?
    /// The last edge type stored and its symbol: consecutive edges mostly share it.
    var lastEdgeType: (name: String, symbol: Int32) = ("", -1)
    /// The property-key symbols of the file's keys and of the names the import adds.
    let plan: GraphMLPropertyPlan
    /// Whether the graph checks elements against a declared schema.
    let isStrict: Bool

    init(reader: XMLEventReader, writer: GraphWriter, options: GraphMLImportOptions, fileSize: Int64) {
        self.reader = reader
        self.writer = writer
        self.options = options
        self.fileSize = fileSize
        // Supply-chain files hold about 400 bytes per node (its data and ~3 edges): reserving
        // for that spares most rehashing of the id map without over-reserving for edge-heavy
        // files.
        nodes.reserveCapacity(Int(min(fileSize / 400, 50_000_000)))
        names = Names(reader)
        plan = GraphMLPropertyPlan(writer: writer, options: options)
        isStrict = writer.batchReader.schema.isStrict
    }

    /// The namespaces of GraphML elements (the second one is found in some older files);
    /// the reader is opened with them.
    static let namespaces = [GraphMLVocabulary.namespace, "http://graphml.graphdrawing.org/xmlns/graphml"]

    /// Reads the whole file.
    func run() throws -> GraphMLImportSummary {
        var sawRoot = false
        while try reader.read(skippingText: true) {
            reportProgress()
            try limits.check()
            switch reader.kind {
            case .startElement:
                if !reader.isInKnownNamespace, let namespace = reader.namespaceURI {
                    warnOnce("namespace \(namespace)", "elements of namespace \(namespace) outside <data> are ignored")
                    try reader.skipSubtree()
                    continue
                }
                if !sawRoot {
                    guard reader.localName == "graphml" else {
                        throw ChainGraphError(.syntaxError, .notGraphML,
                                              "the root element is <\(reader.localName)>, not <graphml>", at: reader.position)
                    }
                    sawRoot = true
                    continue
                }
                try startElement()
            case .endElement:
                if reader.isInKnownNamespace { try endElement() }
            case .text:
                break // passed by: the loop reads with skippingText
            }
        }
        guard sawRoot else {
            throw ChainGraphError(.syntaxError, .notGraphML, "the file has no <graphml> element",
                                  at: SourcePosition(file: nil, line: 1, column: 1))
        }
        for pending in pendingEdges { try createWaitingEdge(pending) }
        if !graphEntries.isEmpty {
            try writer.recordImportedGraph(ImportedGraphData(source: reader.file ?? "GraphML text", graphID: topGraphID,
                                                             entries: graphEntries))
        }
        options.progress?(fileSize, fileSize)
        return summary
    }

    private func reportProgress() {
        guard let progress = options.progress else { return }
        let consumed = reader.bytesConsumed
        if consumed >= nextProgress {
            progress(consumed, fileSize)
            nextProgress = consumed + (1 << 20)
        }
    }

    func warnOnce(_ kind: String, _ message: String) {
        guard warnedAbout.insert(kind).inserted else { return }
        summary.warnings.append(.init(position: reader.position, message: message))
    }

    // MARK: Elements

    private func startElement() throws {
        // The three elements of bulk data first, recognised without building their names.
        let token = reader.localNameToken
        if token != nil {
            if token == names.data { return try readData() }
            if token == names.node { return try startNode() }
            if token == names.edge { return try startEdge() }
        }
        let name = reader.localName
        if let container = Container(rawValue: name), container == .graph || container == .port { containers.append(container) }
        switch name {
        case "key":
            try readKey()
        case "graph":
            let edgeDefault = reader.attribute("edgedefault")
            if edgeDefault == nil { warnOnce("edgedefault", "a <graph> has no edgedefault; its edges are read as directed") }
            if graphs.isEmpty {
                writtenByChainGraph = keys.key("node.labels", for: "node") != nil && keys.key("edge.type", for: "edge") != nil
                topGraphID = reader.attribute("id")
            }
            graphs.append(edgeDefault != "undirected")
        case "node":
            try startNode()
        case "edge":
            try startEdge()
        case "hyperedge":
            throw ChainGraphError(.syntaxError, .hyperedgeNotSupported,
                                  "<hyperedge> is not supported: ChainGraph edges join two nodes; rewrite the hyperedge as a node with one edge per endpoint",
                                  at: reader.position)
        case "port":
            if let port = reader.attribute("name"), let owner = elements.last, owner.kind == .node { owner.ports.append(port) }
        case "data":
            try readData()
        case "desc":
            let text = try readText()
            if containers.last == .node || containers.last == .edge, let owner = elements.last, owner.description == nil {
                owner.description = text
            }
        case "default", "endpoint", "locator":
            warnOnce(name, "<\(name)> outside its usual place is ignored")
            try reader.skipSubtree()
        default:
            warnOnce("element \(name)", "unknown GraphML element <\(name)> is ignored")
            try reader.skipSubtree()
        }
    }

    private func startNode() throws {
        containers.append(.node)
        var id: String?
        reader.forEachAttribute { name, value in
            if strcmp(name, "id") == 0 { id = String(cString: value) }
        }
        guard let id else {
            throw ChainGraphError(.syntaxError, .missingAttribute, "<node> needs an id attribute", at: reader.position)
        }
        let element = makeElement(kind: .node, id: id, position: reader.compactPosition)
        element.parent = elements.last(where: { $0.kind == .node })?.id
        elements.append(element)
    }

    private func startEdge() throws {
        containers.append(.edge)
        let position = reader.compactPosition
        var id: String?, source: String?, target: String?, directed: String?
        var sourcePort: String?, targetPort: String?
        reader.forEachAttribute { name, value in
            if strcmp(name, "source") == 0 {
                source = String(cString: value)
            } else if strcmp(name, "target") == 0 {
                target = String(cString: value)
            } else if strcmp(name, "id") == 0 {
                id = String(cString: value)
            } else if strcmp(name, "directed") == 0 {
                directed = String(cString: value)
            } else if strcmp(name, "sourceport") == 0 {
                sourcePort = String(cString: value)
            } else if strcmp(name, "targetport") == 0 {
                targetPort = String(cString: value)
            }
        }
        guard let source, let target else {
            throw ChainGraphError(.syntaxError, .missingAttribute, "<edge> needs source and target attributes",
                                  at: reader.position(position))
        }
        let element = makeElement(kind: .edge, id: id ?? "", position: position)
        element.source = source
        element.target = target
        element.sourcePort = sourcePort
        element.targetPort = targetPort
        switch directed {
        case "true": element.directed = true
        case "false": element.directed = false
        case nil: element.directed = graphs.last ?? true
        case let other?:
            throw ChainGraphError(.syntaxError, .invalidValue, "directed='\(other)' is neither true nor false",
                                  at: reader.position(position))
        }
        elements.append(element)
    }

    private func endElement() throws {
        let token = reader.localNameToken
        let container = token != nil && token == names.node ? .node : token != nil && token == names.edge ? .edge
            : Container(rawValue: reader.localName)
        guard let container else { return }
        if containers.last == container { containers.removeLast() }
        switch container {
        case .graph: if !graphs.isEmpty { graphs.removeLast() }
        case .node:
            guard let element = elements.popLast(), element.kind == .node else { return }
            try createNode(element)
        case .edge:
            guard let element = elements.popLast(), element.kind == .edge else { return }
            try finishEdge(element)
        case .port: break
        }
    }

    // MARK: Keys and data

    func readKey() throws {
        let position = reader.position
        guard let id = reader.attribute("id") else {
            throw ChainGraphError(.syntaxError, .missingAttribute, "<key> needs an id attribute", at: position)
        }
        let key = GraphMLKeyTable.Key(id: id, domain: reader.attribute("for") ?? "all",
                                      name: reader.attribute("attr.name") ?? id, type: reader.attribute("attr.type"),
                                      yFilesType: reader.attribute("yfiles.type"), position: position)
        if let type = key.type, !["boolean", "int", "long", "float", "double", "string"].contains(type.lowercased()) {
            warnOnce("attr.type \(type)", "attr.type '\(type)' is not a GraphML type; its values are read as strings")
            key.type = "string"
        }
        let depth = reader.depth
        while try reader.read() {
            if reader.kind == .endElement && reader.depth == depth { break }
            guard reader.kind == .startElement, reader.depth == depth + 1 else { continue }
            switch reader.localName {
            case "default": key.defaultText = try readText()
            case "desc":
                // ChainGraph's lines: the exact type, and the name an encoded attr.name stands for.
                for line in try readText().split(separator: "\n") {
                    if line.hasPrefix(GraphMLVocabulary.typeDescriptionPrefix) {
                        key.exactType = String(line.dropFirst(GraphMLVocabulary.typeDescriptionPrefix.count))
                    } else if line.hasPrefix(GraphMLVocabulary.nameDescriptionPrefix) {
                        key.name = String(line.dropFirst(GraphMLVocabulary.nameDescriptionPrefix.count))
                    }
                }
            default: try reader.skipSubtree()
            }
        }
        recentKeys = [[], []]
        keysWithDefaults = nil
        if !keys.add(key) {
            warnOnce("duplicate key \(id)", "key '\(id)' for \(key.domain) is declared twice; the later declaration is used")
        }
    }

    /// The text content of the current element, including that of its descendants.
    func readText() throws -> String {
        if let text = reader.readSimpleContent() { return text }
        let depth = reader.depth
        var text = ""
        while try reader.read() {
            switch reader.kind {
            case .endElement where reader.depth == depth: return text
            case .text: text += reader.value
            default: break
            }
        }
        return text
    }

    /// The yFiles graphics inside a graphics `<data>` (``YFilesGraphics``): geometry,
    /// colours, shape, font, line and bends, and the first label's text.
    func readGraphics() throws -> YFilesGraphics {
        let depth = reader.depth
        var graphics = YFilesGraphics()
        while try reader.read() {
            if reader.kind == .endElement && reader.depth == depth { break }
            guard reader.kind == .startElement else { continue }
            let name = reader.localName
            var attributes: [String: String] = [:]
            reader.forEachAttribute { key, value in attributes[String(cString: key)] = String(cString: value) }
            if name == "Point" {
                graphics.addBend(x: attributes["x"], y: attributes["y"])
                continue
            }
            graphics.read(element: name, attributes: attributes)
            if graphics.label == nil, ["NodeLabel", "EdgeLabel", "Label.Text"].contains(name) {
                let text = GraphMLVocabulary.trimmed(try readText())
                if !text.isEmpty { graphics.label = text }
            }
        }
        return graphics
    }
}
