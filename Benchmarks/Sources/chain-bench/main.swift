// chain-bench: the peer benchmark's queries Q1–Q7 on ChainGraph, through the library API
// (and Cypher where a user would write Cypher), on a graph from ../shared/bench/gen_chain_graph.py.
// Writes one JSON object in run_anchors.py's record format to --out.
//
//     swift run -c release chain-bench --data /tmp/chain-100k --out chaingraph.json --repeats 5
import ChainGraph
import Foundation

func argument(_ name: String) -> String? {
    let arguments = CommandLine.arguments
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
    return arguments[index + 1]
}

guard let data = argument("--data"), let out = argument("--out") else {
    FileHandle.standardError.write(Data("usage: chain-bench --data DIR --out FILE [--repeats N]\n".utf8))
    exit(2)
}
if CommandLine.arguments.contains("--graphml-io") {
    try runGraphMLBenchmark(data: data, out: out)
    exit(0)
}
let repeats = Int(argument("--repeats") ?? "5") ?? 5
let params = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: data + "/params.json"))) as! [String: Any]
let queryParams = params["params"] as! [String: Any]
@MainActor func param(_ key: String) -> Int { (queryParams[key] as! NSNumber).intValue }

func peakRSSMegabytes() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
}

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = ContinuousClock.now
    try body()
    let elapsed = ContinuousClock.now - start
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
}

// Load: the six CSV files into a strict schema, in one transaction.
let db = GraphDatabase()
var materials: [NodeID] = [], enterprises: [NodeID] = [], regions: [NodeID] = []
let loadSeconds = try seconds {
    let materialRows = try CSVFile(path: data + "/materials.csv").rows
    let enterpriseRows = try CSVFile(path: data + "/enterprises.csv").rows
    let regionRows = try CSVFile(path: data + "/regions.csv").rows
    let feeds = try CSVFile(path: data + "/feeds.csv").rows
    let produces = try CSVFile(path: data + "/produces.csv").rows
    let locatedIn = try CSVFile(path: data + "/located_in.csv").rows
    try db.write { tx in
        try tx.createNodeType(NodeType("Material", properties: [
            PropertyDefinition("id", .int64, required: true), PropertyDefinition("name", .string, primaryKey: true),
            PropertyDefinition("tier", .int64), PropertyDefinition("unit", .string),
        ]))
        try tx.createNodeType(NodeType("Enterprise", properties: [
            PropertyDefinition("id", .int64, required: true), PropertyDefinition("name", .string, primaryKey: true),
        ]))
        try tx.createNodeType(NodeType("Region", properties: [
            PropertyDefinition("id", .int64, required: true), PropertyDefinition("name", .string, primaryKey: true),
            PropertyDefinition("country", .string),
        ]))
        try tx.createEdgeType(EdgeType("FEEDS", endpoints: [.init(from: "Material", to: "Material")],
                                       properties: [PropertyDefinition("qty", .double)]))
        try tx.createEdgeType(EdgeType("PRODUCES", endpoints: [.init(from: "Enterprise", to: "Material")],
                                       properties: [PropertyDefinition("capacity_tpy", .double)]))
        try tx.createEdgeType(EdgeType("LOCATED_IN", endpoints: [.init(from: "Enterprise", to: "Region")]))
        for row in materialRows {
            materials.append(try tx.createNode(labels: ["Material"], properties: [
                "id": .int(Int64(row[0])!), "name": .string(row[1]), "tier": .int(Int64(row[2])!), "unit": .string(row[3]),
            ]))
        }
        for row in enterpriseRows {
            enterprises.append(try tx.createNode(labels: ["Enterprise"], properties: ["id": .int(Int64(row[0])!), "name": .string(row[1])]))
        }
        for row in regionRows {
            regions.append(try tx.createNode(labels: ["Region"], properties: [
                "id": .int(Int64(row[0])!), "name": .string(row[1]), "country": .string(row[2]),
            ]))
        }
        for row in feeds {
            try tx.createEdge("FEEDS", from: materials[Int(row[0])!], to: materials[Int(row[1])!],
                              properties: ["qty": .double(Double(row[2])!)])
        }
        for row in produces {
            try tx.createEdge("PRODUCES", from: enterprises[Int(row[0])!], to: materials[Int(row[1])!],
                              properties: ["capacity_tpy": .double(Double(row[2])!)])
        }
        for row in locatedIn {
            try tx.createEdge("LOCATED_IN", from: enterprises[Int(row[0])!], to: regions[Int(row[1])!])
        }
    }
}
var records: [[String: Any]] = [["kind": "load", "seconds": loadSeconds, "peak_rss_mb": peakRSSMegabytes(), "threads": "1"]]

