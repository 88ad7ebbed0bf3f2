// The small graph the query and CHAIN targets run against.
import ChainGraph

/// A small graph, built fresh for every input (through the API, in microseconds), so that
/// what one input writes never changes what the next one sees.
public func smallGraph() -> GraphDatabase {
    let db = GraphDatabase()
    _ = try? db.write { tx in
        var previous: NodeID?
        for (index, name) in ["acrylonitrile", "polyacrylonitrile filament", "carbon fiber", "prepreg"].enumerated() {
            let node = try tx.createNode(labels: ["Material"], properties: ["name": .string(name), "tier": .int(Int64(index)),
                                                                            "aliases": ["x", "y"]])
            if let previous { try tx.createEdge("FEEDS", from: previous, to: node, properties: ["share": 0.5]) }
            previous = node
        }
        let enterprise = try tx.createNode(labels: ["Enterprise"], properties: ["name": "Example", "founded": .date(GraphDate(daysSinceEpoch: 14_000))])
        try tx.createEdge("PRODUCES", from: enterprise, to: previous!)
    }
    return db
}
