import ChainGraph
import Foundation
import XCTest

final class ExecutorTests: XCTestCase {
    private func carbonFiberChain() throws -> GraphDatabase {
        let db = GraphDatabase()
        try db.execute("""
            CREATE (a:Material {name: 'acrylonitrile', tier: 0})-[:FEEDS]->(p:Material {name: 'polyacrylonitrile filament', tier: 1}),
                   (p)-[:FEEDS]->(c:Material {name: 'carbon fiber', tier: 2}),
                   (c)-[:FEEDS]->(g:Material {name: 'prepreg', tier: 3}),
                   (g)-[:FEEDS]->(:Product {name: 'composite parts', tier: 4}),
                   (e:Enterprise {name: 'Zhongfu Shenying'})-[:PRODUCES]->(c)
            """)
        return db
    }

    func testReadsWithPathsAggregationAndOrdering() throws {
        let db = try carbonFiberChain()
        let downstream = try db.execute("""
            MATCH (:Material {name: 'acrylonitrile'})-[:FEEDS*]->(x) RETURN x.name AS name ORDER BY x.tier
            """)
        XCTAssertEqual(downstream.columns, ["name"])
        XCTAssertEqual(downstream.rows.map { $0[0] },
                       ["polyacrylonitrile filament", "carbon fiber", "prepreg", "composite parts"])
        let path = try db.execute("""
            MATCH p = shortestPath((a {name: 'acrylonitrile'})-[:FEEDS*]->(b {name: 'composite parts'})) RETURN length(p)
            """)
        XCTAssertEqual(path.scalar, 4)
        let grouped = try db.execute("MATCH (n) RETURN labels(n)[0] AS type, count(*) AS n ORDER BY type")
        XCTAssertEqual(grouped.rows, [["Enterprise", 1], ["Material", 4], ["Product", 1]])
        let row = try XCTUnwrap(try db.execute("MATCH (e:Enterprise)-[r]->(m) RETURN e, r, m").makeIterator().next())
        guard case .node(let enterprise) = row["e"], case .edge(let produces) = row["r"] else { return XCTFail("\(row)") }
        XCTAssertEqual(enterprise.properties["name"], "Zhongfu Shenying")
        XCTAssertEqual(produces.type, "PRODUCES")
    }

    func testParametersAndWrites() throws {
        let db = GraphDatabase()
        try db.execute("CREATE (:Material {name: $name, sectors: $sectors})",
                       parameters: ["name": "polysilicon", "sectors": ["photovoltaics", "semiconductors"]])
        try db.execute("MATCH (m:Material {name: $name}) SET m.tier = 1, m:Silicon", parameters: ["name": "polysilicon"])
        let result = try db.execute("MATCH (m:Silicon) RETURN m.tier AS tier, size(m.sectors) AS sectors")
        XCTAssertEqual(result.rows, [[1, 2]])
        assertThrowsGraphError(.semanticError, "ParameterMissing") { try db.execute("RETURN $missing") }
    }

    func testAFailingStatementChangesNothing() throws {
        let db = try carbonFiberChain()
        let before = try db.read { ($0.nodeCount, $0.edgeCount) }
        let error = assertThrowsGraphError(.constraintError, "DeleteConnectedNode") {
            try db.execute("MATCH (m:Material) SET m.touched = true WITH m CREATE (m)-[:SEEN]->(:Audit) WITH m DELETE m")
        }
        XCTAssertNotNil(error?.position)
        XCTAssertEqual(try db.read { ($0.nodeCount, $0.edgeCount) }.0, before.0)
        XCTAssertEqual(try db.read { ($0.nodeCount, $0.edgeCount) }.1, before.1)
        XCTAssertEqual(try db.execute("MATCH (m) WHERE m.touched RETURN count(m)").scalar, 0)
    }

    func testRuntimeErrorsCarryThePositionOfTheFailingExpression() throws {
        let db = GraphDatabase()
        let overflow = assertThrowsGraphError(.argumentError, "IntegerOverflow") {
            try db.execute("WITH 9223372036854775807 AS big\nRETURN big + 1")
        }
        XCTAssertEqual(overflow?.position?.description, "2:8")
        assertThrowsGraphError(.argumentError, "DivisionByZero") { try db.execute("RETURN 1 / 0") }
        assertThrowsGraphError(.typeError, "InvalidArgumentType") { try db.execute("WITH 'a' AS s RETURN s - 1") }
    }

