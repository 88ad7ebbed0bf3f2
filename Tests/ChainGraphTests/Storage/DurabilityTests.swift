import ChainGraph
import Foundation
import GRDB
import XCTest

final class DurabilityTests: XCTestCase {
    func testWriteCloseReopenGivesTheSameGraph() throws {
        let path = try temporaryDirectory(self).appendingPathComponent("chains.db").path
        let db = try GraphDatabase(path: path)
        try db.write { tx in try declareMaterialSchema(tx) }
        try db.write { tx in
            let an = try tx.createNode(labels: ["Material"], properties: ["name": "acrylonitrile", "tier": 0],
                                       provenance: Provenance(source: "001_3d0212d7308dfdf8.txt", line: 12))
            let pan = try tx.createNode(labels: ["Material"], properties: ["name": "polyacrylonitrile filament",
                                                                         "aliases": ["PAN precursor", "原丝"]])
            try tx.createEdge("FEEDS", from: an, to: pan, properties: ["share": 0.5])
            let gone = try tx.createNode(labels: ["Material"], properties: ["name": "removed later"])
            try tx.deleteNode(gone)
            let maker = try tx.createNode(labels: ["Enterprise"], properties: ["name": "Juhua",
                                                                             "founded": .date(try GraphDate(iso8601: "1958-05-01"))])
            try tx.createEdge("PRODUCES", from: maker, to: an)
        }
        let before = try contents(db)
        db.close()

        let reopened = try GraphDatabase(path: path)
        let after = try contents(reopened)
        XCTAssertEqual(after.nodes, before.nodes)
        XCTAssertEqual(after.edges, before.edges)
        XCTAssertEqual(after.nodes.first?.provenance, Provenance(source: "001_3d0212d7308dfdf8.txt", line: 12))
        XCTAssertEqual(try reopened.read { $0.schema.nodeTypes.map(\.name) }, ["Material", "Enterprise"])
        XCTAssertEqual(try reopened.read { $0.adjacencyIndexMismatches() }, [])
        // Ids are never reused, even for nodes deleted before the reopen.
        let next = try reopened.write { tx in try tx.createNode(labels: ["Material"], properties: ["name": "new"]) }
        XCTAssertEqual(next, NodeID(4))
        // The primary-key index was rebuilt.
        assertThrowsGraphError(.constraintError, "DuplicatePrimaryKey") {
            try reopened.write { tx in try tx.createNode(labels: ["Material"], properties: ["name": "acrylonitrile"]) }
        }
    }

    func testClosedDatabaseRefusesCalls() throws {
        let path = try temporaryDirectory(self).appendingPathComponent("closed.db").path
        let db = try GraphDatabase(path: path)
        db.close()
        db.close()
        assertThrowsGraphError(.storageError, "DatabaseClosed") { try db.read { $0.nodeCount } }
        assertThrowsGraphError(.storageError, "DatabaseClosed") { try db.write { _ in } }
    }

    func testAFileThatIsNotChainGraphIsRefusedAndLeftUntouched() throws {
        let directory = try temporaryDirectory(self)
        let text = directory.appendingPathComponent("notes.db")
        try Data("acrylonitrile → polyacrylonitrile\n".utf8).write(to: text)
        assertThrowsGraphError(.storageError, "NotAChainGraphDatabase") { try GraphDatabase(path: text.path) }
        XCTAssertEqual(try Data(contentsOf: text), Data("acrylonitrile → polyacrylonitrile\n".utf8))

        let other = directory.appendingPathComponent("other.sqlite")
        let queue = try DatabaseQueue(path: other.path)
        try queue.write { db in try db.execute(sql: "CREATE TABLE t(x); INSERT INTO t VALUES (1)") }
        try queue.close()
        let bytes = try Data(contentsOf: other)
        assertThrowsGraphError(.storageError, "NotAChainGraphDatabase") { try GraphDatabase(path: other.path) }
        XCTAssertEqual(try Data(contentsOf: other), bytes)
    }

    func testAVersion3FileIsMigratedToSupplyFlowSchemas() throws {
        let path = try temporaryDirectory(self).appendingPathComponent("v3.db").path
        do {
            let db = try GraphDatabase(path: path)
            try db.execute("CREATE NODE TYPE Material (name STRING PRIMARY KEY)")
            try db.execute("CREATE EDGE TYPE FEEDS (FROM Material TO Material)")
            db.close()
        }
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA user_version = 3") }
        try queue.close()
        let reopened = try GraphDatabase(path: path, configuration: DatabaseConfiguration(usesGraphImage: false))
        XCTAssertEqual(try reopened.snapshot.schema.edgeType(named: "FEEDS")?.isSupplyFlow, false)
        reopened.close()
        let version = try DatabaseQueue(path: path).read { db in try Int.fetchOne(db, sql: "PRAGMA user_version") }
        XCTAssertEqual(version, 7)
        // A schema stored before the key existed decodes as not supply flow.
        let stored = #"{"name":"FEEDS","endpoints":[{"from":"Material","to":"Material"}],"properties":[]}"#
        XCTAssertEqual(try JSONDecoder().decode(EdgeType.self, from: Data(stored.utf8)).isSupplyFlow, false)
    }

