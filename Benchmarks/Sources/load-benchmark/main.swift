// load-benchmark: inserts N nodes and 3N edges through the library API in one transaction
// into a file database, then closes and reopens it, printing the times and the file size.
//
//     swift run -c release load-benchmark [NODES] [PATH]
import ChainGraph
import Foundation

let arguments = CommandLine.arguments
let nodeCount = arguments.count > 1 ? Int(arguments[1]) ?? 1_000_000 : 1_000_000
let path = arguments.count > 2 ? arguments[2] : FileManager.default.temporaryDirectory.appendingPathComponent("load-benchmark.db").path
for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }

func seconds(since start: ContinuousClock.Instant) -> String {
    let elapsed = ContinuousClock.now - start
    let value = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    return String(format: "%.2f s", value)
}

func fileSize(_ path: String) -> Int {
    ((try? FileManager.default.attributesOfItem(atPath: path)[.size]) as? Int) ?? 0
}

var generator = SystemRandomNumberGenerator()
let db = try GraphDatabase(path: path)
let start = ContinuousClock.now
try db.write { tx in
    try tx.createNodeType(NodeType("Material", properties: [
        PropertyDefinition("name", .string, primaryKey: true),
        PropertyDefinition("tier", .int64),
    ]))
    try tx.createEdgeType(EdgeType("FEEDS", endpoints: [.init(from: "Material", to: "Material")],
                                   properties: [PropertyDefinition("share", .double)]))
    var ids: [NodeID] = []
    ids.reserveCapacity(nodeCount)
    for index in 0..<nodeCount {
        ids.append(try tx.createNode(labels: ["Material"],
                                     properties: ["name": .string("material-\(index)"), "tier": .int(Int64(index % 8))]))
    }
    for index in 0..<(3 * nodeCount) {
        let from = ids[index % nodeCount], to = ids[Int.random(in: 0..<nodeCount, using: &generator)]
        try tx.createEdge("FEEDS", from: from, to: to, properties: ["share": .double(Double(index % 100) / 100)])
    }
}
print("insert \(nodeCount) nodes + \(3 * nodeCount) edges in one transaction: \(seconds(since: start))")
db.close()
print("file size: \(String(format: "%.1f", Double(fileSize(path) + fileSize(path + "-wal")) / 1_048_576)) MiB (db \(fileSize(path)) B, wal \(fileSize(path + "-wal")) B)")

let reopenStart = ContinuousClock.now
let reopened = try GraphDatabase(path: path)
let counts = try reopened.read { ($0.nodeCount, $0.edgeCount) }
print("reopen (load + adjacency rebuild): \(seconds(since: reopenStart)); \(counts.0) nodes, \(counts.1) edges")
let lookupStart = ContinuousClock.now
let probe = try reopened.read { graph in graph.node(ofType: "Material", key: "material-123456") }
print("primary-key lookup after reopen: \(seconds(since: lookupStart)), found: \(probe != nil)")
