import XCTest
@testable import ChainGraph

/// Statements name files only as ``DatabaseConfiguration/fileAccess`` allows.
final class FileAccessTests: XCTestCase {
    private func graph(_ access: FileAccess) throws -> GraphDatabase {
        let db = GraphDatabase(configuration: DatabaseConfiguration(fileAccess: access))
        try db.execute("CREATE (:Material {name: 'acrylonitrile'})-[:FEEDS]->(:Material {name: 'PAN filament'})")
        return db
    }

    func testTheLibraryDefaultAllowsNoFileButTheAPIStillExports() throws {
        let folder = try temporaryDirectory(self)
        let db = GraphDatabase()
        try db.execute("CREATE (:Material {name: 'a'})")
        for statement in ["EXPORT GRAPHML TO '\(folder.path)/x.graphml'", "EXPORT DOT TO 'x.dot'", "IMPORT GRAPHML FROM '/etc/passwd'",
                          "COPY Material FROM '/etc/passwd'"] {
            let error = assertThrowsGraphError(.securityError, "FileAccessDenied") { try db.execute(statement) }
            XCTAssertEqual(error?.position?.line, 1, statement)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("x.graphml").path))
        try db.exportGraphML(to: folder.appendingPathComponent("api.graphml").path)
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder.appendingPathComponent("api.graphml").path), "the host's own path")
    }

    func testADirectoryPolicyResolvesInsideAndRefusesEverythingElse() throws {
        let folder = try temporaryDirectory(self)
        let allowed = folder.appendingPathComponent("allowed")
        try FileManager.default.createDirectory(at: allowed, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: allowed.appendingPathComponent("out").path, withDestinationPath: folder.path)
        let db = try graph(.directory(allowed))
        try db.execute("EXPORT GRAPHML TO 'chain.graphml'")
        XCTAssertTrue(FileManager.default.fileExists(atPath: allowed.appendingPathComponent("chain.graphml").path), "relative to the directory")
        try db.execute("EXPORT DOT TO '\(allowed.path)/chain.dot'")
        let refused = ["/etc/x.graphml", "../x.graphml", "../../../x.graphml", "out/x.graphml", "sub/../../x.graphml"]
        for path in refused {
            let error = assertThrowsGraphError(.securityError, "FileAccessDenied") { try db.execute("EXPORT GRAPHML TO '\(path)'") }
            XCTAssertEqual(error?.position?.column, 19, path)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("x.graphml").path), "nothing escaped")
        let copy = GraphDatabase(configuration: DatabaseConfiguration(fileAccess: .directory(allowed)))
        XCTAssertEqual(try copy.execute("IMPORT GRAPHML FROM 'chain.graphml'").rows.first?[1], 2)
        assertThrowsGraphError(.securityError, "FileAccessDenied") { try copy.execute("IMPORT GRAPHML FROM '/etc/passwd'") }
        try FileManager.default.copyItem(at: allowed.appendingPathComponent("chain.graphml"), to: folder.appendingPathComponent("outside.graphml"))
        assertThrowsGraphError(.securityError, "FileAccessDenied") { try copy.execute("IMPORT GRAPHML FROM 'out/outside.graphml'") }
        XCTAssertEqual(try copy.execute("IMPORT GRAPHML FROM 'out/allowed/chain.graphml'").rows.first?[1], 2,
                       "a link that leads back inside is followed")
        assertThrowsGraphError(.ioError, "CannotOpenFile") { try copy.execute("IMPORT GRAPHML FROM 'missing.graphml'") }
    }

    /// COPY reads nothing it may not: no byte of the file reaches an error message.
    func testCopyFromAFileOutsideIsRefusedBeforeReadingIt() throws {
        let folder = try temporaryDirectory(self)
        let secret = folder.appendingPathComponent("secret.csv")
        try "root:x:0:0:secret-first-line\n".write(to: secret, atomically: true, encoding: .utf8)
        let allowed = folder.appendingPathComponent("allowed")
        try FileManager.default.createDirectory(at: allowed, withIntermediateDirectories: true)
        let db = GraphDatabase(configuration: DatabaseConfiguration(fileAccess: .directory(allowed)))
        try db.execute("CREATE NODE TYPE Material (name STRING PRIMARY KEY)")
        let error = assertThrowsGraphError(.securityError, "FileAccessDenied") { try db.execute("COPY Material FROM '\(secret.path)'") }
        XCTAssertFalse(error?.message.contains("secret-first-line") ?? true)
        XCTAssertEqual(try db.execute("MATCH (n) RETURN count(n)").scalar, 0)
    }

    func testUnrestrictedAccessUsesPathsAsGiven() throws {
        let folder = try temporaryDirectory(self)
        let db = try graph(.unrestricted)
        try db.execute("EXPORT GRAPHML TO '\(folder.path)/any.graphml'")
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder.appendingPathComponent("any.graphml").path))
    }
}