    func testAVersion4FileIsMigratedToSchemasWithIndexes() throws {
        let path = try temporaryDirectory(self).appendingPathComponent("v4.db").path
        do {
            let db = try GraphDatabase(path: path)
            try db.execute("CREATE NODE TYPE Material (name STRING PRIMARY KEY, tier INT64)")
            try db.execute("CREATE (:Material {name: 'carbon fiber', tier: 2})")
            db.close()
        }
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA user_version = 4") }
        let storedSchema = try queue.read { db in try String.fetchOne(db, sql: "SELECT value FROM cg_meta WHERE key = 'schema'") }
        XCTAssertEqual(storedSchema?.contains("indexes"), false, "a schema without indexes is stored as format 4 stored it")
        try queue.close()
        let reopened = try GraphDatabase(path: path, configuration: DatabaseConfiguration(usesGraphImage: false))
        XCTAssertEqual(try reopened.snapshot.schema.indexes, [])
        try reopened.execute("CREATE INDEX FOR (m:Material) ON (m.tier)")
        XCTAssertEqual(try reopened.execute("MATCH (m:Material {tier: 2}) RETURN m.name").scalar, "carbon fiber")
        reopened.close()
        let version = try DatabaseQueue(path: path).read { db in try Int.fetchOne(db, sql: "PRAGMA user_version") }
        XCTAssertEqual(version, 7)
    }

    func testAVersion6FileIsMigratedToSchemasWithImportedGraphData() throws {
        let path = try temporaryDirectory(self).appendingPathComponent("v6.db").path
        do {
            let db = try GraphDatabase(path: path)
            try db.execute("CREATE NODE TYPE Material (name STRING PRIMARY KEY)")
            db.close()
        }
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA user_version = 6") }
        let storedSchema = try queue.read { db in try String.fetchOne(db, sql: "SELECT value FROM cg_meta WHERE key = 'schema'") }
        XCTAssertEqual(storedSchema?.contains("importedGraphs"), false, "a schema without graph data is stored as format 6 stored it")
        try queue.close()
        let reopened = try GraphDatabase(path: path, configuration: DatabaseConfiguration(usesGraphImage: false))
        XCTAssertEqual(try reopened.snapshot.schema.importedGraphs, [])
        try reopened.importGraphML(text: """
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns"><key id="g" for="graph" attr.name="title" attr.type="string"/>
            <graph edgedefault="directed"><data key="g">PAN chain</data></graph></graphml>
            """)
        reopened.close()
        let version = try DatabaseQueue(path: path).read { db in try Int.fetchOne(db, sql: "PRAGMA user_version") }
        XCTAssertEqual(version, 7)
        let again = try GraphDatabase(path: path, configuration: DatabaseConfiguration(usesGraphImage: false))
        defer { again.close() }
        XCTAssertEqual(try again.execute("CALL graphData() YIELD name, value RETURN name + '=' + value").scalar, "title=PAN chain")
    }

    func testAFileFromANewerFormatIsRefusedAndLeftUntouched() throws {
        let path = try temporaryDirectory(self).appendingPathComponent("future.db").path
        try GraphDatabase(path: path).close()
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA user_version = 99") }
        try queue.close()
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        let error = assertThrowsGraphError(.storageError, "NewerFormat") { try GraphDatabase(path: path) }
        XCTAssertTrue(error?.message.contains("format version 99") == true)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), bytes)
    }

    func testASecondWriterIsRefusedUntilTheFirstCloses() throws {
        let path = try temporaryDirectory(self).appendingPathComponent("locked.db").path
        let first = try GraphDatabase(path: path)
        try first.write { tx in try tx.createNode(labels: ["A"]) }
        assertThrowsGraphError(.storageError, "DatabaseLocked") { try GraphDatabase(path: path) }
        // Still fully usable after the refused attempt.
        try first.write { tx in try tx.createNode(labels: ["A"]) }
        first.close()
        let second = try GraphDatabase(path: path)
        XCTAssertEqual(try second.read { $0.nodeCount }, 2)
    }

    func testReadOnlyConnectionSeesCommitsOfTheWriter() throws {
        let path = try temporaryDirectory(self).appendingPathComponent("shared.db").path
        let writer = try GraphDatabase(path: path)
        try writer.write { tx in try tx.createNode(labels: ["A"]) }
        let reader = try GraphDatabase(path: path, configuration: DatabaseConfiguration(readOnly: true))
        XCTAssertEqual(try reader.read { $0.nodeCount }, 1)
        try writer.write { tx in try tx.createNode(labels: ["A"]) }
        XCTAssertEqual(try reader.read { $0.nodeCount }, 2)
        assertThrowsGraphError(.storageError, "ReadOnly") { try reader.write { tx in try tx.createNode() } }
    }

    func testCorruptEdgeRowsAreReportedNotLoaded() throws {
        let path = try temporaryDirectory(self).appendingPathComponent("corrupt.db").path
        // The tables are under test: no graph image (which open would read instead).
        let tablesOnly = DatabaseConfiguration(usesGraphImage: false)
        let db = try GraphDatabase(path: path, configuration: tablesOnly)
        try db.write { tx in
            let a = try tx.createNode(), b = try tx.createNode()
            try tx.createEdge("T", from: a, to: b)
        }
        db.close()
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in try db.execute(sql: "DELETE FROM cg_node WHERE id = 1") }
        try queue.close()
        assertThrowsGraphError(.storageError, "CorruptDatabase") { try GraphDatabase(path: path, configuration: tablesOnly) }
    }
}
