/// Export: a layered (Sugiyama-style) drawing of a directed graph that flows left to right,
/// as a supply chain reads: raw materials in the first column, end products in the last.
///
/// The steps are the classic ones (Sugiyama, Tagawa and Toda 1981; the ordering as in
/// Graphviz dot, Gansner et al. 1993): cycles are broken by turning the back edges of a
/// depth-first search; each node goes into the column after its furthest predecessor, then
/// nodes with more edges out than in move right (and the reverse left) as far as their
/// neighbours allow, which shortens the edges; an edge that spans several columns passes
/// through a point in each column it crosses; the nodes of each column are ordered by
/// median sweeps, down and up, each followed by swaps of neighbours that remove crossings
/// ("transpose"), from three starting orders (as numbered, and breadth-first from the
/// sources and from the sinks), keeping the order with the fewest crossings; then each column is as wide
/// as its widest box, and the heights come from ``CoordinateAssignment`` (Brandes and Köpf):
/// boxes aligned with their median neighbours, long edges straight, never overlapping,
/// then moved along their columns where fewer straight lines between centres cross
/// (``StraightLineRefinement``). Deterministic: the same graph gives the same drawing.
struct LayeredLayout {
    /// A node's box: top-left corner and size.
    struct Box: Equatable {
        var x: Double
        var y: Double
        var width: Double
        var height: Double

        var centerY: Double { y + height / 2 }
        var right: Double { x + width }
        var bottom: Double { y + height }

        /// Whether the two boxes share any area.
        func overlaps(_ other: Box) -> Bool {
            x < other.right && other.x < right && y < other.bottom && other.y < bottom
        }
    }

    /// A point of an edge's route.
    struct Point: Equatable {
        var x: Double
        var y: Double
    }

    /// Each node's box, by node index.
    private(set) var boxes: [Box] = []
    /// Each edge's bends, by edge index, in the edge's own direction (from its source to its
    /// target): where it crosses the columns between its ends. Empty between neighbouring
    /// columns and for self-loops.
    private(set) var bends: [[Point]] = []
    /// Each node's column.
    private(set) var columns: [Int] = []
    /// Edge crossings between neighbouring columns in the final order (a measure of the drawing).
    private(set) var crossings = 0
    /// The extent of the drawing.
    private(set) var width = 0.0
    private(set) var height = 0.0

    /// Lays out nodes of `sizes` joined by `edges` (node indexes), `columnGap` apart
    /// horizontally and `rowGap` vertically. Each connected part is drawn on its own and the
    /// parts are stacked, largest first (nodes without edges together, last), so that parts
    /// do not drift apart and leave empty bands between them.
    init(sizes: [(width: Double, height: Double)], edges: [(from: Int, to: Int)],
         columnGap: Double = 90, rowGap: Double = 24, sweeps: Int = 24) {
        let parts = Self.connectedParts(nodeCount: sizes.count, edges: edges)
        guard parts.count > 1 else {
            self.init(connected: sizes, edges: edges, columnGap: columnGap, rowGap: rowGap, sweeps: sweeps)
            return
        }
        var boxes = [Box](repeating: Box(x: 0, y: 0, width: 0, height: 0), count: sizes.count)
        var bends = [[Point]](repeating: [], count: edges.count)
        var columns = [Int](repeating: 0, count: sizes.count)
        var crossings = 0, top = 0.0
        var edgesByPart: [Int: [Int]] = [:]
        var partOf = [Int](repeating: 0, count: sizes.count)
        for (index, part) in parts.enumerated() { for node in part { partOf[node] = index } }
        for (index, edge) in edges.enumerated() { edgesByPart[partOf[edge.from], default: []].append(index) }
        for (index, part) in parts.enumerated() {
            let local = Dictionary(uniqueKeysWithValues: part.enumerated().map { ($0.element, $0.offset) })
            let partEdges = edgesByPart[index] ?? []
            let drawing = LayeredLayout(connected: part.map { sizes[$0] },
                                        edges: partEdges.map { (local[edges[$0].from]!, local[edges[$0].to]!) },
                                        columnGap: columnGap, rowGap: rowGap, sweeps: sweeps)
            for (position, node) in part.enumerated() {
                boxes[node] = drawing.boxes[position]
                boxes[node].y += top
                columns[node] = drawing.columns[position]
            }
            for (position, edge) in partEdges.enumerated() {
                bends[edge] = drawing.bends[position].map { Point(x: $0.x, y: $0.y + top) }
            }
            crossings += drawing.crossings
            top += drawing.height + 2 * rowGap
        }
        self.init(boxes: boxes, bends: bends, columns: columns, crossings: crossings)
    }

