// Fuzz target: the CHAIN statement (stages, groups, separators, VIA, SOURCE/LINE) on the
// small graph, once on the open graph and once after a strict schema is declared, so that
// both the creating path and the schema-violation path run. The input is the statement's
// text after the CHAIN keyword.
import ChainGraph
import Foundation
import FuzzSupport

/// A strict schema the small graph satisfies: CHAIN must then respect its types.
let strictSchema = [
    "CREATE NODE TYPE Material (name STRING PRIMARY KEY, tier INT, aliases LIST<STRING>)",
    "CREATE NODE TYPE Product (name STRING PRIMARY KEY)",
    "CREATE NODE TYPE Enterprise (name STRING PRIMARY KEY, founded DATE)",
    "CREATE EDGE TYPE FEEDS (FROM Material TO Material, FROM Material TO Product, share DOUBLE)",
    "CREATE EDGE TYPE PRODUCES (FROM Enterprise TO Material)",
]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzChain(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = "CHAIN " + String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    var options = QueryOptions()
    options.maximumRows = 10_000
    options.timeout = .milliseconds(200)
    let open = smallGraph()
    _ = try? open.execute(text, options: options)
    _ = try? open.execute(text, options: options)
    let strict = smallGraph()
    for declaration in strictSchema { _ = try? strict.execute(declaration, options: options) }
    _ = try? strict.execute(text, options: options)
    return 0
}

// SwiftPM links an executable's entry point as `<target>_main`.
@_cdecl("fuzz_chain_main")
func fuzzerEntryPoint(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    runFuzzer(argc, argv, fuzzChain)
}
