import ChainGraph
import XCTest
@testable import chaingraph

final class REPLSessionTests: XCTestCase {
    private func session() -> REPLSession {
        let session = REPLSession(database: GraphDatabase(), terminal: .plain)
        session.timing = false
        return session
    }

    func testMultiLineStatementsRunAtTheSemicolon() {
        let repl = session()
        XCTAssertEqual(repl.handle(line: "CHAIN (:Material) 'industrial silicon'").output, "")
        XCTAssertEqual(repl.prompt, "       ...> ")
        XCTAssertEqual(repl.handle(line: "  -> 'polysilicon' VIA FEEDS").output, "")
        let (output, statements) = repl.handle(line: ";")
        XCTAssertTrue(output.contains("│ 2            │ 1"), output)
        XCTAssertEqual(statements.count, 1)
        XCTAssertEqual(repl.prompt, "chaingraph> ")
    }

    func testKnownCommandsRunInsideAnUnfinishedStatementButNotInsideAString() {
        let repl = session()
        _ = repl.handle(line: "RETURN 2 AS two")
        XCTAssertEqual(repl.handle(line: ":format csv").output, "format: csv\n")
        XCTAssertEqual(repl.format, .csv)
        XCTAssertTrue(repl.handle(line: ";").output.contains("two\r\n2"))
        _ = repl.handle(line: "RETURN 'open")
        XCTAssertEqual(repl.handle(line: ":quit").output, "")
        XCTAssertFalse(repl.finished, ":quit inside a string is text")
        repl.discardPending()
        XCTAssertEqual(repl.prompt, "chaingraph> ")
        XCTAssertTrue(repl.handle(line: "RETURN 'fresh' AS s;").output.contains("fresh"))
        XCTAssertTrue(StatementSplitter.endsInsideLiteral("RETURN 'a"))
        XCTAssertTrue(StatementSplitter.endsInsideLiteral("RETURN 1 /* note"))
        XCTAssertFalse(StatementSplitter.endsInsideLiteral("RETURN 'a' // it's"))
    }

    func testTablesShowAtMostTheRowLimitAndCountTheRest() {
        let repl = session()
        let output = repl.handle(line: "UNWIND range(1, 250) AS i RETURN i;").output
        XCTAssertTrue(output.contains("│ 200 "), output)
        XCTAssertFalse(output.contains("│ 201 "), output)
        XCTAssertTrue(output.contains("250 rows, the first 200 shown (:rows all"), output)
        XCTAssertEqual(repl.handle(line: ":rows 3").output, "rows: 3\n")
        _ = repl.handle(line: ":format vertical")
        let vertical = repl.handle(line: "UNWIND range(1, 5) AS i RETURN i;").output
        XCTAssertTrue(vertical.contains("row 3") && !vertical.contains("row 4"), vertical)
        XCTAssertTrue(vertical.contains("5 rows, the first 3 shown"), vertical)
        _ = repl.handle(line: ":rows all")
        _ = repl.handle(line: ":format csv")
        XCTAssertTrue(repl.handle(line: "UNWIND range(1, 5) AS i RETURN i;").output.hasSuffix("5\r\n"), "data formats are never cut")
        XCTAssertEqual(repl.handle(line: ":rows none").output, "usage: :rows N|all\n")
    }

    func testAPastedScriptRunsEveryStatement() {
        let repl = session()
        let output = repl.handle(line: "RETURN 1 AS one; RETURN 'two' AS two; RETURN 'unfinished").output
        XCTAssertTrue(output.contains("│ 1     │"), output)
        XCTAssertTrue(output.contains("│ two    │"), output)
        XCTAssertEqual(repl.prompt, "       ...> ", "the unfinished string keeps the statement open")
        XCTAssertTrue(repl.handle(line: "; still' AS three;").output.contains("unfinished\n; still") == false)
    }

    func testErrorsShowTheLineAndACaret() {
        let repl = session()
        _ = repl.handle(line: "CREATE NODE TYPE Material (name STRING PRIMARY KEY);")
        let output = repl.handle(line: "MATCH (m:Materail) RETURN m;").output
        XCTAssertEqual(output, """
            SemanticError (UnknownNodeType) at 1:7: no node type named Materail (did you mean 'Material'?)
            1 | MATCH (m:Materail) RETURN m
              |       ^

            """)
    }

