import ChainGraph
import Foundation

/// `chain-bench --open --data DIR --out FILE`: loads the graph into a database file, closes
/// it, then times opening the file and answering Q1 through Cypher (a scan of the Materials' names) — the
/// "open a million-material database and answer" figure. Its own process, so the load's
/// memory does not count against the open.
///
/// With `--database PATH`, the file is kept: loaded when it does not exist yet, reused
/// (no load) when it does — for timing or profiling the open alone, again and again.
func runOpenBenchmark(data: String, out: String, database: String?) throws {
    let path = database ?? NSTemporaryDirectory() + "chain-bench-open-\(getpid()).db"
    let remove = { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
    var loadSeconds: Double?
    if database == nil || !FileManager.default.fileExists(atPath: path) {
        if database == nil { remove() }
        let writer = try GraphDatabase(path: path)
        loadSeconds = try seconds { try loadChainGraph(into: writer, data: data) }
        writer.close()
    }
    defer { if database == nil { remove() } }
    let bytes = ((try? FileManager.default.attributesOfItem(atPath: path)[.size]) as? Int) ?? 0
    let params = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: data + "/params.json"))) as! [String: Any]
    let name = (params["params"] as! [String: Any])["q1_lookup_name"] as! String
    var found = false
    let openSeconds = try seconds {
        let reader = try GraphDatabase(path: path)
        found = try reader.execute("MATCH (m:Material) WHERE m.name = $name RETURN m.id", parameters: ["name": .string(name)]).scalar != nil
        reader.close()
    }
    var records: [[String: Any]] = [["kind": "open", "seconds": openSeconds, "found": found, "peak_rss_mb": peakRSSMegabytes()]]
    if let loadSeconds { records.insert(["kind": "file_load", "seconds": loadSeconds, "bytes": bytes], at: 0) }
    try JSONSerialization.data(withJSONObject: ["status": "ok", "records": records], options: [.sortedKeys])
        .write(to: URL(fileURLWithPath: out))
    FileHandle.standardError.write(Data("file load \(loadSeconds.map { "\($0) s" } ?? "skipped (file reused)") (\(bytes) bytes); open + Q1 \(openSeconds) s, found \(found)\n".utf8))
}
