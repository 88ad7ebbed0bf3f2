// Fuzz target: the graph image reader. Any payload must be refused with an error or load a
// graph whose every page then decodes (validation at open covers what decoding checks)
// and whose adjacency agrees with its edges. `fuzz-image --write-seeds DIR` writes seed
// payloads (the small graph, open and strict) and exits.
@testable import ChainGraph
import Foundation
import FuzzSupport

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzImage(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let payload = Array(UnsafeBufferPointer(start: data, count: size))
    // The expected id and counters are taken from the payload itself, so that mutations
    // reach past the identity checks into the records.
    guard let (databaseID, counters) = identity(of: payload),
          let state = try? GraphImageReader(payload: payload).decode(databaseID: databaseID, counters: counters) else {
        return 0
    }
    for id in 0..<state.nextNodeID { _ = state.node(id) }
    for id in 0..<state.nextEdgeID { _ = state.edge(id) }
    let problems = state.adjacencyMismatches()
    if !problems.isEmpty { fatalError("an image loaded with an inconsistent adjacency index: \(problems)") }
    return 0
}

private func identity(of payload: [UInt8]) -> (String, GraphImageReader.Counters)? {
    payload.withUnsafeBufferPointer { buffer in
        var reader = ValueCodec.Reader(bytes: buffer)
        guard let id = try? reader.readString(), let a = try? reader.readID(), let b = try? reader.readID(),
              let c = try? reader.readID(), let d = try? reader.readID() else { return nil }
        return (id, GraphImageReader.Counters(nextNodeID: a, nextEdgeID: b, nodeCount: c, edgeCount: d))
    }
}

private func writeSeeds(to directory: String) throws {
    let open = smallGraph()
    let strict = GraphDatabase()
    try strict.execute("CREATE NODE TYPE Material (name STRING PRIMARY KEY, tier INT64)")
    try strict.execute("CREATE EDGE TYPE FEEDS (FROM Material TO Material, share DOUBLE)")
    try strict.execute("CHAIN (:Material) 'a' -> 'b' -> 'c' VIA FEEDS")
    for (index, db) in [open, strict].enumerated() {
        let payload = try GraphImageWriter(state: try db.snapshot.state, databaseID: "fuzz").payload()
        try Data(payload).write(to: URL(fileURLWithPath: "\(directory)/seed-\(index)"))
    }
}

// SwiftPM links an executable's entry point as `<target>_main`.
@_cdecl("fuzz_image_main")
func fuzzerEntryPoint(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    if argc == 3, let flag = argv?[1], String(cString: flag) == "--write-seeds", let directory = argv?[2] {
        do {
            try writeSeeds(to: String(cString: directory))
            return 0
        } catch {
            print("fuzz-image: cannot write seeds: \(error)")
            return 1
        }
    }
    return runFuzzer(argc, argv, fuzzImage)
}
