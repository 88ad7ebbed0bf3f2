import CLibEdit
import Foundation
import XCTest

/// Proves the libedit system-library target links and works: keep a history, save it to
/// a file and read it back.
final class LibEditLinkTests: XCTestCase {
    func testHistoryThroughLibEdit() throws {
        let history = try XCTUnwrap(history_init())
        defer { history_end(history) }
        var event = HistEvent()
        XCTAssertEqual(cg_history_setsize(history, &event, 100), 0)
        XCTAssertGreaterThanOrEqual(cg_history_enter(history, &event, "MATCH (n) RETURN n;"), 0)
        XCTAssertEqual(cg_history_first(history, &event), 0)
        XCTAssertEqual(String(cString: event.str), "MATCH (n) RETURN n;")

        let file = FileManager.default.temporaryDirectory.appendingPathComponent("cg-history-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: file) }
        XCTAssertGreaterThanOrEqual(cg_history_save(history, &event, file), 0)
        let reloaded = try XCTUnwrap(history_init())
        defer { history_end(reloaded) }
        XCTAssertEqual(cg_history_setsize(reloaded, &event, 100), 0)
        XCTAssertGreaterThanOrEqual(cg_history_load(reloaded, &event, file), 0)
        XCTAssertEqual(cg_history_first(reloaded, &event), 0)
        XCTAssertEqual(String(cString: event.str), "MATCH (n) RETURN n;")
    }
}
