import Foundation
import XCTest

/// The folder layering of `Sources/ChainGraph` (docs/architecture.md): dependencies point
/// down only, and only Storage/ names the graph's raw representation.
final class ArchitectureTests: XCTestCase {
    func testFolderDependenciesRunOneWay() throws {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let script = repository.appendingPathComponent("scripts/folder_graph.py").path
        guard let python = ["/usr/bin/python3", "/usr/local/bin/python3"].first(where: FileManager.default.isExecutableFile) else {
            throw XCTSkip("python3 is not installed; scripts/folder_graph.py cannot run")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [script, "--quiet"]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let report = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, report)
        XCTAssertTrue(report.contains(" 0 problems"), report)
    }
}
