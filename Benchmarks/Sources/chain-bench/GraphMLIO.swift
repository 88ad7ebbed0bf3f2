import ChainGraph
import Foundation

/// `chain-bench --graphml-io --data DIR --out FILE`: reads DIR/chain.graphml into an
/// in-memory database and writes it back, in its own process so that peak RSS is the
/// GraphML phase's alone. Records use run_anchors.py's `graphml_read`/`graphml_write` kinds.
func runGraphMLBenchmark(data: String, out: String) throws {
    let source = data + "/chain.graphml"
    let target = NSTemporaryDirectory() + "chain-bench-\(getpid()).graphml"
    defer { try? FileManager.default.removeItem(atPath: target) }
    let db = GraphDatabase()
    var summary = GraphMLImportSummary()
    let readSeconds = try seconds {
        summary = try db.importGraphML(from: source, options: GraphMLImportOptions(nodeLabelKey: "label", idProperty: nil))
    }
    let readPeak = peakRSSMegabytes()
    let writeSeconds = try seconds { try db.exportGraphML(to: target, options: GraphExportOptions(indent: false)) }
    let written = (try FileManager.default.attributesOfItem(atPath: target)[.size] as? NSNumber)?.intValue ?? 0
    let records: [[String: Any]] = [
        ["kind": "graphml_read", "seconds": readSeconds, "nodes": summary.nodes, "edges": summary.edges, "peak_rss_mb": readPeak],
        ["kind": "graphml_write", "seconds": writeSeconds, "bytes": written, "peak_rss_mb": peakRSSMegabytes()],
    ]
    FileHandle.standardError.write(Data("GraphML read \(summary.nodes) nodes, \(summary.edges) edges in \(readSeconds) s; wrote \(written) bytes in \(writeSeconds) s\n".utf8))
    try JSONSerialization.data(withJSONObject: ["status": "ok", "records": records], options: [.sortedKeys])
        .write(to: URL(fileURLWithPath: out))
}
