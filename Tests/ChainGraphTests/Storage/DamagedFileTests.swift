import GRDB
import XCTest
@testable import ChainGraph

/// Damage found by the corruption campaign (crash-writer --corrupt) is an error, never a crash.
///
/// These tests are about the tables, so no graph image is kept: with one of the last
/// commit, open reads the image and not the tables (see `GraphImageTests`).
final class DamagedFileTests: XCTestCase {
    private let tablesOnly = DatabaseConfiguration(usesGraphImage: false)

    private func damagedFile(_ damage: String) throws -> String {
        try damagedFile { try $0.execute(sql: damage) }
    }

    private func damagedFile(_ damage: (Database) throws -> Void) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("damaged-\(UUID()).db").path
        addTeardownBlock { ["", "-wal", "-shm"].forEach { try? FileManager.default.removeItem(atPath: path + $0) } }
        let db = try GraphDatabase(path: path, configuration: tablesOnly)
        try db.execute("CHAIN (:Material) 'a' -> 'b' -> 'c' VIA FEEDS")
        db.close()
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction(damage)
        try queue.close()
        return path
    }

    private func assertRefused(_ damage: String, code: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let path = try damagedFile(damage)
        XCTAssertThrowsError(try GraphDatabase(path: path, configuration: tablesOnly), file: file, line: line) { error in
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

    /// Damage that leaves every cell well typed — a different endpoint, name, type or
    /// counter — used to load as a different graph; the checksums refuse it.
    func testWellTypedDamageIsCaughtByTheChecksums() throws {
        try assertRefused("UPDATE cg_edge SET target_node = 0 WHERE id = 0", code: "CorruptDatabase")
        try assertRefused("UPDATE cg_edge SET type = 'FEEDZ' WHERE id = 1", code: "CorruptDatabase")
        try assertRefused("UPDATE cg_node SET line = 12 WHERE id = 1", code: "CorruptDatabase")
        try assertRefused("UPDATE cg_meta SET value = value + 1 WHERE key = 'next_edge_id'", code: "CorruptDatabase")
        try assertRefused("UPDATE cg_meta SET value = '{}' WHERE key = 'schema'", code: "CorruptDatabase")
    }

    /// A flipped byte inside a name still decodes (as another name): only the checksum sees it.
    func testAFlippedByteInsideAValueIsCaught() throws {
        let path = try damagedFile { db in
            var bytes = [UInt8](try Data.fetchOne(db, sql: "SELECT properties FROM cg_node WHERE id = 2")!)
            bytes[bytes.lastIndex(of: UInt8(ascii: "c"))!] = UInt8(ascii: "d")
            try db.execute(sql: "UPDATE cg_node SET properties = ? WHERE id = 2", arguments: [Data(bytes)])
        }
        XCTAssertThrowsError(try GraphDatabase(path: path, configuration: tablesOnly)) { error in
            XCTAssertEqual((error as? ChainGraphError)?.code, "CorruptDatabase")
            XCTAssertTrue("\(error)".contains("node 2's record does not match its checksum"), "\(error)")
        }
    }

    func testAVanishedRowIsCaughtByTheRowCounts() throws {
        try assertRefused("DELETE FROM cg_edge WHERE id = 1", code: "CorruptDatabase")
        try assertRefused("DELETE FROM cg_node WHERE id = 2", code: "CorruptDatabase")
    }

    /// A version-1 file (no checksums) is upgraded at its first writable open: same graph,
    /// and from then on damage to it is caught.
    func testAVersionOneFileIsUpgradedWithChecksums() throws {
        let path = try damagedFile("""
            ALTER TABLE cg_node DROP COLUMN checksum;
            ALTER TABLE cg_edge DROP COLUMN checksum;
            DELETE FROM cg_meta WHERE key IN ('node_count', 'edge_count', 'summary_checksum');
            PRAGMA user_version = 1;
            """)
        XCTAssertThrowsError(try GraphDatabase(path: path, configuration: DatabaseConfiguration(readOnly: true, usesGraphImage: false)))
        let upgraded = try GraphDatabase(path: path, configuration: tablesOnly)
        XCTAssertEqual(try upgraded.read { [$0.nodeCount, $0.edgeCount] }, [3, 2])
        upgraded.close()
        let queue = try DatabaseQueue(path: path)
        XCTAssertEqual(try queue.read { try Int.fetchOne($0, sql: "PRAGMA user_version") }, StorageFormat.currentVersion)
        XCTAssertEqual(try queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM cg_edge WHERE checksum IS NULL") }, 0)
        try queue.write { try $0.execute(sql: "UPDATE cg_edge SET source_node = 2 WHERE id = 0") }
        try queue.close()
        XCTAssertThrowsError(try GraphDatabase(path: path, configuration: tablesOnly))
    }
}
