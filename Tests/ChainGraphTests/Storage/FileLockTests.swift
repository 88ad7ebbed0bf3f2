import XCTest
@testable import ChainGraph

/// One writer at a time: a second one fails at once, or waits as long as it was told to;
/// paths that are not regular files are refused before anything opens them.
final class FileLockTests: XCTestCase {
    func testASecondWriterWaitsForTheBusyTimeout() throws {
        let path = try temporaryDirectory(self).appendingPathComponent("graph.db").path
        let first = try GraphDatabase(path: path)
        assertThrowsGraphError(.storageError, "DatabaseLocked") { try GraphDatabase(path: path) }
        let started = ContinuousClock.now
        let error = assertThrowsGraphError(.storageError, "DatabaseLocked") {
            try GraphDatabase(path: path, configuration: DatabaseConfiguration(busyTimeout: .milliseconds(300)))
        }
        XCTAssertGreaterThanOrEqual(ContinuousClock.now - started, .milliseconds(300))
        XCTAssertTrue(error?.message.contains("--wait") == true, error?.message ?? "")
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.3) { first.close() }
        let second = try GraphDatabase(path: path, configuration: DatabaseConfiguration(busyTimeout: .seconds(20)))
        try second.execute("CREATE (:Material {name: 'after the wait'})")
        let reader = try GraphDatabase(path: path, configuration: DatabaseConfiguration(readOnly: true))
        XCTAssertEqual(try reader.execute("MATCH (n) RETURN count(n)").scalar, 1, "a reader needs no lock")
    }

    func testAFIFOOrADirectoryIsNoDatabase() throws {
        let folder = try temporaryDirectory(self)
        let fifo = folder.appendingPathComponent("graph.fifo").path
        XCTAssertEqual(mkfifo(fifo, 0o644), 0)
        let started = ContinuousClock.now
        assertThrowsGraphError(.ioError, "NotARegularFile") { try GraphDatabase(path: fifo) }
        assertThrowsGraphError(.ioError, "NotARegularFile") {
            try GraphDatabase(path: fifo, configuration: DatabaseConfiguration(readOnly: true))
        }
        assertThrowsGraphError(.ioError, "NotARegularFile") { try GraphDatabase(path: folder.path) }
        XCTAssertLessThan(ContinuousClock.now - started, .seconds(5), "refused at once, never waiting on the FIFO")
        if FileManager.default.fileExists(atPath: "/dev/zero") {
            assertThrowsGraphError(.ioError, "NotARegularFile") { try GraphDatabase(path: "/dev/zero") }
        }
    }
}
