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

extension ChainGraphCommandTests {
    func testTCKSubcommandRunsAFeatureFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cg-tck-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try """
            Feature: Sample - two scenarios
              Scenario: [1] Return a literal
                Given an empty graph
                When executing query:
                  \"\"\"
                  RETURN 1 AS x
                  \"\"\"
                Then the result should be, in any order:
                  | x |
                  | 1 |
                And no side effects

              Scenario: [2] Wrong on purpose
                Given an empty graph
                When executing query:
                  \"\"\"
                  RETURN 2 AS x
                  \"\"\"
                Then the result should be, in any order:
                  | x |
                  | 3 |
            """.write(to: folder.appendingPathComponent("Sample1.feature"), atomically: true, encoding: .utf8)
        let result = try runProduct("chaingraph", ["tck", folder.path, "--failures"])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stdout.contains("TCK: 1 passed, 1 failed, 0 skipped"), result.stdout)
        XCTAssertTrue(result.stdout.contains("FAIL Sample1 [2] Wrong on purpose"), result.stdout)
    }
}

/// A mistyped subcommand is not taken for the name of a new database.
final class MistypedSubcommandTests: XCTestCase {
    func testAMistypedSubcommandIsAnErrorWithASuggestion() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cg-mistyped-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try runProduct("chaingraph", ["qeury"], stdin: "RETURN 1;", directory: folder)
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("did you mean `chaingraph query`?"), result.stderr)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), [], "no database named qeury")
        let created = try runProduct("chaingraph", ["qeury", "--create"], stdin: "RETURN 1 AS one;", directory: folder)
        XCTAssertEqual(created.status, 0, created.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder.appendingPathComponent("qeury").path))
        XCTAssertEqual(try runProduct("chaingraph", ["qeury"], stdin: "RETURN 1 AS one;", directory: folder).status, 0,
                       "an existing file opens")
        XCTAssertEqual(try runProduct("chaingraph", ["chains.cg"], stdin: "RETURN 1 AS one;", directory: folder).status, 0,
                       "a name with an extension is a new database")
    }
}
