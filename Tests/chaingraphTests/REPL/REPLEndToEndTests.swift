import Foundation
import XCTest

/// The REPL in a real pseudo-terminal, typed at through tmux.
final class REPLEndToEndTests: XCTestCase {
    /// Runs `Tests/EndToEnd/SCRIPT` with `interpreter` on the built binary.
    private func runEndToEnd(_ script: String, with interpreter: String) throws -> ProcessResult {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux"),
              FileManager.default.isExecutableFile(atPath: interpreter) else {
            throw XCTSkip("tmux or \(interpreter) is not installed (.ci/run installs them)")
        }
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../EndToEnd/\(script)").standardized.path
        let binary = productsDirectory.appendingPathComponent("chaingraph").path
        return try runProduct(interpreter, [path, binary], absolute: true)
    }

    /// Tests/EndToEnd/repl-in-tmux.sh: multi-line input, history, Tab, Chinese, Ctrl-C,
    /// : commands, the pager, Ctrl-D.
    func testTheREPLInATerminal() throws {
        let result = try runEndToEnd("repl-in-tmux.sh", with: "/bin/bash")
        XCTAssertEqual(result.status, 0, result.stdout + result.stderr)
        XCTAssertTrue(result.stdout.contains("REPL end-to-end: all checks passed"), result.stdout)
    }

    /// Tests/EndToEnd/readme-sessions.py: every REPL session README.md shows is typed into
    /// a 160-column tmux window and must read as README says.
    func testTheREADMESessionsAreWhatATerminalShows() throws {
        let result = try runEndToEnd("readme-sessions.py", with: "/usr/bin/python3")
        XCTAssertEqual(result.status, 0, result.stdout + result.stderr)
        XCTAssertFalse(result.stdout.contains("FAIL"), result.stdout)
    }
}
