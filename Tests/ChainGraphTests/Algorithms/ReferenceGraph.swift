import ChainGraph

/// A small graph kept as a plain edge list, with naive, obviously-correct algorithms to
/// check the real ones against.
struct ReferenceGraph {
    var nodes: [NodeID]
    var edges: [(id: EdgeID, type: String, from: NodeID, to: NodeID, weight: Double)]

    func successors(_ node: NodeID, types: Set<String>?, without removed: NodeID? = nil) -> [NodeID] {
        edges.filter { $0.from == node && (types?.contains($0.type) ?? true) && $0.to != removed }.map(\.to)
    }

    func predecessors(_ node: NodeID, types: Set<String>?) -> [NodeID] {
        edges.filter { $0.to == node && (types?.contains($0.type) ?? true) }.map(\.from)
    }

    /// BFS distances from `start` (start itself at 0).
    func distances(from starts: [NodeID], types: Set<String>?, reverse: Bool = false, without removed: NodeID? = nil) -> [NodeID: Int] {
        var distance: [NodeID: Int] = [:]
        var queue = starts.filter { $0 != removed }
        for start in queue { distance[start] = 0 }
        var head = 0
        while head < queue.count {
            let node = queue[head]
            head += 1
            let next = reverse ? predecessors(node, types: types) : successors(node, types: types, without: removed)
            for neighbor in next where neighbor != removed && distance[neighbor] == nil {
                distance[neighbor] = distance[node]! + 1
                queue.append(neighbor)
            }
        }
        return distance
    }

    func reaches(_ from: NodeID, _ to: NodeID, types: Set<String>?, without removed: NodeID? = nil) -> Bool {
        distances(from: [from], types: types, without: removed)[to] != nil
    }

    /// Every simple path as a node sequence, by exhaustive DFS.
    func simplePaths(from start: NodeID, to end: NodeID, types: Set<String>?, maxLength: Int) -> Set<[Int64]> {
        var result = Set<[Int64]>()
        func walk(_ path: [NodeID], _ edgeIDs: [Int64]) {
            let node = path.last!
            if node == end && !edgeIDs.isEmpty { result.insert(edgeIDs); return }
            if edgeIDs.count == maxLength { return }
            for edge in edges where edge.from == node && (types?.contains(edge.type) ?? true) {
                if path.contains(edge.to) && !(edge.to == end && end == start) { continue }
                walk(path + [edge.to], edgeIDs + [edge.id.rawValue])
            }
        }
        walk([start], [])
        return result
    }

    /// The number of trails (no edge twice) of 1...maxLength edges leaving `start`.
    func trailCount(from start: NodeID, type: String, maxLength: Int) -> Int {
        var count = 0
        func walk(_ node: NodeID, _ used: [Int64]) {
            if !used.isEmpty { count += 1 }
            if used.count == maxLength { return }
            for edge in edges where edge.from == node && edge.type == type && !used.contains(edge.id.rawValue) {
                walk(edge.to, used + [edge.id.rawValue])
            }
        }
        walk(start, [])
        return count
    }

    func onCycle(_ node: NodeID, types: Set<String>?) -> Bool {
        successors(node, types: types).contains { $0 == node || reaches($0, node, types: types) }
    }
}
