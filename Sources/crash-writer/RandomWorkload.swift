import ChainGraph
import Foundation

/// A deterministic stream of write transactions: transaction `k` of seed `s` is always the
/// same, given the same graph before it. Kinds: API writes (nodes, edges, property updates,
/// deletes), a CHAIN statement, a Cypher update, a CSV import and a GraphML import — each
/// one transaction. Replaying the first `k` transactions on an in-memory database gives
/// exactly the graph a file must hold after `k` commits.
struct RandomWorkload {
    let seed: UInt64
    /// Where CSV files for imports are written (one per transaction number).
    let scratch: String

    private struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state >> 33
        }
        mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(max(bound, 1))) }
    }

    /// Applies transaction `number` to `db`.
    func apply(_ number: Int, to db: GraphDatabase) throws {
        var random = Generator(state: seed &* 1_000_003 &+ UInt64(number) &* 7919 &+ 1)
        _ = random.next()
        let nodes = try db.snapshot.nodeIDs()
        switch random.below(10) {
        case 0:
            try db.execute("CHAIN (:Material) 'm\(random.below(40))' -> 'm\(random.below(40))' -> 'm\(number)' VIA FEEDS")
        case 1:
            try db.execute("MATCH (n:Material) WHERE n.tier IS NULL WITH n LIMIT 3 SET n.tier = $tier",
                           parameters: ["tier": .int(Int64(number))])
        case 2:
            let path = "\(scratch)/tx-\(number).csv"
            var text = ":ID(tx\(number)),name,capacity:double,:LABEL\n"
            for row in 0..<(1 + random.below(6)) { text += "\(row),csv \(number)-\(row),\(Double(random.below(1000)) / 4),Enterprise\n" }
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            try db.importCSV(nodes: [CSVSource(path)])
        case 3:
            var body = ""
            let count = 1 + random.below(4)
            for index in 0..<count {
                body += "<node id=\"g\(index)\"><data key=\"name\">graphml \(number)-\(index)</data></node>"
            }
            for index in 1..<count { body += "<edge source=\"g\(index - 1)\" target=\"g\(index)\"/>" }
            try db.importGraphML(text: """
                <graphml xmlns="http://graphml.graphdrawing.org/xmlns"><key id="name" for="node" attr.name="name" attr.type="string"/>
                <graph edgedefault="directed">\(body)</graph></graphml>
                """, options: GraphMLImportOptions(defaultNodeLabel: "Product", defaultEdgeType: "FEEDS", idProperty: nil))
        default:
            try db.write { tx in
                var created: [NodeID] = []
                for index in 0..<(1 + random.below(5)) {
                    created.append(try tx.createNode(labels: [random.below(2) == 0 ? "Material" : "Product"],
                                                     properties: ["name": .string("n\(number)-\(index)"),
                                                                  "tx": .int(Int64(number))]))
                }
                let pool = nodes + created
                for _ in 0..<random.below(6) where pool.count > 1 {
                    let from = pool[random.below(pool.count)], to = pool[random.below(pool.count)]
                    try tx.createEdge(random.below(3) == 0 ? "PRODUCES" : "FEEDS", from: from, to: to,
                                      properties: ["weight": .double(Double(random.below(100)))])
                }
                if !nodes.isEmpty && random.below(3) == 0 {
                    try tx.setProperty("touched", to: .int(Int64(number)), on: nodes[random.below(nodes.count)])
                }
                if nodes.count > 10 && random.below(4) == 0 {
                    try tx.deleteNode(nodes[random.below(nodes.count)], detach: true)
                }
            }
        }
    }

    /// A canonical text of a graph: every node and edge by id with labels and properties.
    static func dump(_ db: GraphDatabase) throws -> String {
        let snapshot = try db.snapshot
        var lines: [String] = []
        for id in snapshot.nodeIDs() {
            let node = snapshot.node(id)!
            lines.append("n\(id) \(node.labels.sorted()) \(node.properties.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" })")
        }
        for id in snapshot.edgeIDs() {
            let edge = snapshot.edge(id)!
            lines.append("e\(id) \(edge.from)-\(edge.type)->\(edge.to) \(edge.properties.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" })")
        }
        return lines.joined(separator: "\n")
    }
}
