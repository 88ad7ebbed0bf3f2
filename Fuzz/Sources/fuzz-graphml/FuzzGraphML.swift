// Fuzz target: the GraphML reader. Any input must import or fail with a ChainGraphError.
import ChainGraph
import Foundation
import FuzzSupport

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGraphML(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    _ = try? GraphDatabase().importGraphML(text: text)
    return 0
}

// SwiftPM links an executable's entry point as `<target>_main`.
@_cdecl("fuzz_graphml_main")
func fuzzerEntryPoint(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    runFuzzer(argc, argv, fuzzGraphML)
}
