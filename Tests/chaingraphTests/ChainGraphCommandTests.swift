import Foundation
import XCTest

/// Runs the built `chaingraph` binary as a user would.
final class ChainGraphCommandTests: XCTestCase {
    func testVersionPrintsTheLibraryVersion() throws {
        let result = try runProduct("chaingraph", ["--version"])
        XCTAssertEqual(result.status, 0)
        XCTAssertEqual(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines), "0.1.0")
    }

    func testHelpDescribesTheTool() throws {
        let result = try runProduct("chaingraph", ["--help"])
        XCTAssertEqual(result.status, 0)
        XCTAssertTrue(result.stdout.contains("embedded graph database for industrial supply chains"))
    }
}
