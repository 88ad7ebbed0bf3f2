// Fuzz target: the query pipeline (lexer, parser, binder, planner, executor, CHAIN) on a
// small fixed graph. Any input must end in a result or a ChainGraphError, never a crash.
import ChainGraph
import Foundation

nonisolated(unsafe) let database: GraphDatabase = {
    let db = GraphDatabase()
    _ = try? db.executeScript("""
        CHAIN (:Material) 'acrylonitrile' -> 'polyacrylonitrile filament' -> 'carbon fiber' -> { 'prepreg', 'fabric' } VIA FEEDS;
        CREATE (:Enterprise {name: 'Example', founded: date('2009-06-01'), capacity: 12000, tags: ['a', 'b']});
        MATCH (e:Enterprise), (m {name: 'carbon fiber'}) CREATE (e)-[:PRODUCES {share: 0.5}]->(m)
        """)
    return db
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzQuery(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    var options = QueryOptions()
    options.maximumRows = 10_000
    options.timeout = .milliseconds(200)
    // Writes are run and rolled back by throwing, so the graph stays the same for every input.
    struct Rollback: Error {}
    _ = try? database.write { _ in throw Rollback() }
    _ = try? database.execute(text, options: options)
    return 0
}

// SwiftPM links an executable's entry point as `<target>_main`; libFuzzer's driver is run from it.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(_ argc: UnsafeMutablePointer<Int32>,
                     _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                     _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> Int32) -> Int32

@_cdecl("fuzz_query_main")
func fuzzerEntryPoint(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    var count = argc
    var arguments = argv
    return runFuzzerDriver(&count, &arguments, fuzzQuery)
}
