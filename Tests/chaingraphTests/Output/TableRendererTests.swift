import ChainGraph
import XCTest
@testable import chaingraph

final class TableRendererTests: XCTestCase {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    private func assertGolden(_ text: String, _ name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let url = Self.folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" { try text.write(to: url, atomically: true, encoding: .utf8) }
        XCTAssertEqual(text, try String(contentsOf: url, encoding: .utf8), name, file: file, line: line)
    }

    private func result() throws -> ResultSet {
        let db = GraphDatabase()
        try db.execute("CHAIN (:Material) 'industrial silicon' → 'polysilicon' → '单晶硅' VIA FEEDS")
        return try db.execute("""
            MATCH (m:Material) OPTIONAL MATCH (m)-[:FEEDS]->(next)
            RETURN m.name AS name, next.name AS feeds, [m.name, 'x'] AS list, 1.5 AS share,
                   'a very long text that does not fit in the narrow terminal column at all' AS note
            ORDER BY name
            """)
    }

    func testTableGolden() throws {
        var terminal = Terminal.plain
        terminal.width = 100
        terminal.outputIsTerminal = true
        try assertGolden(TableRenderer(terminal: terminal).render(try result()), "table.txt")
        terminal.outputIsTerminal = false
        XCTAssertTrue(TableRenderer(terminal: terminal).render(try result()).contains("does not fit in the narrow terminal column at all"),
                      "nothing is cut when the output is not a terminal")
    }

    func testOtherFormatsGolden() throws {
        let result = try result()
        try assertGolden(OutputFormat.csv.render(result, terminal: .plain), "result.csv")
        try assertGolden(OutputFormat.json.render(result, terminal: .plain), "result.json")
        try assertGolden(OutputFormat.jsonl.render(result, terminal: .plain), "result.jsonl")
    }

    func testWidthsCountWideCharactersTwice() {
        XCTAssertEqual(TableRenderer.displayWidth("单晶硅"), 6)
        XCTAssertEqual(TableRenderer.displayWidth("abc"), 3)
        XCTAssertEqual(TableRenderer.fit("abcdefghij", width: 5), "abcd…")
    }

    func testColourOnlyOnATerminalWithoutNoColor() {
        var terminal = Terminal.plain
        XCTAssertEqual(terminal.styled("x", .red), "x")
        terminal.usesColour = true
        XCTAssertEqual(terminal.styled("x", .red), "\u{1B}[31mx\u{1B}[0m")
    }
}

/// Tables fit the terminal: narrow columns keep their width, numbers are never cut, and an
/// empty result shows its columns without types.
final class TableWidthTests: XCTestCase {
    func testColumnsShareTheTerminalAndNumbersAreNeverCut() throws {
        XCTAssertEqual(TableRenderer.allocate(natural: [10, 40, 13], fixed: [false, false, true], available: 200), [10, 40, 13])
        XCTAssertEqual(TableRenderer.allocate(natural: [10, 40, 13, 60], fixed: [false, false, true, false], available: 60), [10, 19, 13, 18])
        let db = GraphDatabase()
        let result = try db.execute("RETURN 15200000000.0 AS value, 'a rather long name that has to be cut somewhere' AS name")
        var terminal = Terminal.plain
        terminal.outputIsTerminal = true
        terminal.width = 40
        let table = TableRenderer(terminal: terminal).render(result)
        XCTAssertTrue(table.contains("15200000000.0"), table)
        XCTAssertTrue(table.split(separator: "\n").allSatisfy { TableRenderer.displayWidth(String($0)) <= 39 }, table)
        terminal.width = 200
        XCTAssertTrue(TableRenderer(terminal: terminal).render(result).contains("a rather long name that has to be cut somewhere"),
                      "a wide terminal cuts nothing")
    }

    func testAnEmptyResultShowsItsColumnsWithoutTypes() throws {
        let result = try GraphDatabase().execute("MATCH (n:Nothing) RETURN n.name AS name")
        XCTAssertEqual(TableRenderer(terminal: .plain).render(result), "┌──────┐\n│ name │\n└──────┘\n")
    }

    func testVerticalFormatShowsALinePerColumnAndCutsNothing() throws {
        let result = try GraphDatabase().execute("UNWIND [1, 2] AS i RETURN i AS n, 'a long text that is never cut, ' + toString(i) AS text")
        XCTAssertEqual(OutputFormat.vertical.render(result, terminal: .plain), """
            ─[ row 1 ]───
            n    │ 1
            text │ a long text that is never cut, 1
            ─[ row 2 ]───
            n    │ 2
            text │ a long text that is never cut, 2

            """)
        XCTAssertEqual(OutputFormat.vertical.render(try GraphDatabase().execute("MATCH (n) RETURN n"), terminal: .plain), "(no rows)\n")
    }
}
