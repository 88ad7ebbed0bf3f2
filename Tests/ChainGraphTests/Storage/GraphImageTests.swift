import Foundation
import GRDB
import XCTest
@testable import ChainGraph

/// The graph image: the same graph as the tables, used only when it is of this database's
/// last commit and intact, and never a crash when it is not.
final class GraphImageTests: XCTestCase {
    /// A strict graph with every value type, deletions, renamed keys and several commits.
    private func makeDatabase() throws -> String {
        let path = try temporaryDirectory(self).appendingPathComponent("image.db").path
        let db = try GraphDatabase(path: path)
        try db.write { tx in try declareMaterialSchema(tx) }
        var seed: UInt64 = 7
        func next(_ bound: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(bound))
        }
        var materials: [NodeID] = [], enterprises: [NodeID] = []
        try db.write { tx in
            for index in 0..<1_100 {
                materials.append(try tx.createNode(labels: ["Material"], properties: [
                    "name": .string(index % 3 == 0 ? "碳纤维 \(index) <&\"'>" : "material \(index)"), "tier": .int(Int64(index % 7)),
                    "share": .double(Double(index) / 7), "aliases": .list([.string("a\(index)"), .string("")]),
                ], provenance: Provenance(source: index % 2 == 0 ? "001_article.txt" : nil, line: index % 5 == 0 ? nil : Int64(index))))
            }
            for index in 0..<40 {
                enterprises.append(try tx.createNode(labels: ["Enterprise"], properties: [
                    "name": .string("enterprise \(index)"), "founded": .date(GraphDate(daysSinceEpoch: Int64(index * 400))),
                    "opened": .dateTime(GraphDateTime(epochSeconds: Int64(index) * 86_400_007, nanosecond: Int64(index),
                                                      zone: index % 2 == 0 ? .named("Asia/Shanghai") : .offset(-18_000))),
                    "shift": .time(try GraphTime(localTime: GraphLocalTime(nanosecondOfDay: Int64(index) * 999_999_999), offsetSeconds: 28_800)),
                    "lead": .duration(try GraphDuration(months: Int64(index), days: -1, seconds: -Int64(index), nanoseconds: 5)),
                ]))
            }
        }
        try db.write { tx in
            for _ in 0..<1_400 {
                try tx.createEdge("FEEDS", from: materials[next(materials.count)], to: materials[next(materials.count)],
                                  properties: next(2) == 0 ? [:] : ["share": .double(Double(next(100)) / 100)])
            }
            for index in 0..<120 { try tx.createEdge("PRODUCES", from: enterprises[index % 40], to: materials[next(materials.count)]) }
        }
        try db.write { tx in
            for index in stride(from: 5, to: 1_100, by: 23) { try tx.deleteNode(materials[index], detach: true) }
            try tx.setProperty("name", to: "renamed material", on: materials[1])
            try tx.setProperty("tier", to: 99, on: materials[2])
            for edge in tx.snapshot.edgeIDs().prefix(40) where next(3) == 0 { try tx.deleteEdge(edge) }
        }
        // Created after the others: lives in the adjacency delta and the key overlay.
        try db.write { tx in
            let late = try tx.createNode(labels: ["Material"], properties: ["name": "late"])
            try tx.createEdge("FEEDS", from: late, to: materials[3])
        }
        db.close()
        return path
    }

    /// The graph a read-only store loads, and whether it came from the image.
    private func load(_ path: String, usesImage: Bool = true) throws -> (state: GraphState, fromImage: Bool) {
        let store = try SQLiteStore(path: path, readOnly: true, synchronous: .full, usesImage: usesImage)
        defer { store.close() }
        let state = try store.load()
        return (state, store.loadedFromImage)
    }

    private func assertSameGraph(_ image: GraphState, _ tables: GraphState, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(image.nextNodeID, tables.nextNodeID, file: file, line: line)
        XCTAssertEqual(image.nextEdgeID, tables.nextEdgeID, file: file, line: line)
        XCTAssertEqual([image.nodeCount, image.edgeCount], [tables.nodeCount, tables.edgeCount], file: file, line: line)
        XCTAssertEqual(image.schema, tables.schema, file: file, line: line)
        XCTAssertEqual((0..<image.nextNodeID).map { image.node($0) }, (0..<tables.nextNodeID).map { tables.node($0) }, file: file, line: line)
        XCTAssertEqual((0..<image.nextEdgeID).map { image.edge($0) }, (0..<tables.nextEdgeID).map { tables.edge($0) }, file: file, line: line)
        XCTAssertEqual(image.adjacencyMismatches(), [], file: file, line: line)
        for node in 0..<tables.nextNodeID {
            for direction in Direction.allCases {
                var fromImage: [Int64] = [], fromTables: [Int64] = []
                image.forEachEdge(of: node, type: nil, direction: direction) { edge, _ in fromImage.append(edge); return true }
                tables.forEachEdge(of: node, type: nil, direction: direction) { edge, _ in fromTables.append(edge); return true }
                XCTAssertEqual(fromImage.sorted(), fromTables.sorted(), "node \(node) \(direction)", file: file, line: line)
            }
            guard let record = tables.nodeRecord(node), let key = tables.primaryKey(of: record) else { continue }
            let typeName = tables.labels.name(of: key.type)
            XCTAssertEqual(image.primaryKeyOwner(PrimaryKey(type: image.labels.id(of: typeName)!, value: key.value)), node,
                           "key of node \(node)", file: file, line: line)
        }
    }

    func testTheImageHoldsTheSameGraphAsTheTables() throws {
        let path = try makeDatabase()
        XCTAssertTrue(FileManager.default.fileExists(atPath: GraphImage.path(for: path)))
        let image = try load(path), tables = try load(path, usesImage: false)
        XCTAssertTrue(image.fromImage)
        XCTAssertFalse(tables.fromImage)
        assertSameGraph(image.state, tables.state)
        XCTAssertNil(image.state.primaryKeyOwner(.init(type: image.state.labels.id(of: "Material")!, value: "material 1")))
    }

    /// The payload written straight from the tables' graph reads back the same graph, with
    /// several pages per section; chunks of another size are refused.
    func testAPayloadReadsBackTheSameGraph() throws {
        let path = try makeDatabase()
        let tables = try load(path, usesImage: false).state
        let identity = try DatabaseQueue(path: path).read { try StoredSummary.imageIdentity($0)! }
        let counters = GraphImageReader.Counters(nextNodeID: tables.nextNodeID, nextEdgeID: tables.nextEdgeID,
                                                 nodeCount: Int64(tables.nodeCount), edgeCount: Int64(tables.edgeCount))
        XCTAssertGreaterThan(tables.nextNodeID, 1024)
        XCTAssertGreaterThan(tables.nextEdgeID, 1024)
        let payload = try GraphImageWriter(state: tables, databaseID: identity.databaseID).payload()
        assertSameGraph(try GraphImageReader(payload: payload).decode(databaseID: identity.databaseID, counters: counters), tables)
        XCTAssertThrowsError(try GraphImageReader(payload: payload).decode(databaseID: "another", counters: counters))
        let wide = try GraphImageWriter(state: tables, databaseID: identity.databaseID, chunkSize: 2048).payload()
        XCTAssertThrowsError(try GraphImageReader(payload: wide).decode(databaseID: identity.databaseID, counters: counters))
    }

    /// Pages decode on first read; threads reading the same fresh pages at once all see
    /// whole records (run under ThreadSanitizer by Tests/Reliability/sanitizers.sh).
    func testThreadsReadingFreshPagesAtOnceSeeTheSameRecords() throws {
        let path = try makeDatabase()
        let tables = try load(path, usesImage: false).state
        let expected = (0..<tables.nextEdgeID).map { tables.edge($0) }
        for _ in 0..<3 {
            let image = try load(path)
            XCTAssertTrue(image.fromImage)
            let state = image.state
            let mismatches = Locked(0)
            DispatchQueue.concurrentPerform(iterations: 8) { thread in
                // Each thread starts at another page, so first reads race on every page.
                let count = Int(state.nextEdgeID)
                for step in 0..<count {
                    let id = (step + thread * 157) % count
                    if state.edge(Int64(id)) != expected[id] { mismatches.value += 1 }
                }
                _ = state.nodeRecord(Int64(thread))
            }
            XCTAssertEqual(mismatches.value, 0)
        }
    }

    /// Writes after an image (by a connection that keeps no image, like a process killed
    /// before it closed) make it stale: it is ignored, and the commits are all there.
    func testAStaleImageIsIgnored() throws {
        let path = try makeDatabase()
        let noImage = try GraphDatabase(path: path, configuration: DatabaseConfiguration(usesGraphImage: false))
        try noImage.write { tx in _ = try tx.createNode(labels: ["Material"], properties: ["name": "after the image"]) }
        noImage.close()
        let reopened = try load(path)
        XCTAssertFalse(reopened.fromImage)
        XCTAssertEqual(reopened.state.nodeCount, try load(path, usesImage: false).state.nodeCount)

        // The next writable close saves a fresh image, used from then on; a close without
        // commits after an image load keeps it as it is.
        try GraphDatabase(path: path).close()
        let fresh = try load(path)
        XCTAssertTrue(fresh.fromImage)
        XCTAssertEqual(fresh.state.nodeCount, reopened.state.nodeCount)
    }

    func testAnImageOfAnotherDatabaseIsIgnored() throws {
        let first = try makeDatabase(), second = try makeDatabase()
        // The first's payload under the second's commit token: only the database id tells them apart.
        let payload = try XCTUnwrap(GraphImage.readPayload(at: GraphImage.path(for: first), generation: try token(of: first)))
        try GraphImage.write(payload, generation: try token(of: second), to: GraphImage.path(for: second))
        XCTAssertFalse(try load(second).fromImage)
        try GraphImage.write(payload, generation: try token(of: first), to: GraphImage.path(for: first))
        XCTAssertTrue(try load(first).fromImage, "the same bytes are used by the database they belong to")
    }

    private func token(of path: String) throws -> Int64 {
        try DatabaseQueue(path: path).read { try XCTUnwrap(StoredSummary.imageIdentity($0)).generation }
    }

    /// A backup restored while a newer image stays beside it, then committed to, then a crash
    /// (the image is not saved again): the next open reads the restored file's own data.
    func testABackupRestoredBesideANewerImageIsReadFromItsTables() throws {
        let folder = try temporaryDirectory(self)
        let path = folder.appendingPathComponent("graph.db").path, backup = folder.appendingPathComponent("backup.db").path
        func count(_ db: GraphDatabase) throws -> Value? { try db.execute("MATCH (n) RETURN collect(n.name) AS names").scalar }
        var db: GraphDatabase? = try GraphDatabase(path: path)
        try db!.execute("CREATE (:Material {name: 'kept'})")
        db!.close()
        try FileManager.default.copyItem(atPath: path, toPath: backup)
        db = try GraphDatabase(path: path)
        try db!.execute("CREATE (:Material {name: 'discarded timeline'})")
        db!.close()
        XCTAssertTrue(FileManager.default.fileExists(atPath: GraphImage.path(for: path)))

        try FileManager.default.removeItem(atPath: path)
        try FileManager.default.copyItem(atPath: backup, toPath: path)
        db = try GraphDatabase(path: path)
        try db!.execute("CREATE (:Material {name: 'after the restore'})")
        // The crash: the files as they are on disk now, with the newer timeline's image beside them.
        let crashed = folder.appendingPathComponent("crashed")
        try FileManager.default.createDirectory(at: crashed, withIntermediateDirectories: true)
        for suffix in ["", "-wal", "-image"] where FileManager.default.fileExists(atPath: path + suffix) {
            try FileManager.default.copyItem(atPath: path + suffix, toPath: crashed.appendingPathComponent("graph.db" + suffix).path)
        }
        db!.close()
        let recovered = try GraphDatabase(path: crashed.appendingPathComponent("graph.db").path)
        XCTAssertEqual(try recovered.execute("MATCH (n) RETURN n.name ORDER BY n.name").rows.map { $0[0] },
                       ["after the restore", "kept"])
        try recovered.execute("CREATE (:Material {name: 'next'})")
        XCTAssertEqual(try recovered.execute("MATCH (n) RETURN count(n)").scalar, 3, "the next write overwrites nothing")
    }

    /// Flipped bytes anywhere, with or without a matching checksum, and truncation: the
    /// image is refused or decodes to a consistent graph; never a crash.
    func testADamagedImageIsRefusedWithoutACrash() throws {
        let path = try makeDatabase()
        let imagePath = GraphImage.path(for: path)
        let original = try Data(contentsOf: URL(fileURLWithPath: imagePath))
        let tables = try load(path, usesImage: false).state
        let generation = try DatabaseQueue(path: path).read { try StoredSummary.imageIdentity($0)!.generation }
        var seed: UInt64 = 99
        var refused = 0
        for trial in 0..<200 {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            var bytes = [UInt8](original)
            let position = Int((seed >> 20) % UInt64(bytes.count))
            bytes[position] ^= UInt8(truncatingIfNeeded: seed >> 8) | 1
            if trial % 2 == 0 {
                // The checksum alone refuses this one.
                try Data(bytes).write(to: URL(fileURLWithPath: imagePath))
                XCTAssertFalse(try load(path).fromImage, "flip at \(position)")
            } else if position >= GraphImage.headerSize {
                // A checksum made to match: the decoder's checks are all that is left.
                try GraphImage.write(Array(bytes[GraphImage.headerSize...]), generation: generation, to: imagePath)
                let result = try load(path)
                if result.fromImage {
                    XCTAssertEqual(result.state.adjacencyMismatches(), [], "flip at \(position)")
                } else {
                    refused += 1
                    XCTAssertEqual(result.state.nodeCount, tables.nodeCount)
                }
            }
        }
        XCTAssertGreaterThan(refused, 20)
        for length in [0, 8, GraphImage.headerSize, original.count / 2, original.count - 1] {
            try original.prefix(length).write(to: URL(fileURLWithPath: imagePath))
            XCTAssertFalse(try load(path).fromImage, "truncated to \(length)")
        }
        try (original + Data([0])).write(to: URL(fileURLWithPath: imagePath))
        XCTAssertFalse(try load(path).fromImage, "a byte too many")
    }

    /// With an image of the last commit, open reads the image, not the tables: damage to
    /// the tables is found by an open that reads them (`usesGraphImage: false`).
    func testTablesBehindAFreshImageAreCheckedWhenReadWithoutIt() throws {
        let path = try makeDatabase()
        let queue = try DatabaseQueue(path: path)
        try queue.write { try $0.execute(sql: "UPDATE cg_node SET line = 12345 WHERE id = 0") }
        try queue.close()
        XCTAssertTrue(try load(path).fromImage)
        assertThrowsGraphError(.storageError, "CorruptDatabase") {
            try GraphDatabase(path: path, configuration: DatabaseConfiguration(usesGraphImage: false))
        }
    }

    func testReadOnlyAndImagelessConnectionsWriteNoImage() throws {
        let path = try temporaryDirectory(self).appendingPathComponent("plain.db").path
        let db = try GraphDatabase(path: path, configuration: DatabaseConfiguration(usesGraphImage: false))
        try db.execute("CHAIN (:Material) 'a' -> 'b' VIA FEEDS")
        db.close()
        try GraphDatabase(path: path, configuration: DatabaseConfiguration(readOnly: true)).close()
        XCTAssertFalse(FileManager.default.fileExists(atPath: GraphImage.path(for: path)))
        try GraphDatabase(path: path).close()
        XCTAssertTrue(FileManager.default.fileExists(atPath: GraphImage.path(for: path)))
    }
}
