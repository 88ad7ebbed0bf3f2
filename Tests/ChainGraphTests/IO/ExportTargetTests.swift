import XCTest
@testable import ChainGraph

/// Exports never destroy data: targets are replaced only when complete, protected files and
/// databases are refused, FIFOs and devices are written in place.
final class ExportTargetTests: XCTestCase {
    private func graph() throws -> GraphDatabase {
        let db = GraphDatabase()
        try db.execute("CREATE (:Material {name: 'acrylonitrile'})-[:FEEDS]->(:Material {name: 'PAN filament'})")
        return db
    }

    private func leftovers(in folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains(".chaingraph-") }
    }

    func testAFailedExportLeavesTheOldFileAndNoFragment() throws {
        let folder = try temporaryDirectory(self)
        let path = folder.appendingPathComponent("chain.graphml").path
        try "the good earlier export".write(toFile: path, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: path)
        do {
            let target = try ExportTarget(path: path)
            try Array("half an export".utf8).withUnsafeBytes { try target.write($0) }
            XCTAssertEqual(try leftovers(in: folder).count, 1, "written beside the target")
            // The export fails here: the target is dropped unfinished.
        }
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "the good earlier export")
        XCTAssertEqual(try leftovers(in: folder), [])
        // A query that fails while the selection is built leaves it too.
        assertThrowsGraphError(.semanticError, "ReadOnlyQueryExpected") {
            try graph().exportGraphML(to: path, options: GraphExportOptions(scope: .query("MATCH (n) DELETE n", parameters: [:])))
        }
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "the good earlier export")
        // A successful one replaces it and keeps its mode.
        try graph().exportGraphML(to: path)
        XCTAssertTrue(try String(contentsOfFile: path, encoding: .utf8).contains("acrylonitrile"))
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int, 0o640)
        XCTAssertEqual(try leftovers(in: folder), [])
    }

    func testANewFileGetsTheModeTheUmaskGives() throws {
        let path = try temporaryDirectory(self).appendingPathComponent("new.graphml").path
        try graph().exportGraphML(to: path)
        let mask = umask(0o022)
        umask(mask)
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int, Int(0o666 & ~mask))
    }

    func testProtectedFilesAreRefused() throws {
        let folder = try temporaryDirectory(self)
        let readOnly = folder.appendingPathComponent("read-only.graphml").path
        try "keep".write(toFile: readOnly, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: readOnly)
        assertThrowsGraphError(.ioError, "TargetProtected") { try graph().exportGraphML(to: readOnly) }
        XCTAssertEqual(try String(contentsOfFile: readOnly, encoding: .utf8), "keep")
        if geteuid() == 0 {
            let other = folder.appendingPathComponent("other.graphml").path
            try "theirs".write(toFile: other, atomically: true, encoding: .utf8)
            XCTAssertEqual(chown(other, 65534, 65534), 0)
            assertThrowsGraphError(.ioError, "TargetProtected") { try graph().exportDOT(to: other) }
            XCTAssertEqual(try String(contentsOfFile: other, encoding: .utf8), "theirs", "root too leaves another user's file")
        }
        assertThrowsGraphError(.ioError, "CannotOpenFile") { try graph().exportGraphML(to: folder.path) }
        assertThrowsGraphError(.ioError, "CannotOpenFile") { try graph().exportGraphML(to: folder.path + "/missing/x.graphml") }
    }

    func testTheOpenDatabaseAndOtherDatabasesAreRefused() throws {
        let folder = try temporaryDirectory(self)
        let path = folder.appendingPathComponent("graph.db").path
        let db = try GraphDatabase(path: path, configuration: DatabaseConfiguration(fileAccess: .directory(folder)))
        try db.execute("CREATE (:Material {name: 'a'})")
        for target in ["graph.db", "graph.db-wal", "graph.db-shm", "graph.db-image", "./graph.db"] {
            assertThrowsGraphError(.ioError, "TargetIsDatabase") { try db.execute("EXPORT GRAPHML TO '\(target)'") }
        }
        assertThrowsGraphError(.ioError, "TargetIsDatabase") { try db.exportGraphML(to: path) }
        XCTAssertEqual(try db.execute("MATCH (n) RETURN count(n)").scalar, 1)
        db.close()
        // Another database, found by its content.
        let other = GraphDatabase()
        for name in ["graph.db", "graph.db-image"] {
            assertThrowsGraphError(.ioError, "TargetIsDatabase") { try other.exportGraphML(to: folder.appendingPathComponent(name).path) }
        }
        let reopened = try GraphDatabase(path: path)
        XCTAssertEqual(try reopened.execute("MATCH (n) RETURN count(n)").scalar, 1, "nothing lost")
    }

    func testDevicesAreWrittenInPlaceAndAFullDeviceSaysDiskFull() throws {
        try graph().exportGraphML(to: "/dev/null")
        var status = stat()
        XCTAssertEqual(stat("/dev/null", &status), 0)
        XCTAssertEqual(status.st_mode & S_IFMT, S_IFCHR, "still the device")
        if FileManager.default.fileExists(atPath: "/dev/full") {
            let error = assertThrowsGraphError(.ioError, "DiskFull") { try graph().exportGraphML(to: "/dev/full") }
            XCTAssertTrue(error?.message.contains("disk full") == true, error?.message ?? "")
            assertThrowsGraphError(.ioError, "DiskFull") { try graph().exportDOT(to: "/dev/full") }
        }
    }

    func testAFIFOIsWrittenInPlaceAndItsWaitEndsAtTheTimeLimit() throws {
        let folder = try temporaryDirectory(self)
        let fifo = folder.appendingPathComponent("out.fifo").path
        XCTAssertEqual(mkfifo(fifo, 0o644), 0)
        let db = try graph()
        var options = GraphExportOptions()
        options.limits = QueryOptions(timeout: .milliseconds(300))
        let started = ContinuousClock.now
        assertThrowsGraphError(.limitExceeded, "Timeout") { try db.exportGraphML(to: fifo, options: options) }
        XCTAssertLessThan(ContinuousClock.now - started, .seconds(5))
        let reader = Thread { _ = FileHandle(forReadingAtPath: fifo)?.readDataToEndOfFile() }
        reader.start()
        options.limits = QueryOptions(timeout: .seconds(20))
        try db.exportGraphML(to: fifo, options: options)
        var status = stat()
        XCTAssertEqual(stat(fifo, &status), 0)
        XCTAssertEqual(status.st_mode & S_IFMT, S_IFIFO, "the FIFO is not replaced by a file")
    }

    func testCSVFileNamesStayInsideTheDirectory() throws {
        let folder = try temporaryDirectory(self)
        let db = GraphDatabase()
        try db.execute("CREATE (:`x/../../escaped` {name: 'e'})-[:`../y:z`]->(:材料 {name: 'm'})")
        let out = folder.appendingPathComponent("deep/out")
        try db.exportCSV(to: out.path)
        let files = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        XCTAssertEqual(files, ["nodes.x%2F..%2F..%2Fescaped.csv", "nodes.材料.csv", "relationships.%2E.%2Fy%3Az.csv"])
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("deep").path), ["out"])
        let copy = GraphDatabase()
        try copy.importCSV(directory: out.path)
        XCTAssertEqual(try copy.execute("MATCH (a)-[r]->(b) RETURN labels(a)[0], type(r), labels(b)[0]").rows.first,
                       ["x/../../escaped", "../y:z", "材料"])
    }
}
