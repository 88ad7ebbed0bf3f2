/// Export: where each node of an ordered ``LayerGraph`` sits along its layer (for the
/// left-to-right drawing, its height), by the method of Brandes and Köpf ("Fast and Simple
/// Horizontal Coordinate Assignment", 2001), the one yFiles, ELK and dagre use.
///
/// Each node is aligned with the median of its neighbours in the previous layer where the
/// alignments do not cross, giving blocks drawn on one line; a long edge's points are
/// aligned first (segments crossing them give way), so a long edge runs straight, and when
/// its ends align too, it is the straight line between their centres. The blocks are then
/// packed as tight as the order allows. That is done four times — sweeping the layers
/// forward and backward, packing toward either end of the layers — and each node takes the
/// mean of its two middle positions of the four, which keeps the drawing balanced. Each of
/// the four keeps every node at least its separation from its neighbours in the layer, so
/// their balance does too: boxes never overlap.
struct CoordinateAssignment {
    /// The graph: layers in order, each node's neighbours in the layers before and after.
    private let graph: LayerGraph
    /// Whether a node is a point of a long edge rather than a real node.
    private let isPoint: [Bool]
    /// Each node's extent along its layer.
    private let extents: [Double]
    /// The gap kept between two real nodes of a layer; half of it when a point is involved.
    private let gap: Double
    /// Segments (predecessor, successor) that cross a segment between two points of a long
    /// edge: they do not align, so that the long edge stays straight.
    private var crossingLongEdges: Set<Int> = []

    /// Prepares the assignment for `graph` (already ordered), whose first `realCount` nodes
    /// are real and the rest points of long edges; `extents` are the real nodes' sizes along
    /// the layer.
    init(graph: LayerGraph, realCount: Int, extents: [Double], gap: Double) {
        self.graph = graph
        isPoint = graph.layer.indices.map { $0 >= realCount }
        self.extents = graph.layer.indices.map { $0 < realCount ? extents[$0] : 0 }
        self.gap = gap
        markSegmentsCrossingLongEdges()
    }

    /// The centre of each node along its layer (the top of the drawing near 0).
    func centres() -> [Double] {
        let count = graph.layer.count
        guard count > 0 else { return [] }
        var candidates: [[Double]] = []
        for backward in [false, true] {
            for fromEnd in [false, true] {
                candidates.append(packing(backward: backward, fromEnd: fromEnd))
            }
        }
        // Line the four up on the narrowest: those packed toward the start share its start,
        // the others its end.
        let spans = candidates.map { span(of: $0) }
        let narrowest = spans.indices.min { spans[$0].high - spans[$0].low < spans[$1].high - spans[$1].low }!
        for index in candidates.indices {
            let fromEnd = index % 2 == 1
            let shift = fromEnd ? spans[narrowest].high - spans[index].high : spans[narrowest].low - spans[index].low
            for node in 0..<count { candidates[index][node] += shift }
        }
        return (0..<count).map { node in
            let sorted = candidates.map { $0[node] }.sorted()
            return (sorted[1] + sorted[2]) / 2
        }
    }

    /// The lowest and highest extent a placement reaches.
    private func span(of centres: [Double]) -> (low: Double, high: Double) {
        var low = Double.infinity, high = -Double.infinity
        for node in centres.indices {
            low = min(low, centres[node] - extents[node] / 2)
            high = max(high, centres[node] + extents[node] / 2)
        }
        return (low, high)
    }

    /// The least distance between the centres of neighbours `a` and `b` in a layer.
    func separation(_ a: Int, _ b: Int) -> Double {
        (extents[a] + extents[b]) / 2 + (isPoint[a] || isPoint[b] ? gap / 2 : gap)
    }

    private func key(from predecessor: Int, to successor: Int) -> Int {
        predecessor * graph.layer.count + successor
    }

