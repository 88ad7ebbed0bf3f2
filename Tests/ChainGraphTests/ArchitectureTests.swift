import XCTest

/// The folder layering of `Sources/ChainGraph` (docs/architecture.md): dependencies point
/// down only, and only Storage/ names the graph's raw representation.
final class ArchitectureTests: XCTestCase {
    func testFolderDependenciesRunOneWay() throws {
        let (status, report) = try runRepositoryScript("folder_graph.py", ["--quiet"])
        XCTAssertEqual(status, 0, report)
        XCTAssertTrue(report.contains(" 0 problems"), report)
    }
}
