@testable import ChainGraph
import XCTest

final class LexerTests: XCTestCase {
    private func kinds(_ text: String) throws -> [Token.Kind] {
        try Lexer.tokenize(SourceText(text)).map(\.kind)
    }

    func testTokenizesLiteralsSymbolsAndNames() throws {
        XCTAssertEqual(try kinds("MATCH (a:`Odd Name`)-[:FEEDS*1..3]->(b) RETURN 0x1F, 0o17, 1.5e3, 'it\\'s', $p"), [
            .identifier(quoted: false), .symbol("("), .identifier(quoted: false), .symbol(":"), .identifier(quoted: true),
            .symbol(")"), .symbol("-"), .symbol("["), .symbol(":"), .identifier(quoted: false), .symbol("*"), .integer(1),
            .symbol(".."), .integer(3), .symbol("]"), .symbol("->"), .symbol("("), .identifier(quoted: false), .symbol(")"),
            .identifier(quoted: false), .integer(31), .symbol(","), .integer(15), .symbol(","), .float(1500), .symbol(","),
            .string("it's"), .symbol(","), .parameter("p"), .end,
        ])
    }

    func testSkipsCommentsAndKeepsPositions() throws {
        let tokens = try Lexer.tokenize(SourceText("// first line\nRETURN /* inline */ 1"))
        let source = SourceText("// first line\nRETURN /* inline */ 1")
        XCTAssertEqual(tokens.map(\.text), ["RETURN", "1", ""])
        XCTAssertEqual(source.position(tokens[1].start).description, "2:21")
    }

    func testReportsMalformedLiteralsWithPositions() {
        let error = assertThrowsGraphError(.syntaxError, "UnexpectedSyntax") { try Lexer.tokenize(SourceText("RETURN\n  'open")) }
        XCTAssertEqual(error?.position?.description, "2:3")
        // Digits run into letters are one token: an invalid number where a value is expected,
        // unexpected syntax where a name is.
        XCTAssertEqual(try kinds("RETURN 12abc").dropFirst().first, .malformedNumber)
        assertThrowsGraphError(.syntaxError, "InvalidNumberLiteral") { try GraphDatabase().execute("RETURN 12abc") }
        assertThrowsGraphError(.syntaxError, "UnexpectedSyntax") { try GraphDatabase().execute("RETURN {1B2c3e67: 1}") }
        assertThrowsGraphError(.syntaxError, "InvalidUnicodeLiteral") { try Lexer.tokenize(SourceText("RETURN '\\uZZZZ'")) }
        XCTAssertEqual(try kinds("RETURN 9223372036854775808").dropFirst().first, .oversizedInteger)
    }

    func testUnicodeEscapesAndIdentifiers() throws {
        XCTAssertEqual(try kinds("RETURN '\\u00e9', 碳纤维")[1], .string("é"))
        XCTAssertEqual(try Lexer.tokenize(SourceText("RETURN 碳纤维"))[1].text, "碳纤维")
    }
}
