import ChainGraph
import Foundation

/// `chaingraph spark --into FILE.cg`: the nodes and relationships that Spark rows hold
/// (inside lists and maps too), then the relationships among those nodes, fetched from the
/// lake, written into a ChainGraph database in one transaction.
struct SparkResultLoader {
    private var nodes: [NodeID: Node] = [:]
    private var edges: [EdgeID: Edge] = [:]

    /// Keeps the graph elements of one row.
    mutating func take(_ row: [Value]) {
        for value in row { collect(value) }
    }

    private mutating func collect(_ value: Value) {
        switch value {
        case .node(let node): nodes[node.id] = node
        case .edge(let edge): edges[edge.id] = edge
        case .list(let items): items.forEach { collect($0) }
        case .map(let entries): entries.values.forEach { collect($0) }
        default: break
        }
    }

    /// Loads what was kept into `path` (created if missing); returns the counts.
    mutating func load(into path: String, from cluster: SparkCluster) throws -> (nodes: Int, edges: Int) {
        if !nodes.isEmpty {
            let ids = Value.list(nodes.keys.map { .int($0.rawValue) })
            try cluster.execute("MATCH (x)-[r]->(y) WHERE id(x) IN $ids AND id(y) IN $ids RETURN r",
                                parameters: ["ids": ids]) { take($0) }
        }
        let database = try GraphDatabase(path: path)
        defer { database.close() }
        var created: [NodeID: NodeID] = [:]
        let edgeList = edges.values.filter { nodes[$0.from] != nil && nodes[$0.to] != nil }.sorted { $0.id.rawValue < $1.id.rawValue }
        try database.write { transaction in
            for node in nodes.values.sorted(by: { $0.id.rawValue < $1.id.rawValue }) {
                created[node.id] = try transaction.createNode(labels: node.labels, properties: node.properties)
            }
            for edge in edgeList {
                try transaction.createEdge(edge.type, from: created[edge.from]!, to: created[edge.to]!, properties: edge.properties)
            }
        }
        return (nodes.count, edgeList.count)
    }
}
