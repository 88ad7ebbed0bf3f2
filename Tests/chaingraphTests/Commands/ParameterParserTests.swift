import ChainGraph
import XCTest
@testable import chaingraph

/// `--param NAME=VALUE` takes Cypher literals and temporal constructors only;
/// `--param-json NAME=JSON` takes JSON.
final class ParameterParserTests: XCTestCase {
    func testLiteralsAndDates() throws {
        let parsed = try ParameterParser.parse(["n=42", "x=-2.5e3", "s='it\\'s'", "t=\"dq\"", "b=true", "z=null",
                                                "l=[1, 'a', [true]]", "m={k: 1, `a b`: 'v'}", "d=date('2024-01-01')", "e=[]"])
        XCTAssertEqual(parsed["n"], 42)
        XCTAssertEqual(parsed["s"], "it's")
        XCTAssertEqual(parsed["x"], -2500.0)
        XCTAssertEqual(parsed["t"], "dq")
        XCTAssertEqual(parsed["b"], true)
        XCTAssertEqual(parsed["z"], .null)
        XCTAssertEqual(parsed["l"], [1, "a", [true]])
        XCTAssertEqual(parsed["m"], .map(["k": 1, "a b": "v"]))
        XCTAssertEqual(parsed["d"], .date(try GraphDate(iso8601: "2024-01-01")))
        XCTAssertEqual(parsed["e"], .list([]))
    }

    func testAnythingElseIsAnErrorWithItsColumn() {
        let cases: [(String, String)] = [
            ("d=2024-01-01", "column 5"),            // Cypher would read 2022
            ("w=acrylonitrile", "column 1"),         // unquoted text
            ("l=[1, 2", "column 6"),                 // unclosed list
            ("s='open", "unclosed string"),
            ("f=toUpper('x')", "column 1"),          // a function call is not a literal
            ("q=1 + 1", "column 3"),
            ("empty=", "a value is missing"),
            ("d=date('2024-13-01')", "InvalidDate"),
        ]
        for (item, expected) in cases {
            XCTAssertThrowsError(try ParameterParser.parse([item]), item) { error in
                XCTAssertTrue("\(error)".contains(expected), "\(item): \(error)")
            }
        }
        XCTAssertThrowsError(try ParameterParser.parse(["=1"]))
    }

    func testJSONParameters() throws {
        let parsed = try ParameterParser.parse([], json: [#"j={"a": [1, 2.5], "d": {"$date": "2024-01-01"}}"#, "s=\"plain\""])
        XCTAssertEqual(parsed["j"], .map(["a": [1, 2.5], "d": .date(try GraphDate(iso8601: "2024-01-01"))]))
        XCTAssertEqual(parsed["s"], "plain")
        XCTAssertThrowsError(try ParameterParser.parse([], json: ["bad={"]))
    }
}
