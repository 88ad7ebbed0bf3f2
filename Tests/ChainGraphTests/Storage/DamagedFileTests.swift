import GRDB
import XCTest
@testable import ChainGraph

/// Damage found by the corruption campaign (crash-writer --corrupt) is an error, never a crash.
final class DamagedFileTests: XCTestCase {
    private func damagedFile(_ damage: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("damaged-\(UUID()).db").path
        addTeardownBlock { ["", "-wal", "-shm"].forEach { try? FileManager.default.removeItem(atPath: path + $0) } }
        let db = try GraphDatabase(path: path)
        try db.execute("CHAIN (:Material) 'a' -> 'b' -> 'c' VIA FEEDS")
        db.close()
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction { try $0.execute(sql: damage) }
        try queue.close()
        return path
    }

    private func assertRefused(_ damage: String, code: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let path = try damagedFile(damage)
        XCTAssertThrowsError(try GraphDatabase(path: path), file: file, line: line) { error in
            XCTAssertEqual((error as? ChainGraphError)?.code, code, "\(error)", file: file, line: line)
        }
    }

    /// The campaign's crash was a NULL read as an integer (GRDB's fatal conversion); cells of
    /// the wrong type take the same path.
    func testACellOfTheWrongTypeIsCorruptionNotACrash() throws {
        try assertRefused("UPDATE cg_edge SET source_node = 'x' WHERE id = 0", code: "CorruptDatabase")
        try assertRefused("UPDATE cg_edge SET type = x'00ff' WHERE id = 1", code: "CorruptDatabase")
        try assertRefused("UPDATE cg_node SET labels = 3.5 WHERE id = 1", code: "CorruptDatabase")
        try assertRefused("UPDATE cg_node SET line = 'seven' WHERE id = 1", code: "CorruptDatabase")
    }

    func testANegativeFormatVersionIsRefused() throws {
        try assertRefused("PRAGMA user_version = -7", code: "CorruptDatabase")
    }

    func testAbsurdCountersAreRefused() throws {
        try assertRefused("UPDATE cg_meta SET value = 4000000000 WHERE key = 'next_node_id'", code: "CorruptDatabase")
        try assertRefused("UPDATE cg_meta SET value = 'many' WHERE key = 'next_edge_id'", code: "CorruptDatabase")
    }
}