    /// A drawing made elsewhere.
    private init(boxes: [Box], bends: [[Point]], columns: [Int], crossings: Int) {
        self.boxes = boxes
        self.bends = bends
        self.columns = columns
        self.crossings = crossings
        width = boxes.map(\.right).max() ?? 0
        height = boxes.map(\.bottom).max() ?? 0
        for route in bends { for point in route { height = max(height, point.y) } }
    }

    /// The nodes of each connected part (edges taken either way), largest first, then by
    /// their first node; the nodes without edges form one last part.
    private static func connectedParts(nodeCount: Int, edges: [(from: Int, to: Int)]) -> [[Int]] {
        var root = Array(0..<nodeCount)
        func find(_ node: Int) -> Int {
            var node = node
            while root[node] != node {
                root[node] = root[root[node]]
                node = root[node]
            }
            return node
        }
        var hasEdge = [Bool](repeating: false, count: nodeCount)
        for edge in edges {
            hasEdge[edge.from] = true
            hasEdge[edge.to] = true
            let (a, b) = (find(edge.from), find(edge.to))
            if a != b { root[max(a, b)] = min(a, b) }
        }
        var parts: [Int: [Int]] = [:]
        var alone: [Int] = []
        for node in 0..<nodeCount {
            if hasEdge[node] { parts[find(node), default: []].append(node) } else { alone.append(node) }
        }
        let ordered = parts.values.sorted { ($0.count, -$0[0]) > ($1.count, -$1[0]) }
        return alone.isEmpty ? ordered : ordered + [alone]
    }

    /// The drawing of one connected graph (or of nodes without edges).
    private init(connected sizes: [(width: Double, height: Double)], edges: [(from: Int, to: Int)],
                 columnGap: Double, rowGap: Double, sweeps: Int) {
        let count = sizes.count
        var graph = LayerGraph(nodeCount: count, edges: edges)
        columns = Array(graph.layer.prefix(count))
        graph.order(sweeps: sweeps)
        crossings = graph.crossings(graph.orders)
        boxes = Self.place(graph, sizes: sizes, edges: edges, columnGap: columnGap, rowGap: rowGap)
        bends = edges.indices.map { index in graph.chains[index].map { Point(x: boxes[$0].x, y: boxes[$0].centerY) } }
        boxes = Array(boxes.prefix(count))
        width = boxes.map(\.right).max() ?? 0
        height = boxes.map(\.bottom).max() ?? 0
        for route in bends { for point in route { height = max(height, point.y) } }
    }

