import ChainGraph
import XCTest

final class BinderTests: XCTestCase {
    private let db = GraphDatabase()

    private func assertCompileError(_ query: String, _ code: String, at position: String,
                                    file: StaticString = #filePath, line: UInt = #line) {
        let error = assertThrowsGraphError(.syntaxError, code, file: file, line: line) { try db.execute(query) }
        XCTAssertEqual(error?.phase, .compileTime, file: file, line: line)
        XCTAssertEqual(error?.position?.description, position, file: file, line: line)
    }

    func testUndefinedVariablesAreFoundBeforeRunningWithASuggestion() {
        assertCompileError("MATCH (material) RETURN materail.name", "UndefinedVariable", at: "1:25")
        let error = assertThrowsGraphError(.syntaxError, "UndefinedVariable") { try db.execute("MATCH (material) RETURN materail") }
        XCTAssertTrue(error?.message.contains("did you mean 'material'?") == true)
    }

    func testVariableRules() {
        assertCompileError("MATCH (a)-[r]->(b) CREATE (a)-[r:T]->(b)", "VariableAlreadyBound", at: "1:30")
        assertCompileError("MATCH (r)-[r]->() RETURN r", "VariableTypeConflict", at: "1:10")
        assertCompileError("MATCH (a)-[r]->()-[r]->() RETURN a", "RelationshipUniquenessViolation", at: "1:18")
        assertCompileError("UNWIND [1] AS x UNWIND [2] AS x RETURN x", "VariableAlreadyBound", at: "1:17")
    }

    func testCreateNeedsOneTypeAndADirection() {
        assertCompileError("CREATE (a)-[:A|B]->(b)", "NoSingleRelationshipType", at: "1:11")
        assertCompileError("CREATE (a)-[:T]-(b)", "RequiresDirectedRelationship", at: "1:11")
        assertCompileError("CREATE (a)-[:T*2]->(b)", "CreatingVarLength", at: "1:11")
    }

    func testAfterDistinctOrGroupingOnlyProjectedExpressionsReachEarlierVariables() throws {
        let db = GraphDatabase()
        try db.execute("CREATE ({name: 'A', k: 1}), ({name: 'A', k: 2}), ({name: 'B', k: 3}), ({name: 'C', k: 4}), ({name: 'C', k: 5})")
        XCTAssertEqual(try db.execute("MATCH (a) WITH DISTINCT a.name AS name WHERE a.name = 'B' RETURN name").rows, [["B"]])
        XCTAssertEqual(try db.execute("MATCH (a) WITH a.name AS name, count(*) AS n ORDER BY a.name + 'x' DESC LIMIT 1 RETURN name, n")
            .rows, [["C", 2]])
        assertCompileError("MATCH (a) WITH DISTINCT a.name AS name WHERE a.k = 1 RETURN name", "UndefinedVariable", at: "1:46")
        assertCompileError("MATCH (a) WITH a.name AS name, count(*) AS n ORDER BY a.name + a.k RETURN n", "UndefinedVariable", at: "1:64")
    }

    func testAggregationRules() {
        assertCompileError("MATCH (n) WHERE count(n) > 1 RETURN n", "InvalidAggregation", at: "1:17")
        assertCompileError("RETURN count(count(1))", "NestedAggregation", at: "1:14")
        assertCompileError("MATCH (n) RETURN n.x + count(*)", "AmbiguousAggregationExpression", at: "1:18")
        assertCompileError("MATCH (n) WITH n.x + 1 RETURN 1", "NoExpressionAlias", at: "1:16")
        assertCompileError("RETURN 1 AS a, 2 AS a", "ColumnNameConflict", at: "1:16")
    }

    func testRowCountsMustBeConstantAndNonNegative() {
        assertCompileError("MATCH (n) RETURN n LIMIT n.x", "NonConstantExpression", at: "1:26")
        assertCompileError("RETURN 1 SKIP -1", "NegativeIntegerArgument", at: "1:15")
    }

    func testUnionsNeedTheSameColumnsAndQueriesTheirEnd() {
        assertCompileError("RETURN 1 AS a UNION RETURN 2 AS b", "DifferentColumnsInUnion", at: "1:1")
        assertCompileError("MATCH (n) WITH n", "InvalidClauseComposition", at: "1:11")
        assertCompileError("RETURN frobnicate(1)", "UnknownFunction", at: "1:8")
        assertCompileError("RETURN NOT 1", "InvalidArgumentType", at: "1:12")
    }

    func testStrictModeChecksNamesAgainstTheSchemaAtBindTime() throws {
        try db.execute("CREATE NODE TYPE Material (name STRING PRIMARY KEY, tier INT64)")
        try db.execute("CREATE EDGE TYPE FEEDS (FROM Material TO Material, share DOUBLE)")
        let label = assertThrowsGraphError(.semanticError, "UnknownNodeType") { try db.execute("MATCH (m:Materail) RETURN m") }
        XCTAssertEqual(label?.message, "no node type named Materail (did you mean 'Material'?)")
        XCTAssertEqual(label?.position?.description, "1:7")
        let property = assertThrowsGraphError(.semanticError, "UnknownProperty") {
            try db.execute("MATCH (m:Material) RETURN m.teir")
        }
        XCTAssertTrue(property?.message.contains("did you mean 'tier'?") == true)
        assertThrowsGraphError(.semanticError, "UnknownEdgeType") { try db.execute("MATCH ()-[:FEED]->() RETURN 1") }
        assertThrowsGraphError(.semanticError, "UnknownProperty") {
            try db.execute("CREATE (:Material {name: 'x', grade: 1})")
        }
        XCTAssertEqual(try db.execute("MATCH (m:Material) RETURN count(m.tier) AS n").scalar, 0)
    }
}
