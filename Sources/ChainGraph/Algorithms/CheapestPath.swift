import HeapModule

/// A path with its total weight.
public struct WeightedPath: Sendable {
    /// The path, from start to end.
    public var path: Path
    /// The sum of the weights of its edges.
    public var cost: Double
}

extension GraphReader {
    /// The path from `start` to `end` whose edges' `weight` property sums lowest
    func cheapestPath(from start: NodeID, to end: NodeID, weight: String,
                      via types: [String]? = nil) throws -> WeightedPath? {
        let view = try TraversalView(self, types: types)
        for node in [start, end] where !view.exists(node.rawValue) { throw missingNode(node.rawValue) }
        let weightKey = propertyKeys.id(of: weight)
        struct Entry: Comparable {
            var cost: Double
            var node: Int64
            static func < (lhs: Entry, rhs: Entry) -> Bool { (lhs.cost, lhs.node) < (rhs.cost, rhs.node) }
        }
        var best = [Int64: Double](), previous = [Int64: (node: Int64, edge: Int64)]()
        var done = Set<Int64>()
        var heap = Heap<Entry>()
        best[start.rawValue] = 0
        heap.insert(Entry(cost: 0, node: start.rawValue))
        while let entry = heap.popMin() {
            guard done.insert(entry.node).inserted else { continue }
            if entry.node == end.rawValue { break }
            var failure: ChainGraphError?
            view.forEach(entry.node, .outgoing) { edge, neighbor in
                guard failure == nil, let key = weightKey,
                      let cost = edgeProperty(edge, key)??.doubleValue else { return }
                if cost < 0 {
                    failure = ChainGraphError(.argumentError, .negativeWeight,
                                              "edge \(edge) has a negative \(weight) (\(cost)); cheapestPath needs weights ≥ 0")
                    return
                }
                let total = entry.cost + cost
                if total < best[neighbor, default: .infinity] {
                    best[neighbor] = total
                    previous[neighbor] = (entry.node, edge)
                    heap.insert(Entry(cost: total, node: neighbor))
                }
            }
            if let failure { throw failure }
        }
        guard let cost = best[end.rawValue] else { return nil }
        var nodes = [end.rawValue], edges: [Int64] = []
        while let step = previous[nodes.last!], nodes.last! != start.rawValue {
            edges.append(step.edge)
            nodes.append(step.node)
        }
        return WeightedPath(path: makePath(nodes.reversed(), edges.reversed()), cost: cost)
    }
}
