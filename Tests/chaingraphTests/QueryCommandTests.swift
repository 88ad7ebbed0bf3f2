import Foundation
import XCTest

/// `chaingraph query`, `import` and `export` run as a user runs them.
final class QueryCommandTests: XCTestCase {
    private func temporaryPath(_ suffix: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("cg-cli-\(UUID().uuidString).\(suffix)").path
    }

    func testEachOutputFormat() throws {
        let query = "RETURN 1 AS n, 'a,b' AS s, [1, 2] AS l"
        XCTAssertEqual(try runProduct("chaingraph", ["query", "-e", query, "--format", "csv"]).stdout, "n,s,l\r\n1,\"a,b\",\"[1,2]\"\r\n")
        XCTAssertEqual(try runProduct("chaingraph", ["query", "-e", query, "--format", "json"]).stdout, #"[{"n":1,"s":"a,b","l":[1,2]}]"# + "\n",
                       "keys in column order")
        XCTAssertEqual(try runProduct("chaingraph", ["query", "-e", "RETURN null AS a, '' AS b, 'x' AS c", "--format", "csv"]).stdout,
                       "a,b,c\r\n,\"\",x\r\n", "null is an empty field, the empty string is quoted")
        XCTAssertEqual(try runProduct("chaingraph", ["query", "-e", "RETURN 2 AS z, 1 AS a", "--format", "jsonl"]).stdout,
                       #"{"z":2,"a":1}"# + "\n")
        XCTAssertEqual(try runProduct("chaingraph", ["query", "-e", query + " UNION ALL " + query, "--format", "jsonl"]).stdout
                        .split(separator: "\n").count, 2)
        let table = try runProduct("chaingraph", ["query", "-e", query])
        XCTAssertTrue(table.stdout.contains("│ n     │ s      │ l           │"), table.stdout)
        XCTAssertFalse(table.stdout.contains("\u{1B}["), "no colour when not a terminal")
    }

    /// An error message that cannot be written (standard error on a full disk) does not
    /// crash the command: it still exits 1.
    func testAnUnwritableStandardErrorStillExitsOne() throws {
        guard let full = FileHandle(forWritingAtPath: "/dev/full") else { throw XCTSkip("no /dev/full here") }
        let process = Process()
        process.executableURL = productsDirectory.appendingPathComponent("chaingraph")
        process.arguments = ["query", "-e", "RETURN 1/0"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = full
        try process.run()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationReason, .exit)
        XCTAssertEqual(process.terminationStatus, 1)
    }

    func testQueriesRunAgainstTheSeedGraph() throws {
        let result = try runProduct("chaingraph", ["query", "--seeds", "--format", "csv", "-e",
                                                   "CALL lookup('衢州') YIELD node RETURN node.name AS name"])
        XCTAssertEqual(result.stdout, "name\r\nQuzhou\r\n", result.stderr)
        XCTAssertEqual(try runProduct("chaingraph", ["query", "x.db", "--seeds", "-e", "RETURN 1"]).status, 2)
    }

    func testSyntaxErrorsExitOneWithLineAndColumnOnStderr() throws {
        let result = try runProduct("chaingraph", ["query", "-e", "RETURN 1;\nMATCH (n RETURN n"])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.hasPrefix("SyntaxError (UnexpectedSyntax) at -e:2:10:"), result.stderr)
        XCTAssertTrue(result.stderr.contains("2 | MATCH (n RETURN n\n  |          ^"), result.stderr)
        XCTAssertTrue(result.stdout.contains("│ 1"), "the statement before the error ran")
        // A statement after another on the same line: columns count from the line's start.
        for script in ["RETURN 1;   RETURN 1/0", "RETURN 1;   RETURN 1/0;"] {
            let sameLine = try runProduct("chaingraph", ["query", "-e", script])
            XCTAssertTrue(sameLine.stderr.hasPrefix("ArgumentError (DivisionByZero) at -e:1:20:"), sameLine.stderr)
        }
    }

    func testBadArgumentsExitTwo() throws {
        XCTAssertEqual(try runProduct("chaingraph", ["query", "--format", "xml", "-e", "RETURN 1"]).status, 2)
        XCTAssertEqual(try runProduct("chaingraph", ["query", "--no-such-flag"]).status, 2)
        XCTAssertEqual(try runProduct("chaingraph", ["query", "-e", "RETURN 1", "-f", "x.cypher"]).status, 2)
    }

