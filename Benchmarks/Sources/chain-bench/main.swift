// chain-bench: the peer benchmark's queries Q1–Q7 on ChainGraph through Cypher, with the query
// texts run_anchors.py gives Kuzu (Q4 in openCypher's shortestPath form) on Kuzu's schema, and
// the Swift API's figures beside them ("api:" rows), on a graph from ../shared/bench/gen_chain_graph.py.
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

// Load: Kuzu's schema (primary key `id`) and the six CSV files (see ChainLoad.swift), in memory.
let db = GraphDatabase()
let loadSeconds = try seconds { try loadChainGraph(into: db, data: data) }
var records: [[String: Any]] = [["kind": "load", "seconds": loadSeconds, "peak_rss_mb": peakRSSMegabytes(), "threads": "1"]]

let graph = try db.snapshot
@MainActor func material(_ key: String) -> NodeID { graph.node(ofType: "Material", key: .int(Int64(param(key))))!.id }
@MainActor func generatorID(_ node: NodeID) -> Int64 { graph.node(node)!["id"].intValue! }

/// A query as a user types it: the text `run_anchors.py` gives Kuzu, with its parameters,
/// through `GraphDatabase.execute` (parse through the statement cache included). One row of
/// one column is the value; rows of two columns are a map, as run_anchors.py reads them.
@MainActor func cypher(_ text: String, _ parameters: [String: Value]) -> () throws -> Any {
    {
        let result = try db.execute(text, parameters: parameters)
        let rows = Array(result)
        if rows.count == 1, result.columns.count == 1 { return rows[0][0].intValue.map { $0 as Any } ?? "\(rows[0][0])" }
        return Dictionary(uniqueKeysWithValues: rows.map { ("\($0[0])", $0[1].intValue!) })
    }
}
let closure = "MATCH (a:Material {id: $src})-[:FEEDS*1..30]->(b:Material) RETURN count(DISTINCT b.id)"
@MainActor func int(_ key: String) -> Value { .int(Int64(param(key))) }

// Through Cypher: the names run_anchors.py uses, so combine.py sets them beside the peers.
var queries: [(String, String, () throws -> Any)] = [
    ("Q1", "MATCH (m:Material) WHERE m.name = $name RETURN m.id",
     cypher("MATCH (m:Material) WHERE m.name = $name RETURN m.id", ["name": .string(queryParams["q1_lookup_name"] as! String)])),
    ("Q2", closure, cypher(closure, ["src": int("q2_source")])),
    ("Q2c", closure, cypher(closure, ["src": int("q7_source")])),
    ("Q3", "MATCH (a:Material)-[:FEEDS*1..30]->(b:Material {id: $dst}) RETURN count(DISTINCT a.id)",
     cypher("MATCH (a:Material)-[:FEEDS*1..30]->(b:Material {id: $dst}) RETURN count(DISTINCT a.id)", ["dst": int("q3_sink")])),
    ("Q4", "MATCH p = shortestPath((a:Material {id: $src})-[:FEEDS*1..30]->(b:Material {id: $dst})) RETURN length(p)",
     cypher("MATCH p = shortestPath((a:Material {id: $src})-[:FEEDS*1..30]->(b:Material {id: $dst})) RETURN length(p)",
            ["src": int("q4_source"), "dst": int("q4_target")])),
    ("Q5", "MATCH (m:Material {id: $id})-[:FEEDS]->(:Material)<-[:PRODUCES]-(e:Enterprise) RETURN count(DISTINCT e.id)",
     cypher("MATCH (m:Material {id: $id})-[:FEEDS]->(:Material)<-[:PRODUCES]-(e:Enterprise) RETURN count(DISTINCT e.id)",
            ["id": int("q5_material")])),
    ("Q6", "MATCH (a:Material {id: $src})-[:FEEDS*1..30]->(x:Material) WITH DISTINCT x MATCH (x)<-[:PRODUCES]-(e:Enterprise)-[:LOCATED_IN]->(r:Region) RETURN r.id, count(DISTINCT e.id) ORDER BY r.id",
     cypher("MATCH (a:Material {id: $src})-[:FEEDS*1..30]->(x:Material) WITH DISTINCT x "
            + "MATCH (x)<-[:PRODUCES]-(e:Enterprise)-[:LOCATED_IN]->(r:Region) RETURN r.id, count(DISTINCT e.id) ORDER BY r.id",
            ["src": int("q6_source")])),
    ("Q7", "MATCH (a:Material {id: $src})-[:FEEDS*1..4]->(b:Material) RETURN count(*)",
     cypher("MATCH (a:Material {id: $src})-[:FEEDS*1..4]->(b:Material) RETURN count(*)", ["src": int("q7_source")])),
]
// Through the Swift API, kept beside as a second row ("api:" names).
queries += [
    ("api:Q1", "GraphSnapshot.nodes(labeled:where:equals:) (a scan)", {
        generatorID(graph.nodes(labeled: "Material", where: "name", equals: .string(queryParams["q1_lookup_name"] as! String))[0].id)
    }),
    ("api:Q2", "GraphSnapshot.downstream(of:via:) (BFS on the CSR)", {
        try graph.downstream(of: material("q2_source"), via: ["FEEDS"]).count
    }),
    ("api:Q2c", "GraphSnapshot.downstream(of:via:)", { try graph.downstream(of: material("q7_source"), via: ["FEEDS"]).count }),
    ("api:Q3", "GraphSnapshot.upstream(of:via:)", { try graph.upstream(of: material("q3_sink"), via: ["FEEDS"]).count }),
    ("api:Q6", "downstream(of:) + neighbors(of:via:) per region", {
        var enterprisesSeen = Set<NodeID>()
        for reached in try graph.downstream(of: material("q6_source"), via: ["FEEDS"]) {
            for producer in graph.neighbors(of: reached.node, via: "PRODUCES", direction: .incoming) {
                enterprisesSeen.insert(producer)
            }
        }
        var perRegion: [String: Int] = [:]
        for enterprise in enterprisesSeen {
            for region in graph.neighbors(of: enterprise, via: "LOCATED_IN") { perRegion[String(generatorID(region)), default: 0] += 1 }
        }
        return perRegion
    }),
]

// CG_ONLY=Q2 runs one query (for profiling).
let only = ProcessInfo.processInfo.environment["CG_ONLY"]
@MainActor func time(_ name: String, _ method: String, _ run: () throws -> Any) throws {
    var value: Any = NSNull()
    var times: [Double] = []
    _ = try run()
    for _ in 0..<repeats { times.append(try seconds { value = try run() }) }
    records.append(["kind": "query", "query": name, "value": value, "times": times, "capped": false, "method": method])
    FileHandle.standardError.write(Data("\(name): \(value) in \(String(format: "%.3f", times.min()! * 1000)) ms\n".utf8))
}
for (name, method, run) in queries where only == nil || only == name { try time(name, method, run) }
// Q1 again after `CREATE INDEX` on the name: the same text, now an index seek.
if only == nil || only == "Q1-index" {
    let indexSeconds = try seconds { _ = try db.execute("CREATE INDEX FOR (m:Material) ON (m.name)") }
    records.append(["kind": "index", "seconds": indexSeconds])
    try time("Q1-index", "CREATE INDEX FOR (m:Material) ON (m.name); " + queries[0].1, queries[0].2)
}
records.append(["kind": "peak", "peak_rss_mb": peakRSSMegabytes()])
let output = ["status": "ok", "records": records] as [String: Any]
try JSONSerialization.data(withJSONObject: output, options: [.sortedKeys]).write(to: URL(fileURLWithPath: out))
