// Fuzz target: the CSV importer (header conventions, quoting, types). The input is written
// to a file and imported as a node file, then as a relationship file.
import ChainGraph
import Foundation
import FuzzSupport

let scratch = NSTemporaryDirectory() + "fuzz-csv-\(getpid()).csv"

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    FileManager.default.createFile(atPath: scratch, contents: Data(bytes: data, count: size))
    let db = GraphDatabase()
    _ = try? db.importCSV(nodes: [CSVSource(scratch, name: "N")], options: CSVImportOptions(maximumBadRows: 5))
    _ = try? db.importCSV(nodes: [], relationships: [CSVSource(scratch, name: "R")])
    return 0
}

// SwiftPM links an executable's entry point as `<target>_main`.
@_cdecl("fuzz_csv_main")
func fuzzerEntryPoint(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    runFuzzer(argc, argv, fuzzCSV)
}
