extension GraphReader {
    /// What stops being supplied if `node` fails: the downstream nodes that no raw material
    func impact(of node: NodeID, via types: [String]? = nil) throws -> [ReachedNode] {
        let view = try TraversalView(self, types: types)
        guard view.exists(node.rawValue) else { throw missingNode(node.rawValue) }
        let (downstream, reached) = view.breadthFirst(from: [node.rawValue], .outgoing)
        let stillSupplied = view.distances(from: view.sources(), .outgoing, avoiding: node.rawValue)
        var result: [ReachedNode] = []
        for index in reached.map(Int.init) where downstream[index] > 0 && stillSupplied[index] < 0 {
            result.append(ReachedNode(node: NodeID(Int64(index)), depth: Int(downstream[index])))
        }
        return result.sorted { ($0.depth, $0.node) < ($1.depth, $1.node) }
    }
}
