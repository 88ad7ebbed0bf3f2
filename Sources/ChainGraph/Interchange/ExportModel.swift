/// Export: what every writer (GraphML profiles, DOT) needs to know about a selection —
/// its elements, a display name and colour per node, and a layered layout.
///
/// The layout is a ``LayeredLayout``: a supply chain reads left to right, columns as wide
/// as their widest box, no two boxes overlapping, edges bent through the columns they cross
/// — so a viewer opening the file needs to run no layout of its own.
struct ExportModel {
    let graph: GraphReader
    let selection: GraphSelection
    /// Colours by type over every type of the database, so all exports of one graph agree.
    let palette: TypePalette
    /// The types of the selected nodes, sorted: what a legend lists.
    let legendTypes: [String]
    /// The drawing of the selection: boxes by position in `selection.nodeIDs`, bends by
    /// position in `selection.edgeIDs`; computed on first use, since only the profiles with
    /// coordinates need it.
    var layout: LayeredLayout {
        if let computed = layoutCache.layout { return computed }
        let computed = computeLayout()
        layoutCache.layout = computed
        return computed
    }
    private let layoutCache = LayoutCache()

    /// Whether every selected node has a position and size of its own (`x`, `y`, `width`,
    /// `height`, as yFiles graphics import them): then the yEd export draws the diagram where
    /// it was instead of laying it out again (a diagram that goes through ChainGraph keeps
    /// its look).
    var keepsImportedGeometry: Bool {
        if let known = layoutCache.keepsImportedGeometry { return known }
        let symbols = ["x", "y", "width", "height"].map { graph.propertyKeys.id(of: $0) }
        var keeps = !selection.nodeIDs.isEmpty && symbols.allSatisfy { $0 != nil }
        if keeps {
            for id in selection.nodeIDs {
                let record = graph.nodeRecord(id.rawValue)!
                if !symbols.allSatisfy({ record.properties[$0!]?.doubleValue != nil }) {
                    keeps = false
                    break
                }
            }
        }
        layoutCache.keepsImportedGeometry = keeps
        return keeps
    }
    /// The groups of the selection (nested graphs, ``NodeGroups``), nil when there are none;
    /// computed on first use.
    var groups: NodeGroups? {
        if let known = layoutCache.groups { return known }
        let found = NodeGroups(graph: graph, selection: selection).flatMap { $0.members.isEmpty ? nil : $0 }
        layoutCache.groups = .some(found)
        return found
    }

    /// The box of the node at `position`: its own (``keepsImportedGeometry``), else the
    /// layout's. The layout is only computed when it is needed.
    func box(of position: Int) -> LayeredLayout.Box {
        guard keepsImportedGeometry else { return layout.boxes[position] }
        let record = graph.nodeRecord(selection.nodeIDs[position].rawValue)!
        let number = { (name: String) in record.properties[graph.propertyKeys.id(of: name)!]!.doubleValue! }
        return LayeredLayout.Box(x: number("x"), y: number("y"), width: number("width"), height: number("height"))
    }

    /// The bends of the edge at `position`: its own `bends` (`[x1, y1, …]`) when the nodes
    /// keep their imported geometry, else the layout's.
    func bends(of position: Int) -> [LayeredLayout.Point] {
        guard keepsImportedGeometry else { return layout.bends[position] }
        guard let symbol = graph.propertyKeys.id(of: "bends"),
              case .list(let items)? = graph.edgeRecord(selection.edgeIDs[position].rawValue)?.properties[symbol] else { return [] }
        let numbers = items.compactMap(\.doubleValue)
        return stride(from: 0, to: numbers.count - 1, by: 2).map { LayeredLayout.Point(x: numbers[$0], y: numbers[$0 + 1]) }
    }

    /// The position of each node id in `selection.nodeIDs`, or -1: a dense array, since
    /// the writers look up both ends of every edge.
    private var positionByNode: [Int32] = []
    /// Which way the selected edges go, for `edgedefault` and DOT's `digraph`/`graph`.
    let edgeDirection: EdgeDirection
    /// The symbol of the `undirected` edge property, when any edge has it.
    let undirectedSymbol: Int32?
    /// Reports (elements written, elements to write); see ``GraphExportOptions/progress``.
    var progress: (@Sendable (Int64, Int64) -> Void)?