    /// `:help procedures` and `:help functions` list every one; `:schema` shows edge properties.
    func testHelpListsEveryProcedureAndFunctionAndSchemaShowsEdgeProperties() throws {
        let repl = session()
        let procedures = repl.handle(line: ":help procedures").output
        for name in GraphDatabase.procedureNames { XCTAssertTrue(procedures.contains("  \(name)("), name) }
        XCTAssertTrue(procedures.contains("lookup("), procedures)
        XCTAssertTrue(procedures.contains("follow the schema's SUPPLY FLOW types"), procedures)
        let functions = repl.handle(line: ":help functions").output
        XCTAssertTrue(functions.contains("provenance/1") && functions.contains("count/1 (aggregate)"), functions)
        _ = repl.handle(line: "CREATE NODE TYPE Material (name STRING PRIMARY KEY);")
        _ = repl.handle(line: "CREATE EDGE TYPE FEEDS (FROM Material TO Material, share DOUBLE) SUPPLY FLOW;")
        _ = repl.handle(line: "CREATE INDEX 材料名称 FOR (m:Material) ON (m.name);")
        let schema = repl.handle(line: ":schema").output
        XCTAssertTrue(schema.contains("[:FEEDS]  0 edges  Material→Material  {share DOUBLE}  supply flow"), schema)
        XCTAssertTrue(schema.contains("index 材料名称  on (:Material).name"), schema)
    }

    /// A query that finds nothing by a name that is an alias says where the name is.
    func testANameThatIsOnlyAnAliasGetsAHint() {
        let repl = session()
        _ = repl.handle(line: "CREATE (:Region {name: 'Quzhou', aliases: ['Luzhou']});")
        let output = repl.handle(line: "MATCH (n {name: 'Luzhou'}) RETURN n;").output
        XCTAssertTrue(output.contains("hint: no node is named 'Luzhou', but lookup('Luzhou') finds 'Quzhou' (as 'Luzhou')"), output)
        XCTAssertFalse(repl.handle(line: "MATCH (n {name: 'Quzhou'}) RETURN n;").output.contains("hint"))
        XCTAssertFalse(repl.handle(line: "MATCH (n) WHERE n.name = 'quzhou' AND n.name = 'x' RETURN n;").output.contains("'x'"))
        XCTAssertTrue(repl.handle(line: "MATCH (n) WHERE n.name = 'quzhou' RETURN n;").output.contains("finds 'Quzhou'"),
                      "another case")
    }

    func testMetaCommands() throws {
        let repl = session()
        XCTAssertTrue(repl.handle(line: ":help").output.contains(":schema"))
        XCTAssertTrue(repl.handle(line: ":help chain").output.contains("CHAIN (:Material)"))
        XCTAssertEqual(repl.handle(line: ":format csv").output, "format: csv\n")
        XCTAssertEqual(repl.handle(line: "RETURN 1 AS x;").output, "x\r\n1\r\n")
        XCTAssertEqual(repl.handle(line: ":param name 'polysilicon'").output, "$name = 'polysilicon'\n")
        XCTAssertEqual(repl.handle(line: ":params").output, "$name = 'polysilicon'\n")
        XCTAssertEqual(repl.handle(line: "RETURN $name AS n;").output, "n\r\npolysilicon\r\n")
        XCTAssertTrue(repl.handle(line: ":shema").output.contains("did you mean :schema"))
        XCTAssertEqual(repl.handle(line: ":timeout 0.2").output, "timeout: 0.2 s\n")
        XCTAssertTrue(repl.handle(line: "UNWIND range(1, 5000) AS a UNWIND range(1, 5000) AS b RETURN count(*);").output
            .hasPrefix("LimitExceeded (Timeout) at 1:"))
        XCTAssertEqual(repl.handle(line: ":timeout off").output, "timeout: off\n")
        XCTAssertEqual(repl.handle(line: ":timeout soon").output, "usage: :timeout SECONDS|off\n")
        _ = repl.handle(line: "CHAIN (:Material) 'a' -> 'b' VIA FEEDS;")
        XCTAssertTrue(repl.handle(line: ":schema").output.contains("(:Material)  2 nodes"))
        XCTAssertTrue(repl.handle(line: ":schema").output.contains("[:FEEDS]  1 edges"))
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("repl-\(UUID()).graphml").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        _ = repl.handle(line: "MATCH (m {name: 'a'}) RETURN m;")
        XCTAssertEqual(repl.handle(line: ":export \(path) yed").output, "wrote 1 nodes and 0 edges (the last result) to \(path)\n")
        _ = repl.handle(line: ":quit")
        XCTAssertTrue(repl.finished)
    }

    func testReadRunsAScript() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("repl-\(UUID()).cypher").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try "CREATE (:Material {name: 'x'});\nMATCH (m:Material) RETURN count(m) AS materials;".write(toFile: path, atomically: true, encoding: .utf8)
        let repl = session()
        XCTAssertTrue(repl.handle(line: ":read \(path)").output.contains("│ 1         │"))
    }
}
