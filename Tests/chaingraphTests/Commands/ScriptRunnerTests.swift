import ChainGraph
import XCTest
@testable import chaingraph

/// Scripts split as their text arrives: statements keep their place in the whole script.
final class ScriptRunnerTests: XCTestCase {
    private func statements(fedIn pieces: [String]) -> [(String, Int, Int)] {
        var reader = ScriptReader()
        var found: [(String, Int, Int)] = []
        for (index, piece) in pieces.enumerated() {
            _ = reader.feed(piece, atEnd: index == pieces.count - 1) { located, _ in
                let statement = located.statement
                let column = statement.line == 1 ? statement.column + located.firstColumn - 1 : statement.column
                found.append((statement.text.trimmingCharacters(in: .whitespacesAndNewlines), statement.line + located.lineOffset, column))
                return true
            }
        }
        return found
    }

    func testPiecesGiveTheSameStatementsAndPlacesAsTheWhole() {
        let script = "RETURN 1;\nRETURN 'a;b';  RETURN 3;\n// note;\nMATCH (n)\nRETURN n;\nRETURN '衢州'"
        let whole = statements(fedIn: [script])
        XCTAssertEqual(whole.map(\.0), ["RETURN 1", "RETURN 'a;b'", "RETURN 3", "// note;\nMATCH (n)\nRETURN n", "RETURN '衢州'"])
        for size in [1, 2, 3, 5, 8, 13] {
            var pieces: [String] = []
            var rest = Substring(script)
            while !rest.isEmpty {
                pieces.append(String(rest.prefix(size)))
                rest = rest.dropFirst(size)
            }
            let split = statements(fedIn: pieces + [""])
            XCTAssertEqual(split.map(\.0), whole.map(\.0), "pieces of \(size)")
            XCTAssertEqual(split.map(\.1), whole.map(\.1), "lines, pieces of \(size)")
            XCTAssertEqual(split.map(\.2), whole.map(\.2), "columns, pieces of \(size)")
        }
        XCTAssertEqual(whole.map(\.1), [1, 1, 2, 2, 5], "where the text after each `;` starts")
        XCTAssertEqual(whole[2].2, 14)
    }

    func testAReadEndingInsideACharacterKeepsItsTailForTheNext() {
        let bytes = Array("衢州".utf8)
        XCTAssertEqual(ScriptRunner.completeUTF8Prefix(bytes), 6)
        XCTAssertEqual(ScriptRunner.completeUTF8Prefix(Array(bytes[..<4])), 3)
        XCTAssertEqual(ScriptRunner.completeUTF8Prefix(Array(bytes[..<5])), 3)
        XCTAssertEqual(ScriptRunner.completeUTF8Prefix(Array("ab".utf8)), 2)
        XCTAssertEqual(ScriptRunner.completeUTF8Prefix([]), 0)
    }
}