    /// Reports progress after `done` elements, every 10,000 and at the end.
    func reportProgress(_ done: Int) {
        guard let progress else { return }
        let total = selection.nodeIDs.count + selection.edgeIDs.count
        if done % 10_000 == 0 || done == total { progress(Int64(done), Int64(total)) }
    }

    init(graph: GraphReader, selection: GraphSelection) {
        self.graph = graph
        self.selection = selection
        var labelSymbols = Set<Int32>()
        for id in selection.nodeIDs { labelSymbols.formUnion(graph.nodeRecord(id.rawValue)!.labels) }
        palette = TypePalette(types: graph.labels.names + graph.schema.nodeTypes.map(\.name))
        legendTypes = labelSymbols.map { graph.labels.name(of: $0) }.sorted()
        positionByNode = [Int32](repeating: -1, count: Int(graph.nodeIDLimit))
        for (position, id) in selection.nodeIDs.enumerated() { positionByNode[Int(id.rawValue)] = Int32(position) }
        let undirected = graph.propertyKeys.id(of: Self.undirectedProperty)
        undirectedSymbol = undirected
        edgeDirection = EdgeDirection.of(selection.edgeIDs, in: graph, undirectedSymbol: undirected)
    }

    /// The edge property that marks an edge read as undirected (GraphML `directed="false"`,
    /// or any edge of a graph whose `edgedefault` is `undirected`).
    static let undirectedProperty = "undirected"

    /// Whether this edge record is undirected.
    func isUndirected(_ record: EdgeRecord) -> Bool {
        guard let undirectedSymbol else { return false }
        return record.properties[undirectedSymbol] == .bool(true)
    }

    /// The position of a node in `selection.nodeIDs`, which names it `n<position>` in files.
    func position(of node: Int64) -> Int? {
        guard node >= 0, node < positionByNode.count, positionByNode[Int(node)] >= 0 else { return nil }
        return Int(positionByNode[Int(node)])
    }

    /// The node's labels, in name order.
    func labels(of record: NodeRecord) -> [String] { graph.labelNames(record) }

    /// What a viewer should print on the node: its `name`, else its primary key, else the
    /// GraphML id it was imported with, else its first string property, else `n<position>`.
    func displayName(of record: NodeRecord, position: Int) -> String {
        if let symbol = graph.propertyKeys.id(of: "name"), case .string(let name)? = record.properties[symbol] {
            return name
        }
        for label in labels(of: record) {
            if let key = graph.schema.nodeType(named: label)?.primaryKey,
               let symbol = graph.propertyKeys.id(of: key.name), let value = record.properties[symbol] {
                if case .string(let text) = value { return text }
                return value.description
            }
        }
        // A GraphML import's own node id, then any text — not a group's id in `parent`.
        if let symbol = graph.propertyKeys.id(of: "graphml_id"), case .string(let id)? = record.properties[symbol] { return id }
        let parentSymbol = graph.propertyKeys.id(of: "parent")
        for (key, value) in zip(record.properties.keys, record.properties.values) where key != parentSymbol {
            if case .string(let text) = value { return text }
        }
        return "n\(position)"
    }

    /// The height of a node's box in a drawing.
    static let boxHeight = 30.0

    /// A box width that fits `label` in a 12-point sans-serif font: wide characters (CJK)
    /// count double.
    static func boxWidth(for label: String) -> Double {
        let units = label.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x2E80 ? 2 : 1) }
        return max(60, Double(units) * 7.5 + 20)
    }

    private func computeLayout() -> LayeredLayout {
        let sizes = selection.nodeIDs.enumerated().map { position, id in
            (width: Self.boxWidth(for: displayName(of: graph.nodeRecord(id.rawValue)!, position: position)), height: Self.boxHeight)
        }
        let edges = selection.edgeIDs.map { id -> (from: Int, to: Int) in
            guard let record = graph.edgeRecord(id.rawValue), let from = position(of: record.from),
                  let to = position(of: record.to) else { return (0, 0) }
            return (from, to)
        }
        if let groups { return LayeredLayout(sizes: sizes, edges: edges, groups: groups) }
        return LayeredLayout(sizes: sizes, edges: edges)
    }
}

/// Where an ``ExportModel`` keeps its layout once computed.
private final class LayoutCache {
    var layout: LayeredLayout?
    var keepsImportedGeometry: Bool?
    var groups: NodeGroups??
}
