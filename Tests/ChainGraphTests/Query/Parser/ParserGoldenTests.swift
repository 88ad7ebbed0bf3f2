@testable import ChainGraph
import Foundation
import XCTest

/// Parses every `Golden/*.cypher` file and compares the AST dump with the `.ast` file
/// beside it. Run with `UPDATE_GOLDEN=1` to rewrite the `.ast` files, then review the diff.
final class ParserGoldenTests: XCTestCase {
    func testASTDumpsMatchTheGoldenFiles() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
        let queries = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "cypher" }.sorted { $0.path < $1.path }
        XCTAssertGreaterThanOrEqual(queries.count, 6)
        for file in queries {
            let text = try String(contentsOf: file, encoding: .utf8)
            let dump = ASTDump.dump(try Parser.parseStatement(text), text)
            let golden = file.deletingPathExtension().appendingPathExtension("ast")
            if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] != nil {
                try dump.write(to: golden, atomically: true, encoding: .utf8)
            }
            XCTAssertEqual(dump, try String(contentsOf: golden, encoding: .utf8), file.lastPathComponent)
        }
    }

    func testSyntaxErrorsNameTheTokenAndWhatWasExpected() {
        let error = assertThrowsGraphError(.syntaxError, "UnexpectedSyntax") {
            try Parser.parseStatement("MATCH (a:Material)\nRETURN a.name AS")
        }
        XCTAssertEqual(error?.description, "SyntaxError (UnexpectedSyntax) at 2:17: expected a name after AS but found end of input")
        let missing = assertThrowsGraphError(.syntaxError, "UnexpectedSyntax") { try Parser.parseStatement("MATCH (a RETURN a") }
        XCTAssertEqual(missing?.message, "expected ')' but found 'RETURN'")
        XCTAssertEqual(missing?.position?.column, 10)
    }

    func testDeepNestingIsRefusedNotACrash() {
        let deep = "RETURN " + String(repeating: "(", count: 10_000) + "1" + String(repeating: ")", count: 10_000)
        assertThrowsGraphError(.syntaxError, "NestingTooDeep") { try Parser.parseStatement(deep) }
        let lists = "RETURN " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        assertThrowsGraphError(.syntaxError, "NestingTooDeep") { try Parser.parseStatement(lists) }
    }

    /// A `(` inside an expression is tried as a relationship pattern at most once per
    /// position. Nested, it used to be retried for every way the levels around it were
    /// tried: fuzz-query found eight levels of this taking 27 s to refuse.
    func testNestedParenthesesAreTriedAsPatternsOncePerPosition() throws {
        var parser = try Parser("RETURN " + String(repeating: "((A {d: f((((", count: 6) + "1")
        XCTAssertThrowsError(try parser.statement())
        XCTAssertGreaterThan(parser.patternAttempts, 6)
        XCTAssertLessThanOrEqual(parser.patternAttempts, parser.tokens.count)
    }

    func testScriptsSplitOnSemicolonsAndReportErrorsInScriptCoordinates() throws {
        let db = GraphDatabase()
        let results = try db.executeScript("CREATE (:A);\n// comment\nMATCH (n) RETURN count(n) AS n;;")
        XCTAssertEqual(results.count, 2)
        XCTAssertEqual(results[1].scalar, 1)
        XCTAssertThrowsError(try db.executeScript("CREATE (:B);\nMATCH (n)\n  RETURN m;", file: "s.cypher")) { error in
            let position = (error as? ChainGraphError)?.position
            XCTAssertEqual(position?.file, "s.cypher")
            XCTAssertEqual(position?.line, 3)
            XCTAssertEqual(position?.column, 10)
        }
        XCTAssertEqual(try db.execute("MATCH (b:B) RETURN count(b)").scalar, 1, "statements before the error stay committed")
    }
}