    /// Marks the segments that cross a segment between two points of a long edge (the
    /// "type 1 conflicts"): scanning each layer, a point whose predecessor is a point fixes
    /// a window of positions in the layer before; the segments of the nodes since the last
    /// such point that reach outside the window cross it.
    private mutating func markSegmentsCrossingLongEdges() {
        let orders = graph.orders
        let position = graph.positions(in: orders)
        for index in orders.indices.dropFirst() {
            let upper = orders[index - 1], lower = orders[index]
            var windowStart = 0, scanned = 0
            for (rank, node) in lower.enumerated() {
                let innerPredecessor = isPoint[node] ? graph.predecessors[node].first { isPoint[$0] } : nil
                guard rank == lower.count - 1 || innerPredecessor != nil else { continue }
                let windowEnd = innerPredecessor.map { position[$0] } ?? upper.count - 1
                while scanned <= rank {
                    let scannedNode = lower[scanned]
                    for predecessor in graph.predecessors[scannedNode]
                    where position[predecessor] < windowStart || position[predecessor] > windowEnd {
                        if !(isPoint[predecessor] && isPoint[scannedNode]) {
                            crossingLongEdges.insert(key(from: predecessor, to: scannedNode))
                        }
                    }
                    scanned += 1
                }
                windowStart = windowEnd
            }
        }
    }

    /// One of the four placements: blocks aligned sweeping the layers forward (each node with
    /// its predecessors) or `backward` (with its successors), packed toward the start of
    /// the layers or, `fromEnd`, toward their end.
    private func packing(backward: Bool, fromEnd: Bool) -> [Double] {
        let count = graph.layer.count
        var layers = backward ? graph.orders.reversed() : graph.orders
        if fromEnd { layers = layers.map { $0.reversed() } }
        let position = graph.positions(in: layers)

        // Alignment: each node joins the block of a median neighbour in the layer before,
        // unless that crosses an alignment already made in this layer or a long edge.
        var root = Array(0..<count), align = Array(0..<count)
        for nodes in layers {
            var lastAligned = -1
            for node in nodes {
                let neighbours = (backward ? graph.successors[node] : graph.predecessors[node]).sorted { position[$0] < position[$1] }
                guard !neighbours.isEmpty else { continue }
                for median in Set([(neighbours.count - 1) / 2, neighbours.count / 2]).sorted() where align[node] == node {
                    let neighbour = neighbours[median]
                    let segment = backward ? key(from: node, to: neighbour) : key(from: neighbour, to: node)
                    guard !crossingLongEdges.contains(segment), lastAligned < position[neighbour] else { continue }
                    align[neighbour] = node
                    root[node] = root[neighbour]
                    align[node] = root[node]
                    lastAligned = position[neighbour]
                }
            }
        }

        // Packing: a block must sit its separation after the block of each node just before
        // one of its own in a layer; each block goes as near the start as that allows, then
        // as near the end as the blocks after it allow (so blocks without a constraint
        // before them do not stick to the start).
        var after = [[(block: Int, distance: Double)]](repeating: [], count: count)
        var before = [[(block: Int, distance: Double)]](repeating: [], count: count)
        var waiting = [Int](repeating: 0, count: count)
        for nodes in layers {
            for (first, second) in zip(nodes, nodes.dropFirst()) {
                let distance = separation(first, second)
                after[root[first]].append((root[second], distance))
                before[root[second]].append((root[first], distance))
                waiting[root[second]] += 1
            }
        }
        var sequence = (0..<count).filter { root[$0] == $0 && waiting[$0] == 0 }
        var head = 0
        while head < sequence.count {
            let block = sequence[head]
            head += 1
            for next in after[block] {
                waiting[next.block] -= 1
                if waiting[next.block] == 0 { sequence.append(next.block) }
            }
        }
        var coordinate = [Double](repeating: 0, count: count)
        for block in sequence {
            coordinate[block] = before[block].reduce(0) { max($0, coordinate[$1.block] + $1.distance) }
        }
        for block in sequence.reversed() where !after[block].isEmpty {
            let limit = after[block].reduce(Double.infinity) { min($0, coordinate[$1.block] - $1.distance) }
            coordinate[block] = max(coordinate[block], limit)
        }
        return (0..<count).map { fromEnd ? -coordinate[root[$0]] : coordinate[root[$0]] }
    }
}
