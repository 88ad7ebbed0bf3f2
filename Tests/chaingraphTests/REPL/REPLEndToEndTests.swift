import Foundation
import XCTest

/// Runs Tests/EndToEnd/repl-in-tmux.sh against the built binary: the REPL in a real
/// pseudo-terminal, typed at through tmux (multi-line input, history, Tab, Ctrl-C, Ctrl-D).
final class REPLEndToEndTests: XCTestCase {
    func testTheREPLInATerminal() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") else {
            throw XCTSkip("tmux is not installed (.ci/run installs it)")
        }
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../EndToEnd/repl-in-tmux.sh").standardized.path
        let binary = productsDirectory.appendingPathComponent("chaingraph").path
        let result = try runProduct("/bin/bash", [script, binary], absolute: true)
        XCTAssertEqual(result.status, 0, result.stdout + result.stderr)
        XCTAssertTrue(result.stdout.contains("REPL end-to-end: all checks passed"), result.stdout)
    }

    /// Tests/EndToEnd/readme-sessions.py: every REPL session README.md shows is typed into
    /// a 160-column tmux window and must read as README says.
    func testTheREADMESessionsAreWhatATerminalShows() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux"),
              FileManager.default.isExecutableFile(atPath: "/usr/bin/python3") else {
            throw XCTSkip("tmux or python3 is not installed (.ci/run installs them)")
        }
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../EndToEnd/readme-sessions.py").standardized.path
        let binary = productsDirectory.appendingPathComponent("chaingraph").path
        let result = try runProduct("/usr/bin/python3", [script, binary], absolute: true)
        XCTAssertEqual(result.status, 0, result.stdout + result.stderr)
        XCTAssertFalse(result.stdout.contains("FAIL"), result.stdout)
    }
}
