import ChainGraph
import XCTest

final class StatementSplitterTests: XCTestCase {
    func testSplitsAtSemicolonsOutsideStringsAndComments() {
        let script = """
            RETURN 'a;b' AS x; // a comment; with a semicolon
            MATCH (`odd;name`) RETURN 1;
            /* block; comment */ RETURN "q\\";" AS y;
            CREATE (:A
            """
        let split = StatementSplitter.split(script)
        XCTAssertEqual(split.statements.map(\.text), [
            "RETURN 'a;b' AS x",
            " // a comment; with a semicolon\nMATCH (`odd;name`) RETURN 1",
            "\n/* block; comment */ RETURN \"q\\\";\" AS y",
        ])
        XCTAssertEqual(split.statements.map(\.line), [1, 1, 2], "the line each text starts on")
        XCTAssertEqual(split.statements.map(\.column), [1, 19, 29], "the column each text starts at")
        XCTAssertEqual(split.remainder, "\nCREATE (:A")
        let whole = StatementSplitter.statements(ofScript: script)
        XCTAssertEqual(whole.dropLast(), split.statements[...], "the complete statements, then the rest")
        XCTAssertEqual(whole.last, StatementSplitter.ScriptStatement(text: "\nCREATE (:A", line: 3, column: 41))
        XCTAssertEqual(StatementSplitter.statements(ofScript: "RETURN 1;  // done\n").map(\.text), ["RETURN 1"])
    }

    func testBlankAndCommentOnlyStatementsAreDropped() {
        XCTAssertEqual(StatementSplitter.split(";; // nothing\n;").statements, [])
        XCTAssertTrue(StatementSplitter.isBlank("  /* x */ // y\n"))
        XCTAssertFalse(StatementSplitter.isBlank("RETURN 1"))
    }
}
