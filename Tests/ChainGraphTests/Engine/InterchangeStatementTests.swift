import XCTest
@testable import ChainGraph

/// `EXPORT GRAPHML|DOT TO … [PROFILE …] [TYPES …] [FROM …]` and `IMPORT GRAPHML FROM …`.
final class InterchangeStatementTests: XCTestCase {
    private func temporaryFile(_ suffix: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("interchange-\(UUID()).\(suffix)").path
    }

    func testExportThenImportThroughTheLanguage() throws {
        let db = try GraphMLExportTests.carbonFiberGraph()
        let path = temporaryFile("graphml")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let exported = try db.execute("EXPORT GRAPHML TO $file PROFILE yed FROM MATCH p = (:Material)-[:FEEDS*]->(:Material {name: 'prepreg'}) RETURN p",
                                      parameters: ["file": .string(path)])
        XCTAssertEqual(exported.columns, ["file", "format", "nodes", "edges"])
        XCTAssertEqual(exported.rows.first?[2], 4)
        XCTAssertEqual(exported.rows.first?[3], 3)
        let copy = GraphDatabase(configuration: DatabaseConfiguration(fileAccess: .unrestricted))
        let imported = try copy.execute("IMPORT GRAPHML FROM '\(path)'")
        XCTAssertEqual(imported.rows.first?[1], 4)
        XCTAssertEqual(try copy.execute("MATCH (m:Material {name: 'carbon fiber'}) RETURN m.aliases").scalar, ["CF", "碳纤维"])
    }

    func testALegendOnlyWhenAskedForAndOnlyForYEd() throws {
        let db = try GraphMLExportTests.carbonFiberGraph()
        let path = temporaryFile("graphml")
        defer { try? FileManager.default.removeItem(atPath: path) }
        try db.execute("EXPORT GRAPHML TO $file PROFILE yed LEGEND", parameters: ["file": .string(path)])
        XCTAssertTrue(try String(contentsOfFile: path, encoding: .utf8).contains("node.legend"))
        try db.execute("EXPORT GRAPHML TO $file PROFILE yed", parameters: ["file": .string(path)])
        XCTAssertFalse(try String(contentsOfFile: path, encoding: .utf8).contains("node.legend"))
        XCTAssertThrowsError(try db.execute("EXPORT GRAPHML TO 'x.graphml' PROFILE plain LEGEND")) { error in
            XCTAssertEqual((error as? ChainGraphError)?.position?.column, 45)
        }
    }

    func testExportTypesAndDOT() throws {
        let db = try GraphMLExportTests.carbonFiberGraph()
        let path = temporaryFile("dot")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try db.execute("EXPORT DOT TO '\(path)' TYPES Enterprise, PRODUCES")
        XCTAssertEqual(result.rows.first?[2], 2)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        XCTAssertTrue(text.contains("n1 -> n0 [label=\"PRODUCES\"]"), text)
        XCTAssertTrue(text.contains("label=\"carbon fiber\""), text)
    }

    func testErrorsArePositioned() throws {
        let db = try GraphMLExportTests.carbonFiberGraph()
        func code(_ query: String) -> (String?, SourcePosition?) {
            do { try db.execute(query); return (nil, nil) } catch {
                return ((error as? ChainGraphError)?.code, (error as? ChainGraphError)?.position)
            }
        }
        XCTAssertEqual(code("EXPORT GRAPHML TO 'x.graphml' PROFILE cytoscape").0, "UnknownProfile")
        XCTAssertEqual(code("EXPORT GRAPHML TO 'x.graphml' PROFILE cytoscape").1?.column, 39)
        XCTAssertEqual(code("EXPORT CSV TO 'x'").0, "UnexpectedSyntax")
        XCTAssertEqual(code("IMPORT DOT FROM 'x'").0, "UnexpectedSyntax")
        XCTAssertEqual(code("EXPORT GRAPHML TO x").0, "UnexpectedSyntax")
        XCTAssertEqual(code("EXPORT GRAPHML TO '/tmp/never.graphml' FROM MATCH (n) DELETE n").0, "ReadOnlyQueryExpected")
        XCTAssertEqual(code("IMPORT GRAPHML FROM '/nonexistent/file.graphml'").0, "CannotOpenFile")
        XCTAssertEqual(try db.snapshot.nodeCount, 5, "nothing was deleted")
    }
}
