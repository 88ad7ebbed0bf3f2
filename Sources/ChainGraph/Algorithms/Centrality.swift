/// Which centrality to compute.
public enum CentralityMeasure: String, Sendable, CaseIterable {
    /// Incoming plus outgoing edges.
    case degree
    /// How many shortest paths between other nodes pass through the node (Brandes).
    case betweenness
}

extension GraphReader {
    /// A score per node: its degree, or its betweenness on directed shortest paths.
    func centrality(_ measure: CentralityMeasure, via types: [String]? = nil) throws -> [NodeID: Double] {
        let view = try TraversalView(self, types: types)
        let nodes = (0..<Int64(view.capacity)).filter(view.exists)
        var score = [NodeID: Double]()
        switch measure {
        case .degree:
            for node in nodes {
                var degree = 0
                view.forEach(node, .outgoing) { _, _ in degree += 1 }
                view.forEach(node, .incoming) { _, _ in degree += 1 }
                score[NodeID(node)] = Double(degree)
            }
        case .betweenness:
            var total = [Double](repeating: 0, count: view.capacity)
            for source in nodes {
                var order: [Int64] = []
                var predecessors = [Int64: [Int64]]()
                var paths = [Int64: Double](), distance = [Int64: Int]()
                paths[source] = 1
                distance[source] = 0
                var queue = [source], head = 0
                while head < queue.count {
                    let node = queue[head]
                    head += 1
                    order.append(node)
                    for next in view.neighbors(node, .outgoing) {
                        if distance[next] == nil {
                            distance[next] = distance[node]! + 1
                            queue.append(next)
                        }
                        if distance[next] == distance[node]! + 1 {
                            paths[next, default: 0] += paths[node]!
                            predecessors[next, default: []].append(node)
                        }
                    }
                }
                var dependency = [Int64: Double]()
                for node in order.reversed() {
                    for predecessor in predecessors[node] ?? [] {
                        dependency[predecessor, default: 0] += paths[predecessor]! / paths[node]! * (1 + dependency[node, default: 0])
                    }
                    if node != source { total[Int(node)] += dependency[node, default: 0] }
                }
            }
            for node in nodes { score[NodeID(node)] = total[Int(node)] }
        }
        return score
    }
}
