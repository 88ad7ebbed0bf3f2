import ChainGraph
import Foundation
import XCTest

/// A fresh directory for one test's files, removed when the test ends.
func temporaryDirectory(_ test: XCTestCase) throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("chaingraph-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    test.addTeardownBlock { try? FileManager.default.removeItem(at: url) }
    return url
}

/// Asserts that `body` throws a ``ChainGraphError`` of `kind` and `code`, and returns it.
@discardableResult
func assertThrowsGraphError<T>(_ kind: ChainGraphError.Kind, _ code: String,
                               file: StaticString = #filePath, line: UInt = #line,
                               _ body: () throws -> T) -> ChainGraphError? {
    do {
        _ = try body()
        XCTFail("expected \(kind.rawValue) (\(code)), but nothing was thrown", file: file, line: line)
    } catch let error as ChainGraphError {
        XCTAssertEqual(error.kind, kind, "\(error)", file: file, line: line)
        XCTAssertEqual(error.code, code, "\(error)", file: file, line: line)
        return error
    } catch {
        XCTFail("expected a ChainGraphError, got \(error)", file: file, line: line)
    }
    return nil
}

/// The whole graph as comparable values: nodes and edges by id.
func contents(_ db: GraphDatabase) throws -> (nodes: [Node], edges: [Edge]) {
    try db.read { graph in
        (graph.nodeIDs().map { graph.node($0)! }, graph.edgeIDs().map { graph.edge($0)! })
    }
}

/// A strict schema for a slice of the carbon-fiber chain.
func declareMaterialSchema(_ tx: WriteTransaction) throws {
    try tx.createNodeType(NodeType("Material", properties: [
        PropertyDefinition("name", .string, primaryKey: true),
        PropertyDefinition("tier", .int64),
        PropertyDefinition("share", .double),
        PropertyDefinition("aliases", .list(.string)),
    ]))
    try tx.createNodeType(NodeType("Enterprise", properties: [
        PropertyDefinition("name", .string, primaryKey: true),
        PropertyDefinition("founded", .date),
        PropertyDefinition("opened", .dateTime),
        PropertyDefinition("shift", .time),
        PropertyDefinition("lead", .duration),
    ]))
    try tx.createEdgeType(EdgeType("FEEDS", endpoints: [.init(from: "Material", to: "Material")],
                                   properties: [PropertyDefinition("share", .double)]))
    try tx.createEdgeType(EdgeType("PRODUCES", endpoints: [.init(from: "Enterprise", to: "Material")]))
}

/// Runs `scripts/NAME` (a Python script of the repository) with `arguments`; returns its
/// exit status and what it wrote to stderr. Skips the test when python3 is missing.
func runRepositoryScript(_ name: String, _ arguments: [String] = []) throws -> (status: Int32, errors: String) {
    let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    guard let python = ["/usr/bin/python3", "/usr/local/bin/python3"].first(where: FileManager.default.isExecutableFile) else {
        throw XCTSkip("python3 is not installed; scripts/\(name) cannot run")
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: python)
    process.arguments = [repository.appendingPathComponent("scripts").appendingPathComponent(name).path] + arguments
    let errors = Pipe()
    process.standardError = errors
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    let report = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return (process.terminationStatus, report)
}
