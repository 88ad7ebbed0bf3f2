import ChainGraph
import XCTest

final class ChainGraphErrorTests: XCTestCase {
    func testRendersKindCodePositionAndMessage() {
        let error = ChainGraphError(.syntaxError, .undefinedVariable, "variable 'm' is not defined",
                                    at: SourcePosition(line: 1, column: 27))
        XCTAssertEqual(error.description, "SyntaxError (UndefinedVariable) at 1:27: variable 'm' is not defined")
        let inFile = ChainGraphError(.syntaxError, .malformedXML, "tag mismatch",
                                     at: SourcePosition(file: "chain.graphml", line: 3, column: 5))
        XCTAssertEqual(inFile.description, "SyntaxError (MalformedXML) at chain.graphml:3:5: tag mismatch")
    }

    func testCaretExcerptPointsAtTheColumn() throws {
        let db = GraphDatabase()
        let query = "MATCH (material)\nRETURN materail.name"
        do {
            try db.execute(query)
            XCTFail("expected an error")
        } catch let error as ChainGraphError {
            XCTAssertEqual(error.excerpt(in: query), "2 | RETURN materail.name\n  |        ^")
        }
        XCTAssertNil(ChainGraphError(.ioError, .readFailed, "no position").excerpt(in: query))
    }

    func testLocalizedDescriptionSaysWhatWentWrong() {
        let error: Error = ChainGraphError(.syntaxError, .undefinedVariable, "variable 'x' is not defined",
                                           at: SourcePosition(file: nil, line: 1, column: 8))
        XCTAssertEqual(error.localizedDescription, "SyntaxError (UndefinedVariable) at 1:8: variable 'x' is not defined")
    }

    func testEveryCodeRendersAsItsUpperCamelCaseName() {
        for code in ErrorCode.allCases {
            XCTAssertEqual(ChainGraphError(.syntaxError, code, "m").code, code.rawValue)
            XCTAssertTrue(code.rawValue.first!.isUppercase, code.rawValue)
            XCTAssertEqual(String(describing: code).lowercased(), code.rawValue.lowercased(),
                           "the case name is the code's name in lowerCamelCase")
        }
        XCTAssertEqual(ErrorCode(rawValue: "DuplicatePrimaryKey"), .duplicatePrimaryKey)
    }
}
