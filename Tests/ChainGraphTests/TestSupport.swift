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
    ]))
    try tx.createEdgeType(EdgeType("FEEDS", endpoints: [.init(from: "Material", to: "Material")],
                                   properties: [PropertyDefinition("share", .double)]))
    try tx.createEdgeType(EdgeType("PRODUCES", endpoints: [.init(from: "Enterprise", to: "Material")]))
}
