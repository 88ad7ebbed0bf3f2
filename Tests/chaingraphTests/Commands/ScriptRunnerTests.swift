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

    /// The events of a script fed in pieces of `size`: statements as "S text@line", commands as "C text@line".
    private func events(_ script: String, size: Int) -> [String] {
        var reader = ScriptReader()
        var found: [String] = []
        var pieces: [String] = []
        var rest = Substring(script)
        while !rest.isEmpty {
            pieces.append(String(rest.prefix(size)))
            rest = rest.dropFirst(size)
        }
        pieces.append("")
        for (index, piece) in pieces.enumerated() {
            _ = reader.feed(piece, atEnd: index == pieces.count - 1, isCommand: MetaCommand.isKnownCommand,
                            command: { line, number in found.append("C \(line)@\(number)"); return true }) { located, _ in
                let text = located.statement.text.trimmingCharacters(in: .whitespacesAndNewlines)
                found.append("S \(text)@\(located.statement.line + located.lineOffset)")
                return true
            }
        }
        return found
    }

    func testCommandLinesRunInOrderOutsideStringsAndKeepLineNumbers() {
        let script = "RETURN 1;\n:format csv\nRETURN 2\n  :param x 5\nAS b;\nRETURN '\n:quit\n';\n:bogus\nRETURN 3;"
        // A statement's line is where the text after the `;` before it starts (line 1 for the
        // second statement, which starts after `RETURN 1;`); command lines count as empty lines.
        let expected = ["S RETURN 1@1", "C :format csv@2", "C :param x 5@4", "S RETURN 2\n\nAS b@1",
                        "S RETURN '\n:quit\n'@5", "S :bogus\nRETURN 3@8"]
        for size in [1, 3, 7, 200] {
            XCTAssertEqual(events(script, size: size), expected, "pieces of \(size)")
        }
    }

    func testPipedScriptsTakeCommands() throws {
        let script = "RETURN 1 AS a;\n:format csv\n:param x 5\nRETURN $x AS x;\n:quit\nRETURN 9 AS never;\n"
        let result = try runProduct("chaingraph", ["--empty"], stdin: script)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.hasSuffix("\nx\r\n5\r\n"), result.stdout)
        XCTAssertFalse(result.stdout.contains("never"))
        XCTAssertTrue(result.stderr.contains("format: csv"), result.stderr)
        let windows = try runProduct("chaingraph", ["--empty"], stdin: "RETURN 1 AS a;\r\n:format csv\r\nRETURN 2 AS b;\r\n")
        XCTAssertTrue(windows.stdout.hasSuffix("b\r\n2\r\n"), "CRLF lines: " + windows.stdout + windows.stderr)
    }
}
