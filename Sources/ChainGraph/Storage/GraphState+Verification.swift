extension GraphState {
    /// Differences between the adjacency lists and the edge records, described for a
    /// person; empty when the index agrees exactly with the edges the graph holds.
    ///
    /// Every live edge must appear once in its type's outgoing list at its source and
    /// once in the incoming list at its target, and no list may hold anything else.
    func adjacencyMismatches() -> [String] {
        var problems: [String] = []
        var seenOut = Set<Int64>(), seenIn = Set<Int64>()
        let alive = { (edge: UInt32) in self.isEdgeAlive(edge) }
        for type in outgoing.indices {
            for node in 0..<nodes.count {
                outgoing[type].forEach(of: Int64(node), isAlive: alive) { entry in
                    let edge = Int64(entry.edge)
                    if let record = edgeRecord(edge), Int(record.type) == type,
                       record.from == Int64(node), record.to == Int64(entry.neighbor), seenOut.insert(edge).inserted {
                        return true
                    }
                    problems.append("outgoing list of type \(type) at node \(node) holds a wrong entry for edge \(edge)")
                    return true
                }
                incoming[type].forEach(of: Int64(node), isAlive: alive) { entry in
                    let edge = Int64(entry.edge)
                    if let record = edgeRecord(edge), Int(record.type) == type,
                       record.to == Int64(node), record.from == Int64(entry.neighbor), seenIn.insert(edge).inserted {
                        return true
                    }
                    problems.append("incoming list of type \(type) at node \(node) holds a wrong entry for edge \(edge)")
                    return true
                }
            }
        }
        for edge in liveEdgeIDs() {
            if !seenOut.contains(edge) { problems.append("edge \(edge) is missing from its outgoing list") }
            if !seenIn.contains(edge) { problems.append("edge \(edge) is missing from its incoming list") }
        }
        if liveNodeIDs().count != nodeCount { problems.append("node count \(nodeCount) is wrong") }
        if liveEdgeIDs().count != edgeCount { problems.append("edge count \(edgeCount) is wrong") }
        return problems
    }
}
