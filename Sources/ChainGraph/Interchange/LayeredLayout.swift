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
/// ("transpose"), keeping the order with the fewest crossings; then each column is as wide
/// as its widest box, and the boxes of a column are stacked in order, pulled toward their
/// neighbours' height without ever overlapping. Deterministic: the same graph gives the
/// same drawing.
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
    /// horizontally and `rowGap` vertically.
    init(sizes: [(width: Double, height: Double)], edges: [(from: Int, to: Int)],
         columnGap: Double = 90, rowGap: Double = 24, sweeps: Int = 24) {
        let count = sizes.count
        var graph = LayerGraph(nodeCount: count, edges: edges)
        columns = Array(graph.layer.prefix(count))
        graph.order(sweeps: sweeps)
        crossings = graph.crossings(graph.orders)
        boxes = Self.place(graph, sizes: sizes, columnGap: columnGap, rowGap: rowGap)
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
        // Members start at the origin of their group's inner area.
        let size = layOut(groups.roots)
        func offsetMembers(_ group: Int) {
            for member in groups.members[group] ?? [] {
                shift(member, NodeGroups.padding, NodeGroups.padding + NodeGroups.labelHeight)
                offsetMembers(member)
            }
        }
        _ = size
        for root in groups.roots { offsetMembers(root) }
        width = boxes.map(\.right).max() ?? 0
        height = boxes.map(\.bottom).max() ?? 0
    }

    /// Coordinates for the ordered layers: columns as wide as their widest box, boxes
    /// stacked without overlap and pulled toward their neighbours.
    private static func place(_ graph: LayerGraph, sizes: [(width: Double, height: Double)],
                              columnGap: Double, rowGap: Double) -> [Box] {
        let total = graph.layer.count
        var boxes = (0..<total).map { node in
            node < sizes.count ? Box(x: 0, y: 0, width: sizes[node].width, height: sizes[node].height)
                               : Box(x: 0, y: 0, width: 0, height: 8)
        }
        var left = 0.0
        for layer in graph.orders {
            let columnWidth = layer.map { boxes[$0].width }.max() ?? 0
            var top = 0.0
            for node in layer {
                boxes[node].x = left + (columnWidth - boxes[node].width) / 2
                boxes[node].y = top
                top += boxes[node].height + rowGap
            }
            left += columnWidth + columnGap
        }
        for pass in 0..<8 {
            let layers = pass.isMultiple(of: 2) ? Array(graph.orders.indices) : graph.orders.indices.reversed()
            for index in layers {
                let layer = graph.orders[index]
                let desired = layer.map { node -> Double in
                    // Toward the layer the pass comes from; the last two passes both ways.
                    let neighbours = pass >= 6 ? graph.predecessors[node] + graph.successors[node]
                        : pass.isMultiple(of: 2) ? graph.predecessors[node] : graph.successors[node]
                    guard !neighbours.isEmpty else { return boxes[node].y }
                    let center = neighbours.map { boxes[$0].centerY }.reduce(0, +) / Double(neighbours.count)
                    return center - boxes[node].height / 2
                }
                // Top down: each box at its wish or just below the one above it.
                for (position, node) in layer.enumerated() {
                    let floor = position == 0 ? -Double.infinity : boxes[layer[position - 1]].bottom + rowGap
                    boxes[node].y = max(desired[position], floor)
                }
                // Bottom up: a box pushed down moves back up toward its wish where there is room.
                for position in layer.indices.reversed() {
                    let node = layer[position]
                    let ceiling = position == layer.count - 1 ? Double.infinity
                        : boxes[layer[position + 1]].y - rowGap - boxes[node].height
                    let floor = position == 0 ? -Double.infinity : boxes[layer[position - 1]].bottom + rowGap
                    boxes[node].y = min(max(desired[position], floor), ceiling)
                }
            }
        }
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

/// The graph a ``LayeredLayout`` works on: acyclic, layered, with a point node wherever an
/// edge crosses a column, and the order of each layer.
private struct LayerGraph {
    var layer: [Int]
    var predecessors: [[Int]]
    var successors: [[Int]]
    /// Per input edge, the point nodes it passes through, from its source to its target.
    var chains: [[Int]]
    /// The nodes of each layer, top to bottom.
    var orders: [[Int]] = []

    init(nodeCount: Int, edges: [(from: Int, to: Int)]) {
        let reversed = Self.backEdges(nodeCount: nodeCount, edges: edges)
        var forward = [[Int]](repeating: [], count: nodeCount)
        var incoming = [[Int]](repeating: [], count: nodeCount)
        for (index, edge) in edges.enumerated() where edge.from != edge.to {
            let (from, to) = reversed[index] ? (edge.to, edge.from) : (edge.from, edge.to)
            forward[from].append(to)
            incoming[to].append(from)
        }
        layer = Self.layers(forward: forward, incoming: incoming)
        predecessors = [[Int]](repeating: [], count: nodeCount)
        successors = [[Int]](repeating: [], count: nodeCount)
        chains = []
        for (index, edge) in edges.enumerated() {
            guard edge.from != edge.to else {
                chains.append([])
                continue
            }
            let (from, to) = reversed[index] ? (edge.to, edge.from) : (edge.from, edge.to)
            var previous = from
            var chain: [Int] = []
            for column in (layer[from] + 1)..<max(layer[from] + 1, layer[to]) {
                let point = layer.count
                layer.append(column)
                predecessors.append([])
                successors.append([])
                successors[previous].append(point)
                predecessors[point].append(previous)
                chain.append(point)
                previous = point
            }
            successors[previous].append(to)
            predecessors[to].append(previous)
            chains.append(reversed[index] ? chain.reversed() : chain)
        }
    }

    /// Which edges a depth-first search (from nodes in index order) finds going back to a
    /// node on its stack: turned around, they leave the graph acyclic.
    private static func backEdges(nodeCount: Int, edges: [(from: Int, to: Int)]) -> [Bool] {
        var outgoing = [[(to: Int, edge: Int)]](repeating: [], count: nodeCount)
        for (index, edge) in edges.enumerated() where edge.from != edge.to { outgoing[edge.from].append((edge.to, index)) }
        var state = [UInt8](repeating: 0, count: nodeCount)  // 0 new, 1 on the stack, 2 done
        var reversed = [Bool](repeating: false, count: edges.count)
        for root in 0..<nodeCount where state[root] == 0 {
            var stack: [(node: Int, next: Int)] = [(root, 0)]
            state[root] = 1
            while let top = stack.last {
                if top.next == outgoing[top.node].count {
                    state[top.node] = 2
                    stack.removeLast()
                    continue
                }
                stack[stack.count - 1].next += 1
                let (to, edge) = outgoing[top.node][top.next]
                switch state[to] {
                case 0:
                    state[to] = 1
                    stack.append((to, 0))
                case 1: reversed[edge] = true
                default: break
                }
            }
        }
        return reversed
    }

    /// Longest-path layers of an acyclic graph; a node that only feeds others then moves
    /// to the column before the first one it feeds.
    private static func layers(forward: [[Int]], incoming: [[Int]]) -> [Int] {
        let count = forward.count
        var layer = [Int](repeating: 0, count: count)
        var remaining = incoming.map(\.count)
        var ready = (0..<count).filter { remaining[$0] == 0 }.reversed() as [Int]
        var topological: [Int] = []
        while let node = ready.popLast() {
            topological.append(node)
            for next in forward[node] {
                layer[next] = max(layer[next], layer[node] + 1)
                remaining[next] -= 1
                if remaining[next] == 0 { ready.append(next) }
            }
        }
        // Shorter edges: a node with more edges out than in moves right as far as its
        // successors allow, one with more in than out left as far as its predecessors allow
        // (each move shortens the edges in total), until nothing moves — the gain network
        // simplex layering gets, for the common case, at a fraction of its cost.
        let last = layer.max() ?? 0
        for _ in 0..<8 {
            var moved = false
            for node in topological.reversed() {
                let inward = incoming[node].count, outward = forward[node].count
                guard inward != outward else { continue }
                let low = incoming[node].map { layer[$0] + 1 }.max() ?? 0
                let high = forward[node].map { layer[$0] - 1 }.min() ?? last
                let target = outward > inward ? high : low
                if target != layer[node] && low <= high {
                    layer[node] = target
                    moved = true
                }
            }
            if !moved { break }
        }
        return layer
    }

    /// Orders each layer by barycentre sweeps, down then up, keeping the best order seen.
    mutating func order(sweeps: Int) {
        let layerCount = (layer.max() ?? -1) + 1
        orders = [[Int]](repeating: [], count: layerCount)
        for node in layer.indices { orders[layer[node]].append(node) }
        var best = orders
        var fewest = crossings(orders)
        var position = [Double](repeating: 0, count: layer.count)
        func number(_ layers: [[Int]]) {
            for nodes in layers { for (index, node) in nodes.enumerated() { position[node] = Double(index) } }
        }
        for sweep in 0..<sweeps where fewest > 0 {
            number(orders)
            let downward = sweep.isMultiple(of: 2)
            let sequence = downward ? Array(orders.indices.dropFirst()) : Array(orders.indices.dropLast().reversed())
            for index in sequence {
                let keys = orders[index].map { node -> Double in
                    let neighbours = (downward ? predecessors[node] : successors[node]).map { position[$0] }.sorted()
                    guard !neighbours.isEmpty else { return position[node] }
                    // The median (of the two middle ones for an even count), as dot orders.
                    let middle = neighbours.count / 2
                    return neighbours.count % 2 == 1 ? neighbours[middle] : (neighbours[middle - 1] + neighbours[middle]) / 2
                }
                orders[index] = zip(orders[index], keys).enumerated()
                    .sorted { ($0.element.1, $0.offset) < ($1.element.1, $1.offset) }.map(\.element.0)
                for (rank, node) in orders[index].enumerated() { position[node] = Double(rank) }
            }
            transpose(&position)
            let count = crossings(orders)
            if count < fewest {
                fewest = count
                best = orders
            }
        }
        orders = best
    }

    /// Swaps neighbours in a layer while that removes crossings with both adjacent layers
    /// (dot's "transpose"), a few passes at most.
    private mutating func transpose(_ position: inout [Double]) {
        for _ in 0..<4 {
            var improved = false
            for index in orders.indices {
                var rank = 0
                while rank + 1 < orders[index].count {
                    let upper = orders[index][rank], lower = orders[index][rank + 1]
                    let now = pairCrossings(upper, lower, position), swapped = pairCrossings(lower, upper, position)
                    if swapped < now {
                        orders[index].swapAt(rank, rank + 1)
                        position[upper] = Double(rank + 1)
                        position[lower] = Double(rank)
                        improved = true
                    }
                    rank += 1
                }
            }
            if !improved { break }
        }
    }

    /// Crossings between the edges of `upper` and of `lower` (in that order, neighbours in
    /// one layer) with both adjacent layers.
    private func pairCrossings(_ upper: Int, _ lower: Int, _ position: [Double]) -> Int {
        var count = 0
        for neighbours in [(predecessors[upper], predecessors[lower]), (successors[upper], successors[lower])] {
            for first in neighbours.0 {
                for second in neighbours.1 where position[first] > position[second] { count += 1 }
            }
        }
        return count
    }

    /// Edge crossings between neighbouring layers of `layers`: inversions of the edges'
    /// target positions once sorted by source position.
    func crossings(_ layers: [[Int]]) -> Int {
        var position = [Int](repeating: 0, count: layer.count)
        for nodes in layers { for (index, node) in nodes.enumerated() { position[node] = index } }
        var total = 0
        for nodes in layers {
            var ends: [(Int, Int)] = []
            for node in nodes { for next in successors[node] { ends.append((position[node], position[next])) } }
            ends.sort { $0 < $1 }
            var targets = ends.map(\.1)
            total += Self.inversions(&targets)
        }
        return total
    }

    /// Sorts `values` and returns how many pairs were out of order (merge sort).
    private static func inversions(_ values: inout [Int]) -> Int {
        guard values.count > 1 else { return 0 }
        var buffer = values
        var count = 0
        var width = 1
        while width < values.count {
            var start = 0
            while start < values.count {
                let middle = min(start + width, values.count), end = min(start + 2 * width, values.count)
                var left = start, right = middle, out = start
                while left < middle && right < end {
                    if values[left] <= values[right] {
                        buffer[out] = values[left]; left += 1
                    } else {
                        buffer[out] = values[right]; right += 1
                        count += middle - left
                    }
                    out += 1
                }
                while left < middle { buffer[out] = values[left]; left += 1; out += 1 }
                while right < end { buffer[out] = values[right]; right += 1; out += 1 }
                start += 2 * width
            }
            swap(&values, &buffer)
            width *= 2
        }
        return count
    }
}
