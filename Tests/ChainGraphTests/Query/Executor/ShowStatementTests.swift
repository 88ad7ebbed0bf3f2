import XCTest
@testable import ChainGraph

/// `SHOW PROCEDURES` and `SHOW FUNCTIONS` list what `CALL` and expressions know.
final class ShowStatementTests: XCTestCase {
    func testShowProceduresListsEverySignature() throws {
        let result = try GraphDatabase().execute("SHOW PROCEDURES")
        XCTAssertEqual(result.columns, ["name", "signature", "parameters", "required", "yields"])
        XCTAssertEqual(result.rows.map { $0[0].stringValue! }, GraphDatabase.procedureNames)
        let downstream = try XCTUnwrap(result.rows.first { $0[0] == "downstream" })
        XCTAssertEqual(downstream[1], "downstream(node, [types], [options {maxDepth}]) YIELD node, depth")
        XCTAssertEqual(downstream[3], 1)
    }

    func testShowFunctionsListsArityAndAggregates() throws {
        let rows = try GraphDatabase().execute("show functions").rows
        XCTAssertEqual(rows.first { $0[0] == "substring" }?[1...].map { $0 }, [2, 3, false])
        XCTAssertEqual(rows.first { $0[0] == "count" }?[3], true)
        XCTAssertEqual(rows.first { $0[0] == "provenance" }?[1], 1)
    }
}