    func testLimitOptionsStopStatementsWithThePositionOfTheClause() throws {
        let rows = try runProduct("chaingraph", ["query", "--max-rows", "5", "-e", "UNWIND range(1, 10) AS i RETURN i"])
        XCTAssertEqual(rows.status, 1)
        // A table is gathered before it is drawn: its rows count, at the RETURN that made them.
        XCTAssertTrue(rows.stderr.hasPrefix("LimitExceeded (TooManyRows) at -e:1:26:"), rows.stderr)
        // CSV is printed as it comes: nothing is held, so nothing is counted.
        let streamed = try runProduct("chaingraph", ["query", "--max-rows", "5", "--format", "csv", "-e",
                                                     "UNWIND range(1, 10) AS i RETURN i"])
        XCTAssertEqual(streamed.status, 0, streamed.stderr)
        XCTAssertEqual(streamed.stdout.split(separator: "\r\n").count, 11)
        // PROFILE's operators go to stderr in every format; stdout keeps the rows.
        for format in ["csv", "table", "jsonl"] {
            let profiled = try runProduct("chaingraph", ["query", "--format", format, "-e",
                                                         "PROFILE UNWIND range(1, 1000000) AS i RETURN i LIMIT 2"])
            XCTAssertTrue(profiled.stderr.hasPrefix("Unwind: 2 row(s), "), "\(format): \(profiled.stderr)")
            XCTAssertFalse(profiled.stdout.contains("Unwind"), format)
        }
        let slow = try runProduct("chaingraph", ["query", "--timeout", "0.2", "-e",
                                                 "UNWIND range(1, 5000) AS a UNWIND range(1, 5000) AS b RETURN count(*)"])
        XCTAssertTrue(slow.stderr.hasPrefix("LimitExceeded (Timeout) at -e:1:"), slow.stderr)
        let big = try runProduct("chaingraph", ["query", "--max-memory", "64", "-e",
                                                "RETURN size(reduce(s = 'x', i IN range(1, 36) | s + s))"])
        XCTAssertTrue(big.stderr.hasPrefix("LimitExceeded (MemoryLimit) at -e:1:"), big.stderr)
        XCTAssertEqual(try runProduct("chaingraph", ["query", "--max-memory", "0", "-e", "RETURN 1"]).status, 0, "0: no limit")
        for bad in [["--timeout", "0"], ["--timeout", "-1"], ["--max-rows", "0"], ["--max-memory", "-5"]] {
            XCTAssertEqual(try runProduct("chaingraph", ["query"] + bad + ["-e", "RETURN 1"]).status, 2, "\(bad)")
        }
    }

    func testImportRefusesACSVRecordLongerThanTheLimit() throws {
        let folder = temporaryPath("csv")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let text = "id:ID(Material),name\n1,\"" + String(repeating: "a", count: 3 << 20) + "\"\n"
        try text.write(toFile: folder + "/materials.csv", atomically: true, encoding: .utf8)
        let database = temporaryPath("db")
        defer { for suffix in ["", "-wal", "-shm", "-image"] { try? FileManager.default.removeItem(atPath: database + suffix) } }
        let refused = try runProduct("chaingraph", ["import", database, "--csv-dir", folder, "--max-record-mib", "1"])
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.stderr.contains("LimitExceeded (RecordTooLong)") && refused.stderr.contains("materials.csv:2:1"),
                      refused.stderr)
        XCTAssertEqual(try runProduct("chaingraph", ["import", database, "--csv-dir", folder]).status, 0, "under the default 16 MiB")
        XCTAssertEqual(try runProduct("chaingraph", ["import", database, "--csv-dir", folder, "--max-record-mib", "0"]).status, 2)
    }

    func testScriptsFromFilesAndStdinWithParameters() throws {
        let script = temporaryPath("cypher")
        defer { try? FileManager.default.removeItem(atPath: script) }
        try "CREATE (:Material {name: $name});\nMATCH (m:Material) RETURN m.name AS name;".write(toFile: script, atomically: true, encoding: .utf8)
        let fromFile = try runProduct("chaingraph", ["query", "-f", script, "--param", "name='acrylonitrile'", "--format", "csv"])
        XCTAssertEqual(fromFile.stdout, "name\r\nacrylonitrile\r\n")
        let fromStdin = try runProduct("chaingraph", ["query", "--format", "csv"], stdin: "RETURN 40 + 2 AS answer;")
        XCTAssertEqual(fromStdin.stdout, "answer\r\n42\r\n")
        let piped = try runProduct("chaingraph", ["--empty"], stdin: "RETURN 'piped' AS mode;\nRETURN nope;")
        XCTAssertEqual(piped.status, 1)
        XCTAssertTrue(piped.stdout.contains("piped"))
        XCTAssertTrue(piped.stderr.contains("stdin:2:8"), piped.stderr)
    }

    func testDurableDatabaseImportAndExport() throws {
        let database = temporaryPath("db"), graphml = temporaryPath("graphml"), dot = temporaryPath("dot")
        defer { [database, graphml, dot].forEach { try? FileManager.default.removeItem(atPath: $0) } }
        XCTAssertEqual(try runProduct("chaingraph", ["query", database, "-e", "CHAIN (:Material) 'a' -> 'b' -> 'c' VIA FEEDS"]).status, 0)
        let exported = try runProduct("chaingraph", ["export", database, graphml, "--profile", "yed"])
        XCTAssertEqual(exported.status, 0, exported.stderr)
        XCTAssertTrue(exported.stdout.hasPrefix("exported 3 nodes and 2 edges"), exported.stdout)
        XCTAssertEqual(try runProduct("chaingraph", ["export", database, dot, "--query", "MATCH (m {name: 'a'}) RETURN m"]).status, 0)
        XCTAssertTrue(try String(contentsOfFile: dot, encoding: .utf8).contains("label=\"a\""))
        let copy = temporaryPath("db")
        defer { try? FileManager.default.removeItem(atPath: copy) }
        let imported = try runProduct("chaingraph", ["import", copy, graphml, "--graphml"])
        XCTAssertEqual(imported.status, 0, imported.stderr)
        XCTAssertTrue(imported.stdout.hasPrefix("imported 3 nodes and 2 edges"), imported.stdout)
        XCTAssertEqual(try runProduct("chaingraph", ["query", copy, "-e", "MATCH ()-[r:FEEDS]->() RETURN count(r)", "--format", "csv"]).stdout,
                       "count(r)\r\n2\r\n")
        let broken = temporaryPath("graphml")
        defer { try? FileManager.default.removeItem(atPath: broken) }
        try "<graphml><graph><node id='x'></graph></graphml>".write(toFile: broken, atomically: true, encoding: .utf8)
        let failed = try runProduct("chaingraph", ["import", copy, broken])
        XCTAssertEqual(failed.status, 1)
        XCTAssertTrue(failed.stderr.contains("MalformedXML") && failed.stderr.contains(":1:"), failed.stderr)
    }
}
