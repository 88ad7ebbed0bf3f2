/// Export: the groups of a selection — nodes whose `parent` property (a nested GraphML
/// graph, as the import flattens it) names another selected node's `graphml_id`. The
/// layout draws each group around its members, and the yEd profile writes it as a group
/// node holding them.
struct NodeGroups {
    /// Member positions by group position, in selection order.
    let members: [Int: [Int]]
    /// The positions no selected group holds, in selection order.
    let roots: [Int]

    /// The groups of `selection`; nil when no node has the two properties.
    init?(graph: GraphReader, selection: GraphSelection) {
        guard let parentSymbol = graph.propertyKeys.id(of: "parent"), let idSymbol = graph.propertyKeys.id(of: "graphml_id") else {
            return nil
        }
        let nodeIDs = selection.nodeIDs
        var positionByID: [String: Int] = [:]
        for (position, id) in nodeIDs.enumerated() {
            if case .string(let own)? = graph.nodeRecord(id.rawValue)?.properties[idSymbol] { positionByID[own] = position }
        }
        var parents = [Int?](repeating: nil, count: nodeIDs.count)
        for (position, id) in nodeIDs.enumerated() {
            if case .string(let parent)? = graph.nodeRecord(id.rawValue)?.properties[parentSymbol],
               let parentPosition = positionByID[parent], parentPosition != position {
                parents[position] = parentPosition
            }
        }
        // A chain of parents that comes back (damaged data) is cut where it is found.
        for position in parents.indices {
            var seen: Set<Int> = [position]
            var current = parents[position]
            while let ancestor = current {
                if !seen.insert(ancestor).inserted {
                    parents[position] = nil
                    break
                }
                current = parents[ancestor]
            }
        }
        var members: [Int: [Int]] = [:]
        for (position, parent) in parents.enumerated() {
            if let parent { members[parent, default: []].append(position) }
        }
        self.members = members
        roots = parents.indices.filter { parents[$0] == nil }
    }

    /// Room around a group's members, and above them for its label.
    static let padding = 15.0, labelHeight = 25.0
}
