import ChainGraph
import XCTest

/// The seed chains by hand, with the answers a supply-chain analyst expects.
final class SupplyChainFixtureTests: XCTestCase {
    /// acrylonitrile → PAN filament → carbon fiber → prepreg → composite parts → terminal products,
    /// with a second fiber route that skips prepreg, and two enterprises.
    private func carbonFiber() throws -> GraphDatabase {
        let db = GraphDatabase()
        try db.executeScript("""
            CHAIN (:Material) 'propylene' → 'acrylonitrile' → 'polyacrylonitrile filament' → 'high-performance carbon fiber'
                → 'prepreg' → (:Product) 'composite parts' → (:Product) 'terminal products' VIA FEEDS;
            CHAIN (:Material) 'high-performance carbon fiber' → 'chopped fiber' → (:Product) 'composite parts' VIA FEEDS;
            CHAIN (:Material) 'epoxy resin' → 'prepreg' VIA FEEDS;
            CREATE (:Enterprise {name: 'Jilin Chemical Fiber'});
            MATCH (e:Enterprise), (m {name: 'polyacrylonitrile filament'}) CREATE (e)-[:PRODUCES]->(m);
            """)
        return db
    }

    private func names(_ result: ResultSet, _ column: String = "name") -> [String] {
        result.map { $0[column].stringValue ?? "?" }
    }

    func testDownstreamOfAcrylonitrile() throws {
        let db = try carbonFiber()
        let result = try db.execute("""
            CALL downstream('acrylonitrile', 'FEEDS') YIELD node, depth RETURN node.name AS name, depth ORDER BY depth, name
            """)
        XCTAssertEqual(names(result), ["polyacrylonitrile filament", "high-performance carbon fiber", "chopped fiber", "prepreg",
                                       "composite parts", "terminal products"])
        XCTAssertEqual(result.rows.last?[1], 5)
    }

    func testChokepointsOfTheCarbonFiberChain() throws {
        let db = try carbonFiber()
        let result = try db.execute("""
            CALL chokepoints('acrylonitrile', 'terminal products', 'FEEDS') YIELD node, position
            RETURN node.name AS name ORDER BY position
            """)
        XCTAssertEqual(names(result), ["polyacrylonitrile filament", "high-performance carbon fiber", "composite parts"])
        let cut = try db.execute("CALL minCut('high-performance carbon fiber', 'composite parts', 'FEEDS') YIELD node RETURN node.name AS name ORDER BY name")
        XCTAssertEqual(names(cut), ["chopped fiber", "prepreg"])
    }

    func testChainsAndImpact() throws {
        let db = try carbonFiber()
        let chains = try db.execute("""
            CALL chains('acrylonitrile', 'composite parts', 8) YIELD path, length RETURN length ORDER BY length
            """)
        XCTAssertEqual(chains.rows, [[4], [4]])
        let impact = try db.execute("CALL impact('polyacrylonitrile filament', 'FEEDS') YIELD node RETURN node.name AS name ORDER BY name")
        XCTAssertEqual(names(impact), ["chopped fiber", "high-performance carbon fiber"],
                       "prepreg keeps epoxy resin, so composite parts and terminal products keep a supply path")
        assertThrowsGraphError(.limitExceeded, "TooManyPaths") {
            try db.execute("CALL chains('acrylonitrile', 'composite parts', 8, 1) YIELD path RETURN path")
        }
    }

    func testTiersAndCycles() throws {
        let db = try carbonFiber()
        try db.execute("CHAIN (:Product) 'composite parts' → (:Material) 'recycled fiber' → (:Material) 'chopped fiber' VIA RECYCLES")
        let tiers = try db.execute("CALL tiers('FEEDS') YIELD node, tier RETURN node.name AS name, tier ORDER BY tier, name")
        XCTAssertEqual(tiers.rows.prefix(3).map { $0[0] }, ["Jilin Chemical Fiber", "epoxy resin", "propylene"])
        XCTAssertEqual(tiers.rows.last, ["terminal products", 6])
        let loops = try db.execute("CALL cycles(['FEEDS', 'RECYCLES']) YIELD nodes, size RETURN size")
        XCTAssertEqual(loops.scalar, 3)
        XCTAssertEqual(try db.execute("CALL cycles('FEEDS') YIELD size RETURN count(*)").scalar, 0)
    }

    func testSiliconChainCheapestPathAndCentrality() throws {
        let db = GraphDatabase()
        try db.executeScript("""
            CHAIN (:Material) 'industrial silicon' → 'polysilicon' → 'monocrystalline silicon' → (:Product) 'photovoltaics'
                VIA FEEDS {cost: 2};
            CHAIN (:Material) 'industrial silicon' → 'organosilicon monomer' → (:Product) 'information materials' VIA FEEDS {cost: 1};
            CHAIN (:Material) 'monocrystalline silicon' → (:Product) 'information materials' VIA FEEDS {cost: 10};
            """)
        let cheapest = try db.execute("""
            CALL cheapestPath('industrial silicon', 'information materials', 'cost') YIELD path, cost
            RETURN [n IN nodes(path) | n.name] AS chain, cost
            """)
        XCTAssertEqual(cheapest.rows, [[["industrial silicon", "organosilicon monomer", "information materials"], 2.0]])
        let hub = try db.execute("CALL centrality('degree') YIELD node, score RETURN node.name AS name LIMIT 1")
        XCTAssertEqual(hub.scalar, "monocrystalline silicon", "one edge in, two out")
        let shortest = try db.execute("""
            MATCH p = shortestPath((a {name: 'industrial silicon'})-[:FEEDS*]->(b {name: 'photovoltaics'})) RETURN length(p)
            """)
        XCTAssertEqual(shortest.scalar, 3)
    }

    func testProcedureErrors() throws {
        let db = try carbonFiber()
        assertThrowsGraphError(.semanticError, "ProcedureNotFound") { try db.execute("CALL downstraem('x')") }
        assertThrowsGraphError(.entityNotFound, "NodeNotFound") { try db.execute("CALL downstream('graphene')") }
        assertThrowsGraphError(.syntaxError, "InvalidNumberOfArguments") { try db.execute("CALL chains('a')") }
        assertThrowsGraphError(.semanticError, "UnknownYield") { try db.execute("CALL impact('prepreg') YIELD nodes RETURN 1") }
    }

    func testUnboundedPatternsStopAtTheDefaultLength() throws {
        let db = GraphDatabase()
        try db.execute("UNWIND range(1, 150) AS i CREATE (:Step {i: i})")
        try db.execute("MATCH (a:Step), (b:Step) WHERE b.i = a.i + 1 CREATE (a)-[:NEXT]->(b)")
        let error = assertThrowsGraphError(.limitExceeded, "PathTooLong") {
            try db.execute("MATCH (:Step {i: 1})-[:NEXT*]->(x) RETURN count(x)")
        }
        XCTAssertTrue(error?.message.contains("*..n") == true)
        XCTAssertEqual(try db.execute("MATCH (:Step {i: 1})-[:NEXT*]->(x) RETURN count(x)",
                                      options: QueryOptions(maximumPathLength: 200)).scalar, 149)
        XCTAssertEqual(try db.execute("MATCH (s:Step {i: 1}) CALL downstream(s) YIELD node RETURN count(node)").scalar, 149,
                       "the closure procedure has no path-length limit")
    }
}
