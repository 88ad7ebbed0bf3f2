/// The tier of every node: its longest distance in edges from a raw material.
public struct TierAssignment: Sendable {
    /// Tier per node. Nodes of one recycling loop share a tier.
    public var tiers: [NodeID: Int]
    /// Nodes that sit on a recycling loop, where "longest distance" counts the loop once.
    public var nodesInCycles: Set<NodeID>
}

extension GraphReader {
    /// Assigns tiers: raw materials (no incoming edge of `types`) are tier 0, and every other
    func tiers(via types: [String]? = nil) throws -> TierAssignment {
        let view = try TraversalView(self, types: types)
        let components = view.stronglyConnectedComponents()
        var componentOf = [Int32](repeating: -1, count: view.capacity)
        for (number, component) in components.enumerated() {
            for node in component { componentOf[Int(node)] = Int32(number) }
        }
        // Tarjan completes components in reverse topological order: walk them backwards.
        var tierOfComponent = [Int](repeating: 0, count: components.count)
        for number in stride(from: components.count - 1, through: 0, by: -1) {
            for node in components[number] {
                view.forEach(node, .outgoing) { _, next in
                    let target = Int(componentOf[Int(next)])
                    if target != number { tierOfComponent[target] = max(tierOfComponent[target], tierOfComponent[number] + 1) }
                }
            }
        }
        var assignment = TierAssignment(tiers: [:], nodesInCycles: [])
        for (number, component) in components.enumerated() {
            let looped = component.count > 1 || view.neighbors(component[0], .outgoing).contains(component[0])
            for node in component {
                assignment.tiers[NodeID(node)] = tierOfComponent[number]
                if looped { assignment.nodesInCycles.insert(NodeID(node)) }
            }
        }
        return assignment
    }
}