    func testRowLimitTimeoutAndCancellationStopRunawayQueries() throws {
        let db = GraphDatabase()
        try db.execute("UNWIND range(1, 200) AS i CREATE (:N {i: i})")
        let limited = assertThrowsGraphError(.limitExceeded, "TooManyRows") {
            try db.execute("MATCH (a), (b) RETURN a, b ORDER BY a.i", options: QueryOptions(maximumRows: 10_000))
        }
        XCTAssertTrue(limited?.message.contains("10000") == true)
        XCTAssertEqual(try db.execute("MATCH (a), (b) RETURN count(*)", options: QueryOptions(maximumRows: 10_000)).scalar, 40_000,
                       "a count holds no rows")
        assertThrowsGraphError(.limitExceeded, "Timeout") {
            try db.execute("MATCH (a), (b), (c) RETURN count(*)", options: QueryOptions(timeout: .milliseconds(50)))
        }
        let handle = CancellationHandle()
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.05) { handle.cancel() }
        assertThrowsGraphError(.limitExceeded, "Cancelled") {
            try db.execute("MATCH (a), (b), (c) RETURN count(*)", options: QueryOptions(cancellation: handle))
        }
        XCTAssertEqual(try db.execute("MATCH (a) RETURN count(a)").scalar, 200)
    }

    func testAVarLengthPatternOverABoundRelationshipListWalksExactlyThatList() throws {
        let db = GraphDatabase()
        try db.execute("CREATE (a:A)-[:Y]->(b:B)-[:Y]->(c:C), (a)-[:Y]->(c)")
        let query = """
            MATCH (:A)-[r1]->(:B)-[r2]->(:C) WITH %@ AS rs
            MATCH (first)-[rs*]->(second) RETURN labels(first)[0] AS f, labels(second)[0] AS s
            """
        XCTAssertEqual(try db.execute(query.replacingOccurrences(of: "%@", with: "[r1, r2]")).rows, [["A", "C"]])
        XCTAssertEqual(try db.execute(query.replacingOccurrences(of: "%@", with: "[r2, r1]")).rows, [], "in the list's order only")
        XCTAssertEqual(try db.execute(query.replacingOccurrences(of: "%@", with: "[r2]")).rows, [["B", "C"]])
    }

    func testHugeLiteralsWork() throws {
        let db = GraphDatabase()
        let megabyte = String(repeating: "碳", count: 1_000_000)
        XCTAssertEqual(try db.execute("RETURN size('\(megabyte)') AS n").scalar, 1_000_000)
    }

    func testScriptsRunStatementByStatement() throws {
        let db = GraphDatabase()
        let results = try db.executeScript("""
            CREATE NODE TYPE Material (name STRING PRIMARY KEY);
            CREATE (:Material {name: 'industrial silicon'});
            MATCH (m:Material) RETURN m.name AS name;
            """)
        XCTAssertEqual(results.count, 3)
        XCTAssertEqual(results[2].scalar, "industrial silicon")
        let types = try db.execute("SHOW TYPES")
        XCTAssertEqual(types.columns, ["kind", "name", "definition", "count"])
        XCTAssertEqual(types.rows.first?[3], 1)
    }

    func testStrictModeDDLThroughTheLanguage() throws {
        let db = GraphDatabase()
        try db.execute("CREATE NODE TYPE Material (name STRING, tier INT64 NOT NULL, PRIMARY KEY (name))")
        try db.execute("CREATE NODE TYPE IF NOT EXISTS Material (name STRING PRIMARY KEY)")
        try db.execute("CREATE EDGE TYPE FEEDS (FROM Material TO Material)")
        try db.execute("ALTER TYPE Material ADD PROPERTY aliases LIST<STRING>")
        try db.execute("CREATE (:Material {name: 'silane', tier: 1, aliases: ['SiH4']})")
        assertThrowsGraphError(.constraintError, "MissingRequiredProperty") { try db.execute("CREATE (:Material {name: 'x'})") }
        assertThrowsGraphError(.constraintError, "DuplicatePrimaryKey") {
            try db.execute("CREATE (:Material {name: 'silane', tier: 2})")
        }
        assertThrowsGraphError(.typeError, "InvalidPropertyType") {
            try db.execute("CREATE (:Material {name: 'y', tier: 'one'})")
        }
        assertThrowsGraphError(.constraintError, "TypeInUse") { try db.execute("DROP TYPE Material") }
        try db.execute("DROP EDGE TYPE FEEDS")
        try db.execute("DROP TYPE IF EXISTS FEEDS")
        let unknown = assertThrowsGraphError(.syntaxError, "UnknownPropertyType") {
            try db.execute("CREATE NODE TYPE X (a DECIMAL)")
        }
        XCTAssertEqual(unknown?.position?.description, "1:23")
        XCTAssertEqual(try db.read { $0.schema.edgeTypes.count }, 0)
    }
}
