// The A/B harness of Benchmarks/ab.sh: loads the generated chain graph (ChainLoad.swift,
// copied beside this file) into an in-memory database and times the peer benchmark's
// queries through Cypher, as a user types them. Prints one JSON object: query name →
// the fastest of seven timed runs after one warm-up, in milliseconds.
//
//     ab DATA_DIR
import ChainGraph
import Foundation

let data = CommandLine.arguments[1]
let parameters = (try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: data + "/params.json")))
    as! [String: Any])["params"] as! [String: Any]
func integer(_ key: String) -> Value { .int(Int64(parameters[key] as! Int)) }

let queries: [(String, String, [String: Value])] = [
    ("Q1", "MATCH (m:Material) WHERE m.name = $name RETURN m.id", ["name": .string(parameters["q1_lookup_name"] as! String)]),
    ("Q2", "MATCH (a:Material {id: $src})-[:FEEDS*1..30]->(b:Material) RETURN count(DISTINCT b.id)", ["src": integer("q2_source")]),
    ("Q2c", "MATCH (a:Material {id: $src})-[:FEEDS*1..30]->(b:Material) RETURN count(DISTINCT b.id)", ["src": integer("q7_source")]),
    ("Q4", "MATCH p = shortestPath((a:Material {id: $src})-[:FEEDS*1..30]->(b:Material {id: $dst})) RETURN length(p)",
     ["src": integer("q4_source"), "dst": integer("q4_target")]),
    ("Q5", "MATCH (m:Material {id: $id})-[:FEEDS]->(:Material)<-[:PRODUCES]-(e:Enterprise) RETURN count(DISTINCT e.id)",
     ["id": integer("q5_material")]),
    ("Q6", "MATCH (a:Material {id: $src})-[:FEEDS*1..30]->(x:Material) WITH DISTINCT x "
        + "MATCH (x)<-[:PRODUCES]-(e:Enterprise)-[:LOCATED_IN]->(r:Region) RETURN r.id, count(DISTINCT e.id) ORDER BY r.id",
     ["src": integer("q6_source")]),
    ("Q7", "MATCH (a:Material {id: $src})-[:FEEDS*1..4]->(b:Material) RETURN count(*)", ["src": integer("q7_source")]),
    ("scan-filter", "MATCH (m:Material) WHERE m.tier = 3 AND m.unit = 'kg' RETURN count(m)", [:]),
    ("group-by", "MATCH (m:Material) RETURN m.tier AS tier, count(*) AS n ORDER BY tier", [:]),
    ("top-degree", "MATCH (e:Enterprise)-[:PRODUCES]->(m:Material) RETURN e.id, count(m) AS n ORDER BY n DESC LIMIT 10", [:]),
    ("expand-2", "MATCH (r:Region)<-[:LOCATED_IN]-(e:Enterprise)-[:PRODUCES]->(m:Material) RETURN r.id, count(DISTINCT m) ORDER BY r.id", [:]),
]

let db = GraphDatabase()
try loadChainGraph(into: db, data: data)
var timings: [String: Double] = [:]
for (name, text, values) in queries {
    _ = try db.execute(text, parameters: values)
    var best = Double.infinity
    for _ in 0..<7 {
        let start = ContinuousClock.now
        _ = try db.execute(text, parameters: values)
        let elapsed = ContinuousClock.now - start
        best = min(best, Double(elapsed.components.seconds) * 1e3 + Double(elapsed.components.attoseconds) / 1e15)
    }
    timings[name] = best
}
let json = try JSONSerialization.data(withJSONObject: timings, options: [.sortedKeys])
print(String(decoding: json, as: UTF8.self))
