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
if CommandLine.arguments.contains("--open") {
    try runOpenBenchmark(data: data, out: out, database: argument("--database"))
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

// Load: the schema and the six CSV files (see ChainLoad.swift), in memory.
let db = GraphDatabase()
var materials: [NodeID] = [], enterprises: [NodeID] = [], regions: [NodeID] = []
let loadSeconds = try seconds { try loadChainGraph(into: db, data: data) }
// The generator's ids → node ids, for the query parameters.
func byGeneratorID(_ label: String) throws -> [NodeID] {
    let snapshot = try db.snapshot
    var result: [NodeID] = []
    for id in snapshot.nodeIDs(labeled: label) {
        let index = Int(snapshot.node(id)!["id"].intValue!)
        if index >= result.count { result += Array(repeating: NodeID(-1), count: index + 1 - result.count) }
        result[index] = id
    }
    return result
}
materials = try byGeneratorID("Material")
enterprises = try byGeneratorID("Enterprise")
regions = try byGeneratorID("Region")
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

// CG_ONLY=Q2 runs one query (for profiling).
let only = ProcessInfo.processInfo.environment["CG_ONLY"]
for (name, method, run) in queries where only == nil || only == name {
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
