import ChainGraph
import XCTest

final class ChainStatementTests: XCTestCase {
    func testMergesEveryStepAndEdgeWithProvenance() throws {
        let db = GraphDatabase()
        let result = try db.execute("""
            CHAIN (:Material) 'acrylonitrile' → 'polyacrylonitrile filament' -> 'high-performance carbon fiber'
                — 'prepreg' ─ (:Product) 'composite parts' – (:Product) 'terminal products'
            VIA FEEDS SOURCE '001_3d0212d7308dfdf8.txt', LINE 4
            """)
        XCTAssertEqual(result.columns, ["nodesCreated", "edgesCreated", "stages"])
        XCTAssertEqual(result.rows[0][0], 6)
        XCTAssertEqual(result.rows[0][1], 5)
        let again = try db.execute("CHAIN (:Material) 'acrylonitrile' → 'polyacrylonitrile filament' VIA FEEDS")
        XCTAssertEqual(again.rows[0][0], 0, "CHAIN merges: running it twice creates nothing new")
        XCTAssertEqual(again.rows[0][1], 0)
        let products = try db.execute("MATCH (p:Product) RETURN p.name AS name ORDER BY name")
        XCTAssertEqual(products.rows, [["composite parts"], ["terminal products"]])
        let fiber = try XCTUnwrap(try db.read { graph in graph.nodes(named: "high-performance carbon fiber").first.flatMap(graph.node) })
        XCTAssertEqual(fiber.provenance, Provenance(source: "001_3d0212d7308dfdf8.txt", line: 4))
        XCTAssertEqual(fiber.labels, ["Material"])
        let edge = try XCTUnwrap(try db.read { $0.edgeIDs().first.flatMap($0.edge) })
        XCTAssertEqual(edge.provenance.source, "001_3d0212d7308dfdf8.txt")
    }

    func testBranchingStagesAndStepProperties() throws {
        let db = GraphDatabase()
        try db.execute("""
            CHAIN (:Material) 'caprolactam' → 'nylon 6 chips' → { 'special nylon', (:Product {sector: 'textiles'}) 'textile fiber' }
            VIA FEEDS
            """)
        let branches = try db.execute("MATCH (:Material {name: 'nylon 6 chips'})-[:FEEDS]->(x) RETURN x.name AS name ORDER BY name")
        XCTAssertEqual(branches.rows, [["special nylon"], ["textile fiber"]])
        XCTAssertEqual(try db.execute("MATCH (p:Product) RETURN p.sector").scalar, "textiles")
    }

    func testChineseChainWithBoxDrawingSeparators() throws {
        let db = GraphDatabase()
        try db.execute("CHAIN (:Material) '工业硅' ─ '多晶硅' ─ '单晶硅' ─ '光伏' ─ '信息材料' VIA FEEDS")
        let downstream = try db.execute("CALL downstream('工业硅', 'FEEDS') YIELD node, depth RETURN node.name AS name, depth")
        XCTAssertEqual(downstream.rows.map { $0[1] }, [1, 2, 3, 4])
        XCTAssertEqual(downstream.rows.last?[0], "信息材料")
    }

    func testStepsFindExistingNodesByAlias() throws {
        let db = GraphDatabase()
        try db.execute("CREATE (:Region {name: 'Quzhou', aliases: ['Cangzhou', 'Luzhou']})")
        try db.execute("CHAIN (:Region) 'Luzhou' → (:Cluster) 'fluorosilicone cluster' VIA HOSTS")
        XCTAssertEqual(try db.execute("MATCH (r:Region) RETURN count(r)").scalar, 1)
        XCTAssertEqual(try db.execute("MATCH (:Region {name: 'Quzhou'})-[:HOSTS]->(c) RETURN c.name").scalar, "fluorosilicone cluster")
    }

    func testStrictModeChecksTheTypesAndKeepsNothingOnError() throws {
        let db = GraphDatabase()
        try db.executeScript("""
            CREATE NODE TYPE Material (name STRING PRIMARY KEY);
            CREATE NODE TYPE Product (name STRING PRIMARY KEY);
            CREATE EDGE TYPE FEEDS (FROM Material TO Material, FROM Material TO Product);
            """)
        try db.execute("CHAIN (:Material) 'industrial silicon' → 'polysilicon' → (:Product) 'photovoltaics' VIA FEEDS")
        let error = assertThrowsGraphError(.constraintError, "InvalidEndpoints") {
            try db.execute("CHAIN (:Product) 'modules' → (:Material) 'glass' VIA FEEDS")
        }
        XCTAssertNotNil(error?.position)
        XCTAssertEqual(try db.read { $0.nodeCount }, 3)
        assertThrowsGraphError(.syntaxError, "UnexpectedSyntax") { try db.execute("CHAIN (:Material) 'lonely' VIA FEEDS") }
        assertThrowsGraphError(.syntaxError, "UnexpectedSyntax") { try db.execute("CHAIN 'a' → 'b'") }
    }
}
