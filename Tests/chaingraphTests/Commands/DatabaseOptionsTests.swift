import ChainGraph
import Foundation
import XCTest

/// `--read-only`, `--wait` and `--allow-files`, and scripts run as they are read.
final class DatabaseOptionsTests: XCTestCase {
    private func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("cg-options-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }

    func testReadOnlyQueriesRunBesideAWriter() throws {
        let path = try folder().appendingPathComponent("graph.db").path
        let writer = try GraphDatabase(path: path)
        try writer.execute("CREATE (:Material {name: 'silicon'})")
        let locked = try runProduct("chaingraph", ["query", path, "-e", "MATCH (n) RETURN count(n) AS n", "--format", "csv"])
        XCTAssertEqual(locked.status, 1)
        XCTAssertTrue(locked.stderr.contains("DatabaseLocked") && locked.stderr.contains("--read-only"), locked.stderr)
        let reading = try runProduct("chaingraph", ["query", path, "--read-only", "-e", "MATCH (n) RETURN count(n) AS n", "--format", "csv"])
        XCTAssertEqual(reading.status, 0, reading.stderr)
        XCTAssertEqual(reading.stdout, "n\r\n1\r\n")
        let repl = try runProduct("chaingraph", [path, "--read-only"], stdin: "MATCH (n) RETURN n.name AS name;")
        XCTAssertTrue(repl.stdout.contains("silicon"), repl.stdout + repl.stderr)
        writer.close()
        let refused = try runProduct("chaingraph", ["query", path, "--read-only", "-e", "CREATE (:Material {name: 'x'})"])
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.stderr.contains("ReadOnly"), refused.stderr)
    }

    func testWaitLetsASecondWriterIn() throws {
        let path = try folder().appendingPathComponent("graph.db").path
        let writer = try GraphDatabase(path: path)
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.5) { writer.close() }
        let waited = try runProduct("chaingraph", ["query", path, "--wait", "30", "-e", "CREATE (:Material {name: 'late'})"])
        XCTAssertEqual(waited.status, 0, waited.stderr)
        let imported = try runProduct("chaingraph", ["query", path, "--read-only", "--format", "csv", "-e", "MATCH (n) RETURN count(n) AS n"])
        XCTAssertEqual(imported.stdout, "n\r\n1\r\n")
        XCTAssertEqual(try runProduct("chaingraph", ["query", path, "--wait", "-1", "-e", "RETURN 1"]).status, 2)
    }

    func testStatementsNameFilesOnlyWhereAllowed() throws {
        let root = try folder()
        let work = root.appendingPathComponent("work")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        let export = "CREATE (:Material {name: 'a'}); EXPORT GRAPHML TO 'a.graphml'"
        let here = try runProduct("chaingraph", ["query", "-e", export], directory: work)
        XCTAssertEqual(here.status, 0, here.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: work.appendingPathComponent("a.graphml").path), "the default: the current directory")
        let outside = try runProduct("chaingraph", ["query", "-e", "EXPORT GRAPHML TO '../escaped.graphml'"], directory: work)
        XCTAssertEqual(outside.status, 1)
        XCTAssertTrue(outside.stderr.contains("SecurityError (FileAccessDenied) at -e:1:19"), outside.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: root.appendingPathComponent("escaped.graphml").path))
        let none = try runProduct("chaingraph", ["query", "--allow-files", "none", "-e", export], directory: work)
        XCTAssertTrue(none.stderr.contains("FileAccessDenied"), none.stderr)
        let any = try runProduct("chaingraph", ["query", "--allow-files", "any", "-e", "EXPORT GRAPHML TO '../any.graphml'"], directory: work)
        XCTAssertEqual(any.status, 0, any.stderr)
        let elsewhere = try runProduct("chaingraph", ["query", "--allow-files", root.path, "-e", "EXPORT DOT TO 'x.dot'"], directory: work)
        XCTAssertEqual(elsewhere.status, 0, elsewhere.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: root.appendingPathComponent("x.dot").path), "relative to the allowed directory")
        XCTAssertEqual(try runProduct("chaingraph", ["query", "--allow-files", "/nonexistent", "-e", "RETURN 1"]).status, 2)
        let exported = try runProduct("chaingraph", ["export", "graph.db", "graph.db"], directory: work)
        XCTAssertEqual(exported.status, 1)
    }

    func testTheExportCommandNeverReplacesTheDatabase() throws {
        let work = try folder()
        XCTAssertEqual(try runProduct("chaingraph", ["query", "graph.db", "-e", "CREATE (:Material {name: 'kept'})"], directory: work).status, 0)
        for target in ["graph.db", "graph.db-image"] {
            let result = try runProduct("chaingraph", ["export", "graph.db", target], directory: work)
            XCTAssertEqual(result.status, 1, target)
            XCTAssertTrue(result.stderr.contains("TargetIsDatabase"), result.stderr)
        }
        let after = try runProduct("chaingraph", ["query", "graph.db", "--format", "csv", "-e", "MATCH (n) RETURN n.name AS name"], directory: work)
        XCTAssertEqual(after.stdout, "name\r\nkept\r\n")
    }

    /// The first statement of a script runs before the rest has arrived.
    func testScriptsRunAsTheyAreRead() throws {
        let process = Process()
        process.executableURL = productsDirectory.appendingPathComponent("chaingraph")
        process.arguments = ["query", "--format", "csv"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        input.fileHandleForWriting.write(Data("RETURN 'first' AS x;\n".utf8))
        var seen = Data()
        let deadline = Date().addingTimeInterval(20)
        while !String(decoding: seen, as: UTF8.self).contains("first") && Date() < deadline {
            seen.append(output.fileHandleForReading.availableData)
        }
        XCTAssertTrue(String(decoding: seen, as: UTF8.self).contains("first"), "printed while the script is still open")
        input.fileHandleForWriting.write(Data("RETURN 'second' AS x".utf8))
        try input.fileHandleForWriting.close()
        seen.append(output.fileHandleForReading.readDataToEndOfFile())
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
        XCTAssertTrue(String(decoding: seen, as: UTF8.self).hasSuffix("x\r\nsecond\r\n"))
    }

    /// Positions stay right when a script arrives in many pieces.
    func testErrorsDeepInALongScriptKeepTheirLine() throws {
        let path = try folder().appendingPathComponent("long.cypher")
        let lines = (1...20_000).map { "RETURN \($0) AS n;" } + ["RETURN 1 AS a;   RETURN 1/0;"]
        try lines.joined(separator: "\n").write(to: path, atomically: true, encoding: .utf8)
        let result = try runProduct("chaingraph", ["query", "-f", path.path, "--format", "csv"])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.hasPrefix("ArgumentError (DivisionByZero) at \(path.path):20001:25:"), result.stderr)
        XCTAssertTrue(result.stderr.contains("20001 | RETURN 1 AS a;   RETURN 1/0;"), result.stderr)
    }
}
