import ChainGraph
import XCTest
@testable import chaingraph

/// `Graphs/` is what `chaingraph build-seeds` writes, byte for byte, and its GraphML is valid.
final class GraphsFolderTests: XCTestCase {
    private var repository: URL { URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../..").standardized }

    func testRegeneratingGraphsGivesTheCommittedFiles() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("graphs-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        let result = try runProduct("chaingraph", ["build-seeds", "--seeds", repository.appendingPathComponent("seeds").path,
                                                   "--output", output.path, "--resource", "none"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let committed = repository.appendingPathComponent("Graphs")
        let generated = try FileManager.default.contentsOfDirectory(atPath: output.path).sorted()
        XCTAssertEqual(generated.count, 52, "thirteen graphs × (GraphML, yEd GraphML, DOT, SVG)")
        for file in generated {
            let fresh = try String(contentsOf: output.appendingPathComponent(file), encoding: .utf8)
            let stored = try? String(contentsOf: committed.appendingPathComponent(file), encoding: .utf8)
            XCTAssertEqual(fresh, stored, "Graphs/\(file) is stale: run `swift run chaingraph build-seeds`")
        }
    }

    func testEveryPlainGraphMLFileIsValid() throws {
        let schema = repository.appendingPathComponent("Tests/ChainGraphTests/GraphML/Fixtures/xsd/graphml.xsd").path
        let validator = try GraphMLSchemaValidator(schemaPath: schema)
        let folder = repository.appendingPathComponent("Graphs")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".graphml") && !$0.hasSuffix(".yed.graphml") }
        XCTAssertEqual(files.count, 13)
        for file in files {
            XCTAssertEqual(try validator.violations(inFile: folder.appendingPathComponent(file).path).map(\.description), [], file)
        }
    }
}
