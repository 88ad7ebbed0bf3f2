import GRDB
import XCTest
@testable import ChainGraph

/// A database file may come from anyone: schema objects ChainGraph did not create never
/// run inside its commits, and SQLite runs in its defensive settings.
final class UntrustedFileTests: XCTestCase {
    private func database(planting sql: String) throws -> String {
        let path = try temporaryDirectory(self).appendingPathComponent("planted.db").path
        let db = try GraphDatabase(path: path)
        try db.execute("CREATE (:Material {name: 'silicon'})-[:FEEDS]->(:Material {name: 'polysilicon'})")
        db.close()
        try DatabaseQueue(path: path).writeWithoutTransaction { try $0.execute(sql: sql) }
        try? FileManager.default.removeItem(atPath: GraphImage.path(for: path))
        return path
    }

    func testAFileWithAPlantedTriggerIsNotOpenedForWriting() throws {
        let path = try database(planting: "CREATE TRIGGER wipe AFTER INSERT ON cg_node BEGIN DELETE FROM cg_edge; END")
        let error = assertThrowsGraphError(.storageError, "ForeignSchemaObject") { try GraphDatabase(path: path) }
        XCTAssertTrue(error?.message.contains("trigger 'wipe'") == true, error?.message ?? "")
        let reader = try GraphDatabase(path: path, configuration: DatabaseConfiguration(readOnly: true))
        XCTAssertEqual(try reader.execute("MATCH ()-[r]->() RETURN count(r)").scalar, 1)
        XCTAssertEqual(reader.openWarnings.count, 1)
        XCTAssertTrue(reader.openWarnings[0].contains("trigger 'wipe'"), reader.openWarnings[0])
        let rows = try DatabaseQueue(path: path).read { try Int.fetchOne($0, sql: "SELECT count(*) FROM cg_edge") }
        XCTAssertEqual(rows, 1, "the file was left untouched")
    }

    func testViewsAndForeignTablesAreRefusedToo() throws {
        for sql in ["CREATE VIEW everything AS SELECT * FROM cg_node", "CREATE TABLE notes (text TEXT)",
                    "CREATE INDEX by_line ON cg_node(line)"] {
            let path = try database(planting: sql)
            XCTAssertNotNil(assertThrowsGraphError(.storageError, "ForeignSchemaObject") { try GraphDatabase(path: path) }, sql)
        }
    }

    func testConnectionsRunWithTheSchemaUntrusted() throws {
        let path = try temporaryDirectory(self).appendingPathComponent("plain.db").path
        let store = try SQLiteStore(path: path, readOnly: false, synchronous: .full)
        defer { store.close() }
        XCTAssertEqual(try store.pragmaValue("trusted_schema"), 0)
        XCTAssertTrue(try GraphDatabase(path: try temporaryDirectory(self).appendingPathComponent("ok.db").path).openWarnings.isEmpty)
    }
}
