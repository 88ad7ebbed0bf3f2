// Fuzz target: the query pipeline (lexer, parser, binder, planner, executor, CHAIN) on a
// small graph made fresh for each input. Any input must end in a result or a ChainGraphError, never a crash.
import ChainGraph
import Foundation
import FuzzSupport

/// A small graph, built fresh for every input (through the API, in microseconds), so that
/// what one input writes never changes what the next one sees.
func smallGraph() -> GraphDatabase {
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

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzQuery(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    var options = QueryOptions()
    options.maximumRows = 10_000
    options.timeout = .milliseconds(200)
    _ = try? smallGraph().execute(text, options: options)
    return 0
}

// SwiftPM links an executable's entry point as `<target>_main`.
@_cdecl("fuzz_query_main")
func fuzzerEntryPoint(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    runFuzzer(argc, argv, fuzzQuery)
}
