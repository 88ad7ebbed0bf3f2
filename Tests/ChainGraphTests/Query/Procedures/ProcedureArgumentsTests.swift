import ChainGraph
import XCTest

/// The procedures' one argument shape — nodes, types, options — with the older forms
/// still running under a notice; supply-flow edge types as the default; errors at the
/// argument.
final class ProcedureArgumentsTests: XCTestCase {
    /// acrylonitrile -FEEDS-> filament -FEEDS-> fiber; Juhua -PRODUCES-> acrylonitrile.
    private func database(supplyFlow: Bool) throws -> GraphDatabase {
        let db = GraphDatabase()
        try db.executeScript("""
            CREATE NODE TYPE Material (name STRING PRIMARY KEY);
            CREATE NODE TYPE Enterprise (name STRING PRIMARY KEY);
            CREATE EDGE TYPE FEEDS (FROM Material TO Material, cost DOUBLE)\(supplyFlow ? " SUPPLY FLOW" : "");
            CREATE EDGE TYPE PRODUCES (FROM Enterprise TO Material);
            CHAIN (:Material) 'acrylonitrile' -> 'polyacrylonitrile filament' -> 'carbon fiber' VIA FEEDS {cost: 1.5};
            MATCH (m:Material {name: 'acrylonitrile'}) CREATE (:Enterprise {name: 'Juhua'})-[:PRODUCES]->(m);
            """)
        return db
    }

    private func names(_ result: ResultSet) -> [String] { result.rows.compactMap { $0[0].stringValue }.sorted() }

    func testWithoutTypesTheSupplyFlowTypesAreFollowed() throws {
        let db = try database(supplyFlow: true)
        let result = try db.execute("CALL upstream('carbon fiber') YIELD node RETURN node.name")
        XCTAssertEqual(names(result), ["acrylonitrile", "polyacrylonitrile filament"], "PRODUCES is not supply flow")
        XCTAssertEqual(result.notices, [])
        XCTAssertEqual(try db.snapshot.schema.supplyFlowEdgeTypes, ["FEEDS"])
        XCTAssertTrue(try db.execute("SHOW TYPES").rows.contains { $0[1] == "FEEDS" && $0[2].stringValue!.hasSuffix(" SUPPLY FLOW") })
    }

    func testWithoutDeclaredSupplyFlowEveryTypeIsFollowedWithANotice() throws {
        let result = try database(supplyFlow: false).execute("CALL upstream('carbon fiber') YIELD node RETURN node.name")
        XCTAssertEqual(names(result), ["Juhua", "acrylonitrile", "polyacrylonitrile filament"])
        XCTAssertEqual(result.notices.count, 1)
        XCTAssertTrue(result.notices[0].contains("followed every edge type"), result.notices[0])
    }

    func testOptionsAndTheOlderFormsGiveTheSameAnswers() throws {
        let db = try database(supplyFlow: true)
        let new = try db.execute("CALL downstream('acrylonitrile', 'FEEDS', {maxDepth: 1}) YIELD node RETURN node.name")
        let old = try db.execute("CALL downstream('acrylonitrile', 'FEEDS', 1) YIELD node RETURN node.name")
        XCTAssertEqual(names(new), ["polyacrylonitrile filament"])
        XCTAssertEqual(names(old), names(new))
        XCTAssertEqual(new.notices, [])
        XCTAssertTrue(old.notices.first?.contains("is deprecated") == true, "\(old.notices)")
        let chains = try db.execute("CALL chains('acrylonitrile', 'carbon fiber', 'FEEDS', {maxLength: 5, limit: 10}) YIELD length RETURN length")
        let olderChains = try db.execute("CALL chains('acrylonitrile', 'carbon fiber', 5, 10, 'FEEDS') YIELD length RETURN length")
        XCTAssertEqual(chains.rows, [[2]])
        XCTAssertEqual(olderChains.rows, chains.rows)
        XCTAssertFalse(olderChains.notices.isEmpty)
        let cost = try db.execute("CALL cheapestPath('acrylonitrile', 'carbon fiber', 'FEEDS', {weight: 'cost'}) YIELD cost RETURN cost")
        let olderCost = try db.execute("CALL cheapestPath('acrylonitrile', 'carbon fiber', 'cost', 'FEEDS') YIELD cost RETURN cost")
        XCTAssertEqual(cost.rows, [[3.0]])
        XCTAssertEqual(olderCost.rows, cost.rows)
        let degree = try db.execute("CALL centrality('FEEDS', {measure: 'degree'}) YIELD node, score RETURN node.name, score ORDER BY score DESC LIMIT 1")
        let olderDegree = try db.execute("CALL centrality('degree', 'FEEDS') YIELD node, score RETURN node.name, score ORDER BY score DESC LIMIT 1")
        XCTAssertEqual(degree.rows, [["polyacrylonitrile filament", 2.0]])
        XCTAssertEqual(olderDegree.rows, degree.rows)
    }

    func testErrorsPointAtTheArgument() throws {
        let db = try database(supplyFlow: true)
        let cases: [(String, ErrorCode, Int)] = [
            ("CALL downstream('acrylonitrile', 'FEEDS', {maxdepth: 1}) YIELD node RETURN node", .invalidArgumentValue, 43),
            ("CALL downstream('acrylonitrle') YIELD node RETURN node", .nodeNotFound, 17),
            ("CALL chokepoints('acrylonitrile',\n  42.5) YIELD node RETURN node", .invalidArgumentType, 3),
            ("CALL upstream('carbon fiber', [1]) YIELD node RETURN node", .invalidArgumentType, 31),
        ]
        for (query, code, column) in cases {
            XCTAssertThrowsError(try db.execute(query), query) { error in
                let failure = error as? ChainGraphError
                XCTAssertEqual(failure?.detail, code, query)
                XCTAssertEqual(failure?.position?.column, column, "\(query): \(failure?.description ?? "")")
            }
        }
    }

    func testSupplyFlowSurvivesTheFile() throws {
        let directory = try temporaryDirectory(self)
        let path = directory.appendingPathComponent("flow.db").path
        do {
            let db = try GraphDatabase(path: path)
            try db.execute("CREATE NODE TYPE Material (name STRING PRIMARY KEY)")
            try db.execute("CREATE EDGE TYPE FEEDS (FROM Material TO Material) SUPPLY FLOW")
            db.close()
        }
        let reopened = try GraphDatabase(path: path, configuration: DatabaseConfiguration(usesGraphImage: false))
        XCTAssertEqual(try reopened.snapshot.schema.supplyFlowEdgeTypes, ["FEEDS"])
    }
}