let graph = try db.snapshot
let regionIndex = Dictionary(uniqueKeysWithValues: regions.enumerated().map { ($0.element, $0.offset) })

func materialID(_ node: NodeID) -> Int64 { graph.node(node)!["id"].intValue! }

let queries: [(String, String, () throws -> Any)] = [
    ("Q1", "GraphSnapshot.node(ofType:key:) (primary-key hash index)", {
        materialID(graph.node(ofType: "Material", key: .string(queryParams["q1_lookup_name"] as! String))!.id)
    }),
    ("Q2", "GraphSnapshot.downstream(of:via:) (BFS on the CSR)", {
        try graph.downstream(of: materials[param("q2_source")], via: ["FEEDS"]).count
    }),
    ("Q2c", "GraphSnapshot.downstream(of:via:)", {
        try graph.downstream(of: materials[param("q7_source")], via: ["FEEDS"]).count
    }),
    ("Q3", "GraphSnapshot.upstream(of:via:)", {
        try graph.upstream(of: materials[param("q3_sink")], via: ["FEEDS"]).count
    }),
    ("Q4", "Cypher shortestPath((a)-[:FEEDS*..30]->(b)) with id() seeks", {
        try db.execute("MATCH p = shortestPath((a)-[:FEEDS*..30]->(b)) WHERE id(a) = $a AND id(b) = $b RETURN length(p)",
                       parameters: ["a": .int(materials[param("q4_source")].rawValue),
                                    "b": .int(materials[param("q4_target")].rawValue)]).scalar!.intValue!
    }),
    ("Q5", "Cypher (m)-[:FEEDS]->()<-[:PRODUCES]-(e) count(DISTINCT e)", {
        try db.execute("MATCH (m)-[:FEEDS]->(:Material)<-[:PRODUCES]-(e:Enterprise) WHERE id(m) = $m RETURN count(DISTINCT e)",
                       parameters: ["m": .int(materials[param("q5_material")].rawValue)]).scalar!.intValue!
    }),
    ("Q6", "downstream(of:) + neighbors(of:via:) per region", {
        var enterprisesSeen = Set<NodeID>()
        for reached in try graph.downstream(of: materials[param("q6_source")], via: ["FEEDS"]) {
            for producer in graph.neighbors(of: reached.node, via: "PRODUCES", direction: .incoming) {
                enterprisesSeen.insert(producer)
            }
        }
        var perRegion: [String: Int] = [:]
        for enterprise in enterprisesSeen {
            for region in graph.neighbors(of: enterprise, via: "LOCATED_IN") { perRegion[String(regionIndex[region]!), default: 0] += 1 }
        }
        return perRegion
    }),
    ("Q7", "Cypher (a)-[:FEEDS*1..4]->(b) count(*) (trail enumeration)", {
        try db.execute("MATCH (a)-[:FEEDS*1..4]->(b) WHERE id(a) = $a RETURN count(*)",
                       parameters: ["a": .int(materials[param("q7_source")].rawValue)]).scalar!.intValue!
    }),
]

for (name, method, run) in queries {
    var value: Any = NSNull()
    var times: [Double] = []
    _ = try run()
    for _ in 0..<repeats { times.append(try seconds { value = try run() }) }
    records.append(["kind": "query", "query": name, "value": value, "times": times, "capped": false, "method": method])
    FileHandle.standardError.write(Data("\(name): \(value) in \(String(format: "%.3f", times.min()! * 1000)) ms\n".utf8))
}
records.append(["kind": "peak", "peak_rss_mb": peakRSSMegabytes()])
let output = ["status": "ok", "records": records] as [String: Any]
try JSONSerialization.data(withJSONObject: output, options: [.sortedKeys]).write(to: URL(fileURLWithPath: out))
