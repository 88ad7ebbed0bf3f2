extension GraphReader {
    /// The strongly connected components of the graph along `types` (Tarjan's algorithm,
    func stronglyConnectedComponents(via types: [String]? = nil) throws -> [[NodeID]] {
        let view = try TraversalView(self, types: types)
        return view.stronglyConnectedComponents().map { $0.map(NodeID.init).sorted() }
    }

    /// The recycling loops: components of more than one node, and nodes with an edge to themselves.
    func cycles(via types: [String]? = nil) throws -> [[NodeID]] {
        let view = try TraversalView(self, types: types)
        return view.stronglyConnectedComponents().filter { component in
            component.count > 1 || view.neighbors(component[0], .outgoing).contains(component[0])
        }.map { $0.map(NodeID.init).sorted() }.sorted { $0[0] < $1[0] }
    }
}

extension TraversalView {
    func stronglyConnectedComponents() -> [[Int64]] {
        var index = [Int32](repeating: -1, count: capacity)
        var lowLink = [Int32](repeating: 0, count: capacity)
        var onStack = [Bool](repeating: false, count: capacity)
        var stack: [Int64] = []
        var components: [[Int64]] = []
        var counter: Int32 = 0
        for root in 0..<Int64(capacity) where exists(root) && index[Int(root)] < 0 {
            var work: [(node: Int64, successors: [Int64], next: Int)] = [(root, neighbors(root, .outgoing), 0)]
            index[Int(root)] = counter; lowLink[Int(root)] = counter; counter += 1
            stack.append(root); onStack[Int(root)] = true
            while !work.isEmpty {
                let top = work.count - 1
                let node = work[top].node
                if work[top].next < work[top].successors.count {
                    let successor = work[top].successors[work[top].next]
                    work[top].next += 1
                    if index[Int(successor)] < 0 {
                        index[Int(successor)] = counter; lowLink[Int(successor)] = counter; counter += 1
                        stack.append(successor); onStack[Int(successor)] = true
                        work.append((successor, neighbors(successor, .outgoing), 0))
                    } else if onStack[Int(successor)] {
                        lowLink[Int(node)] = min(lowLink[Int(node)], index[Int(successor)])
                    }
                    continue
                }
                work.removeLast()
                if let parent = work.last?.node { lowLink[Int(parent)] = min(lowLink[Int(parent)], lowLink[Int(node)]) }
                if lowLink[Int(node)] == index[Int(node)] {
                    var component: [Int64] = []
                    while true {
                        let member = stack.removeLast()
                        onStack[Int(member)] = false
                        component.append(member)
                        if member == node { break }
                    }
                    components.append(component)
                }
            }
        }
        return components
    }
}
