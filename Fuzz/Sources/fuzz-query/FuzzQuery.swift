// Fuzz target: the query pipeline (lexer, parser, binder, planner, executor, CHAIN) on a
// small graph made fresh for each input. Any input must end in a result or a ChainGraphError, never a crash.
import ChainGraph
import Foundation
import FuzzSupport

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzQuery(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    var options = QueryOptions()
    options.maximumRows = 10_000
    options.timeout = .milliseconds(200)
    options.maximumMemory = 512 << 20
    _ = try? smallGraph().execute(text, options: options)
    return 0
}

// SwiftPM links an executable's entry point as `<target>_main`.
@_cdecl("fuzz_query_main")
func fuzzerEntryPoint(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    runFuzzer(argc, argv, fuzzQuery)
}
