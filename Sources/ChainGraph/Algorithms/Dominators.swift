extension GraphReader {
    /// The chokepoints between two nodes: every node other than the ends that lies on
    func chokepoints(from start: NodeID, to end: NodeID, via types: [String]? = nil) throws -> [NodeID] {
        let view = try TraversalView(self, types: types)
        for node in [start, end] where !view.exists(node.rawValue) { throw missingNode(node.rawValue) }
        let fromStart = view.distances(from: [start.rawValue], .outgoing)
        let toEnd = view.distances(from: [end.rawValue], .incoming)
        guard fromStart[Int(end.rawValue)] >= 0, start != end else { return [] }
        func relevant(_ node: Int64) -> Bool { fromStart[Int(node)] >= 0 && toEnd[Int(node)] >= 0 }

        // Reverse postorder of the relevant subgraph from `start`, iteratively.
        var order: [Int64] = []
        var postIndex = [Int: Int]()
        var visited = Set<Int64>([start.rawValue])
        var stack: [(node: Int64, successors: [Int64], next: Int)] = [(start.rawValue, view.neighbors(start.rawValue, .outgoing).filter(relevant), 0)]
        while !stack.isEmpty {
            let top = stack.count - 1
            if stack[top].next < stack[top].successors.count {
                let successor = stack[top].successors[stack[top].next]
                stack[top].next += 1
                if visited.insert(successor).inserted {
                    stack.append((successor, view.neighbors(successor, .outgoing).filter(relevant), 0))
                }
            } else {
                postIndex[Int(stack[top].node)] = order.count
                order.append(stack[top].node)
                stack.removeLast()
            }
        }
        let reversePostorder = Array(order.reversed())
        var dominator: [Int64: Int64] = [start.rawValue: start.rawValue]
        func intersect(_ first: Int64, _ second: Int64) -> Int64 {
            var a = first, b = second
            while a != b {
                while postIndex[Int(a)]! < postIndex[Int(b)]! { a = dominator[a]! }
                while postIndex[Int(b)]! < postIndex[Int(a)]! { b = dominator[b]! }
            }
            return a
        }
        var changed = true
        while changed {
            changed = false
            for node in reversePostorder where node != start.rawValue {
                let predecessors = view.neighbors(node, .incoming).filter { relevant($0) && dominator[$0] != nil }
                guard var candidate = predecessors.first else { continue }
                for predecessor in predecessors.dropFirst() { candidate = intersect(predecessor, candidate) }
                if dominator[node] != candidate {
                    dominator[node] = candidate
                    changed = true
                }
            }
        }
        var chain: [NodeID] = []
        var node = dominator[end.rawValue] ?? start.rawValue
        while node != start.rawValue {
            chain.append(NodeID(node))
            node = dominator[node]!
        }
        return chain.reversed()
    }
}
