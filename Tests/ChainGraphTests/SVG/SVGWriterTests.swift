@testable import ChainGraph
import XCTest

final class SVGWriterTests: XCTestCase {
    func testTheCarbonFiberChainIsAGoldenPicture() throws {
        let db = try GraphMLExportTests.carbonFiberGraph()
        let url = GraphMLExportTests.folder.appendingPathComponent("Golden/carbon-fiber.svg")
        let text = try db.svg()
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" { try text.write(to: url, atomically: true, encoding: .utf8) }
        XCTAssertEqual(text, try String(contentsOf: url, encoding: .utf8), "carbon-fiber.svg differs (UPDATE_GOLDEN=1 to accept)")
    }

    func testEveryNodeIsABoxWithItsEscapedNameAndEveryEdgeALine() throws {
        let db = try GraphMLExportTests.carbonFiberGraph()
        let text = try db.svg()
        XCTAssertTrue(text.hasPrefix("<?xml"))
        XCTAssertEqual(text.components(separatedBy: "<rect x=").count - 1, 5 + 2, "five nodes and two legend swatches")
        XCTAssertEqual(text.components(separatedBy: "<polyline").count - 1, 4, "three FEEDS and one PRODUCES")
        XCTAssertTrue(text.contains("Example Fibre Co. &lt;Ltd&gt; &amp; &quot;Sons&quot;"))
        XCTAssertFalse(text.contains("<Ltd>"))
        XCTAssertTrue(text.contains(">Enterprise</text>") && text.contains(">Material</text>"), "the legend names the types")
    }

    func testExportSVGStatementWritesAParsableFile() throws {
        let db = try GraphMLExportTests.carbonFiberGraph()
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("chain-\(UUID()).svg").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let summary = try db.execute("EXPORT SVG TO $file TYPES Material, FEEDS", parameters: ["file": .string(path)])
        XCTAssertEqual(summary.rows.first?[1], .string("svg"))
        XCTAssertEqual(summary.rows.first?[2], .int(4))
        let text = try String(contentsOfFile: path, encoding: .utf8)
        XCTAssertTrue(text.hasSuffix("</svg>\n"))
        // Well-formed XML: the reader goes through every element without an error.
        let reader = try XMLEventReader(text: text, namespaces: ["http://www.w3.org/2000/svg"])
        var events = 0
        while try reader.read() { events += 1 }
        XCTAssertGreaterThan(events, 20)
    }
}