    /// A drawing of nested groups (``NodeGroups``): each group's members are laid out on
    /// their own, inside the group's box; the group, that size, takes part in the drawing of
    /// the level it sits in — so no box overlaps another unless one holds the other. An edge
    /// between members of one level bends as in a flat drawing; an edge that leaves a group
    /// runs straight.
    init(sizes: [(width: Double, height: Double)], edges: [(from: Int, to: Int)], groups: NodeGroups,
         columnGap: Double = 90, rowGap: Double = 24) {
        var parent = [Int?](repeating: nil, count: sizes.count)
        for (group, members) in groups.members { for member in members { parent[member] = group } }
        boxes = sizes.map { Box(x: 0, y: 0, width: $0.width, height: $0.height) }
        bends = Array(repeating: [], count: edges.count)
        columns = Array(repeating: 0, count: sizes.count)
        /// Lays out `nodes` (one level) at the origin; returns the drawing's size.
        func layOut(_ nodes: [Int]) -> (width: Double, height: Double) {
            var levelSizes: [(width: Double, height: Double)] = []
            for node in nodes {
                if let members = groups.members[node] {
                    let inner = layOut(members)
                    levelSizes.append((inner.width + 2 * NodeGroups.padding,
                                       inner.height + 2 * NodeGroups.padding + NodeGroups.labelHeight))
                } else {
                    levelSizes.append(sizes[node])
                }
            }
            let index = Dictionary(uniqueKeysWithValues: nodes.enumerated().map { ($0.element, $0.offset) })
            /// The node of this level that holds `node` (itself, or a group around it).
            func representative(_ node: Int) -> Int? {
                var current: Int? = node
                while let candidate = current {
                    if let position = index[candidate] { return position }
                    current = parent[candidate]
                }
                return nil
            }
            var levelEdges: [(from: Int, to: Int)] = []
            var direct: [Int] = []
            for (edgeIndex, edge) in edges.enumerated() {
                guard let from = representative(edge.from), let to = representative(edge.to), from != to else { continue }
                levelEdges.append((from, to))
                direct.append(index[edge.from] != nil && index[edge.to] != nil ? edgeIndex : -1)
            }
            let level = LayeredLayout(sizes: levelSizes, edges: levelEdges, columnGap: columnGap, rowGap: rowGap)
            for (position, node) in nodes.enumerated() {
                let box = level.boxes[position]
                move(node, to: box)
                columns[node] = level.columns[position]
            }
            for (levelIndex, edgeIndex) in direct.enumerated() where edgeIndex >= 0 { bends[edgeIndex] = level.bends[levelIndex] }
            return (level.width, level.height)
        }
        /// Places `node` (and, for a group, its members, laid out at the origin) at `box`.
        func move(_ node: Int, to box: Box) {
            let dx = box.x - boxes[node].x, dy = box.y - boxes[node].y
            shift(node, dx, dy)
            boxes[node].width = box.width
            boxes[node].height = box.height
        }
        func shift(_ node: Int, _ dx: Double, _ dy: Double) {
            boxes[node].x += dx
            boxes[node].y += dy
            for member in groups.members[node] ?? [] { shift(member, dx, dy) }
        }
        _ = layOut(groups.roots)
        // Members were drawn from their group's corner: move them into its inner area, below
        // its label (nested members by every group around them).
        func offsetMembers(_ group: Int) {
            for member in groups.members[group] ?? [] {
                shift(member, NodeGroups.padding, NodeGroups.padding + NodeGroups.labelHeight)
                offsetMembers(member)
            }
        }
        for root in groups.roots { offsetMembers(root) }
        width = boxes.map(\.right).max() ?? 0
        height = boxes.map(\.bottom).max() ?? 0
    }

    /// Coordinates for the ordered layers: columns as wide as their widest box, heights from
    /// ``CoordinateAssignment`` refined by ``StraightLineRefinement``.
    private static func place(_ graph: LayerGraph, sizes: [(width: Double, height: Double)],
                              edges: [(from: Int, to: Int)], columnGap: Double, rowGap: Double) -> [Box] {
        let total = graph.layer.count
        var boxes = (0..<total).map { node in
            node < sizes.count ? Box(x: 0, y: 0, width: sizes[node].width, height: sizes[node].height)
                               : Box(x: 0, y: 0, width: 0, height: 0)
        }
        var left = 0.0
        var columnCentres: [Double] = []
        for layer in graph.orders {
            let columnWidth = layer.map { boxes[$0].width }.max() ?? 0
            for node in layer { boxes[node].x = left + (columnWidth - boxes[node].width) / 2 }
            columnCentres.append(left + columnWidth / 2)
            left += columnWidth + columnGap
        }
        let assignment = CoordinateAssignment(graph: graph, realCount: sizes.count, extents: sizes.map(\.height),
                                              gap: rowGap)
        var refinement = StraightLineRefinement(graph: graph, realCount: sizes.count, edges: edges,
                                                centres: assignment.centres(), columnCentres: columnCentres,
                                                separation: assignment.separation)
        refinement.refine()
        let centres = refinement.centres
        for node in boxes.indices { boxes[node].y = centres[node] - boxes[node].height / 2 }
        // From the top edge, on a half-pixel grid (files stay short; gaps are far wider).
        let top = boxes.map(\.y).min() ?? 0
        for node in boxes.indices {
            boxes[node].y = ((boxes[node].y - top) * 2).rounded() / 2
            boxes[node].x = (boxes[node].x * 2).rounded() / 2
        }
        return boxes
    }

    /// The number of pairs of boxes that overlap (0 for this layout; a check for any).
    static func overlappingPairs(_ boxes: [Box]) -> Int {
        let sorted = boxes.sorted { $0.x < $1.x }
        var active: [Box] = []
        var pairs = 0
        for box in sorted {
            active.removeAll { $0.right <= box.x }
            pairs += active.filter { $0.overlaps(box) }.count
            active.append(box)
        }
        return pairs
    }
}
