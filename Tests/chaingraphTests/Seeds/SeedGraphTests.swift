import ChainGraph
import XCTest
@testable import chaingraph

/// The seed graph answers questions the way the five articles do.
final class SeedGraphTests: XCTestCase {
    nonisolated(unsafe) static var shared: GraphDatabase?

    private func seedGraph() throws -> GraphDatabase {
        if let shared = Self.shared { return shared }
        let folder = try XCTUnwrap(SeedGraph.repositorySeeds)
        let db = GraphDatabase()
        try db.executeScript(try SeedGraph.bundleText(from: folder), file: "seed-graph.cypher")
        Self.shared = db
        return db
    }

    private func scalar(_ query: String) throws -> Value? { try seedGraph().execute(query).scalar }

    private func strings(_ query: String) throws -> [String] {
        try seedGraph().execute(query).rows.compactMap { $0.first?.stringValue }
    }

    func testEveryGarbledNameOfQuzhouFindsOneCity() throws {
        for alias in ["Quzhou", "Luzhou", "Chenzhou", "Chuzhou", "Pizhou", "Yanzhou", "Shengzhou", "衢州", "luzhou"] {
            let names = try seedGraph().execute("CALL lookup($alias) YIELD node RETURN node.name", parameters: ["alias": .string(alias)])
            XCTAssertEqual(names.rows.map { $0[0] }, ["Quzhou"], alias)
        }
    }

    func testAliasesOfPeopleAndPlaces() throws {
        XCTAssertEqual(try strings("CALL lookup('Minister of Life') YIELD node RETURN node.name"), ["Shou Jiangang"])
        XCTAssertEqual(try strings("CALL lookup('too Xin integrated economic zone') YIELD node RETURN node.name"),
                       ["Taixin Integrated Economic Zone"])
        XCTAssertEqual(try strings("CALL lookup('glutaric Ann') YIELD node RETURN node.name"), ["pentanediamine"])
        XCTAssertEqual(try strings("CALL lookup('the original economic and technological development zone') YIELD node RETURN node.name"),
                       ["Yuanping Economic and Technological Development Zone"])
    }

    func testTheCarbonFiberChainDownstreamOfAcrylonitrile() throws {
        let result = try seedGraph().execute(
            "CALL downstream('acrylonitrile', ['FEEDS']) YIELD node, depth RETURN node.name AS name, depth ORDER BY depth, name")
        XCTAssertEqual(result.rows.map { $0[0].stringValue! }, [
            "polyacrylonitrile filament", "high-performance carbon fiber", "prefabricated parts", "prepreg",
            "composite material parts", "terminal products",
        ])
        XCTAssertEqual(result.rows.last?[1], 5)
    }

    func testTheSiliconChainFromTheChineseArticle() throws {
        let chain = try scalar("""
            MATCH p = (:Material {name: 'industrial silicon'})-[:FEEDS*]->(:Material {name: 'information materials'})
            RETURN [n IN nodes(p) | n.name_zh]
            """)
        XCTAssertEqual(chain, ["工业硅", "多晶硅", "单晶硅", "光伏产业", "信息材料"])
        XCTAssertEqual(try scalar("MATCH (n) WHERE n.name = '工业硅' RETURN count(n)"), 0, "CHAIN merged onto the English nodes")
    }

    func testChokepointsOfTheCarbonFiberChain() throws {
        XCTAssertEqual(try strings("CALL chokepoints('acrylonitrile', 'terminal products', ['FEEDS']) YIELD node RETURN node.name"),
                       ["polyacrylonitrile filament", "high-performance carbon fiber", "composite material parts"])
    }

    func testWhoLeadsWhat() throws {
        XCTAssertEqual(try strings("MATCH (e:Enterprise)-[:LEADS]->(:Alliance) RETURN e.name"), ["Juhua Group"])
        XCTAssertEqual(try strings("MATCH (e:Enterprise)-[:LEADS]->(c:Cluster) RETURN c.name"),
                       ["Quzhou fluorosilicone new material industry cluster"])
        XCTAssertEqual(try strings("MATCH (e:Enterprise)-[:LEADS]->(:Industry {name: 'synthetic biomaterials'}) RETURN e.name"),
                       ["Cathay (Taiyuan) Biotechnology Co., Ltd."])
    }

    func testQuzhousReportedFiguresFor2011() throws {
        let rows = try seedGraph().execute("""
            MATCH (:Cluster {name: 'Quzhou fluorosilicone new material industry cluster'})-[:HAS_FIGURE]->(f:Figure {year: 2011})
            RETURN f.value, f.growth_percent ORDER BY f.value DESC
            """).rows
        XCTAssertEqual(rows.map { $0[0] }, [15.2e9, 2.345e9])
        XCTAssertEqual(rows.map { $0[1] }, [27.4, 129.1])
    }

    func testCapacitiesAndTargets() throws {
        XCTAssertEqual(try scalar("MATCH (:Enterprise {name: 'Juhua Group'})-[p:PRODUCES]->(:Product) RETURN p.capacity"), 60000.0)
        XCTAssertEqual(try scalar("MATCH (:Region {name: 'Shanxi'})-[:HAS_TARGET]->(t {year: 2022}) RETURN t.value"), 200e9)
        XCTAssertEqual(try seedGraph().execute("MATCH (:Industry {name: 'chemical industry'})-[:HAS_TARGET]->(t) RETURN t.year ORDER BY t.year").rows.map { $0[0] },
                       [2017, 2020])
        XCTAssertEqual(try scalar("MATCH (e:Event) WHERE e.attendees = 150 RETURN e.date"), .date(try GraphDate(iso8601: "2012-04-26")))
    }

    func testWhichParkHostsWhichChain() throws {
        XCTAssertEqual(try scalar("""
            MATCH (:IndustrialPark {name: 'Yangqu Industrial Park'})-[:HOSTS]->(m)
            WHERE m.name IN ['acrylonitrile', 'polyacrylonitrile filament', 'high-performance carbon fiber', 'prepreg',
                             'prefabricated parts', 'composite material parts', 'terminal products']
            RETURN count(m)
            """), 7)
        XCTAssertEqual(try strings("MATCH (:Product {name: 'terminal products'})-[:APPLIED_IN]->(i) RETURN i.name ORDER BY i.name"),
                       ["aerospace", "aviation", "building reinforcement", "new energy"])
        XCTAssertEqual(try strings("MATCH (p:IndustrialPark)-[:PART_OF]->(:Zone {name: 'Taixin Integrated Economic Zone'}) RETURN p.name ORDER BY p.name").count, 4)
    }

    func testPeopleAndRolesFromTheChineseArticle() throws {
        XCTAssertEqual(try scalar("MATCH (:Person {name: 'Sun Jianguo'})-[w:WORKS_FOR]->(:Region {name: 'Quzhou'}) RETURN w.title"), "party secretary")
        XCTAssertEqual(try scalar("MATCH (e:Enterprise)-[:PART_OF {role: 'founding enterprise'}]->(:Enterprise {name: 'China General Technology Group'}) RETURN count(e)"), 3)
        XCTAssertEqual(try strings("MATCH (:Institute {name: 'China Textile Academy'})-[:DEVELOPS]->(p)<-[:FEEDS]-(:Industry {name: 'fluorosilicone new materials'}) RETURN p.name ORDER BY p.name"),
                       ["coated composite materials", "fluorine-containing nonwovens"])
        XCTAssertEqual(try scalar("MATCH (:Region {name: 'Quzhou'})-[:HAS_FIGURE]->(f) WHERE f.year IS NULL RETURN f.minimum"), 36.0)
    }

    /// Issue 23: qualifiers the articles state are data a query can tell apart.
    func testQualifiersAreKept() throws {
        let chains = try seedGraph().execute(
            "MATCH (t:Target {name: 'Shanxi characteristic new material chains'}) RETURN t.minimum, t.maximum, t.value").rows[0]
        XCTAssertEqual(chains, [3.0, 5.0, .null], "3 to 5 chains is a range, not 5")
        XCTAssertEqual(try seedGraph().execute("MATCH (e:Event) WHERE e.attendees = 150 RETURN e.approximate").rows.map { $0[0] }, [true],
                       "nearly 150 people")
        XCTAssertEqual(try seedGraph().execute("""
            MATCH (i:Industry)-[p:PART_OF]->(:Cluster {name: 'Quzhou fluorosilicone new material industry cluster'})
            RETURN p.role, i.name ORDER BY p.role, i.name
            """).rows.map { $0.map { $0.stringValue! } }, [
                ["constituent chain", "fluorine chemical industry"], ["constituent chain", "inorganic silicon"],
                ["constituent chain", "organic silicon"], ["umbrella industry", "fluorosilicone new materials"],
            ])
        XCTAssertEqual(try strings("""
            MATCH (:Region {name: 'Quzhou'})-[h:HOSTS {role: 'characteristic industry'}]->(i) RETURN i.name ORDER BY i.name
            """), ["air power machinery", "fluorosilicone new materials", "high-grade special paper",
                   "high-voltage power transmission and distribution", "metal products", "new building materials"])
        XCTAssertEqual(try strings("""
            MATCH (:Cluster {name: 'Taixin new material industry cluster'})-[:LOCATED_IN {role: 'core park'}]->(p:IndustrialPark)
            RETURN p.name ORDER BY p.name
            """).count, 4)
        XCTAssertEqual(try scalar("MATCH (f:Figure {name: 'Quzhou industrial growth, six years'}) RETURN [f.minimum, f.consecutive_years, f.growth_percent]"),
                       [36.0, 6, .null])
    }

    /// Issue 23: dates of the articles, and facts that were missing.
    func testArticleDatesAndAddedFacts() throws {
        XCTAssertEqual(try seedGraph().execute("MATCH (a:Article) RETURN a.name, a.date ORDER BY a.name").rows.map { $0[1] }, [
            .null, .date(try GraphDate(iso8601: "2019-11-25")), .date(try GraphDate(iso8601: "2016-03-24")),
            .date(try GraphDate(iso8601: "2022-04-25")), .null,
        ])
        XCTAssertEqual(try scalar("MATCH (:Event {year: 2016})-[:REPORTED_IN]->(a:Article) RETURN a.name"), "002_f8df8fdb0c928cbd.txt")
        XCTAssertEqual(try scalar("MATCH (g:Enterprise {name: 'China General Technology Group'}) RETURN g.formed_from_enterprises"), 6)
        XCTAssertEqual(try scalar("MATCH (:Region {name: 'Quzhou'})-[:PARTICIPATED_IN {role: 'host'}]->(e:Event) RETURN e.consecutive_years"), 6)
        XCTAssertEqual(try scalar("MATCH (:Region {name: 'Quzhou'})-[:ISSUED]->(p:Policy) RETURN p.name_zh"), "四个一百")
    }

    /// Issue 23: what no article says is gone, and the inconsistencies are fixed.
    func testNothingBeyondTheArticles() throws {
        XCTAssertEqual(try scalar("""
            MATCH (e:Enterprise)-[:PART_OF]->(:Enterprise {name: 'China General Technology Group'})
            WHERE e.name IN ['CMC International Tendering', 'General Consulting'] RETURN count(e)
            """), 0)
        XCTAssertEqual(try strings("""
            MATCH (e:Event {name: 'Twelfth Five-Year Plan briefing for the petrochemical and chemical industry'})-[:LOCATED_IN]->(r)
            RETURN r.name
            """), ["Quzhou"], "held in 'Yanzhou', an alias of Quzhou")
        XCTAssertEqual(try scalar("MATCH (p:Product {name: 'PVDC food packaging materials'}) RETURN p.description CONTAINS 'film'"), false)
        XCTAssertEqual(try scalar("MATCH (:Region {name: 'Shangyu District'})-[r:PART_OF]->(:Region {name: 'Zhejiang'}) RETURN count(r)"), 0,
                       "article 002 does not name Zhejiang")
    }

    func testShangyuMeetingPeople() throws {
        XCTAssertEqual(try strings("MATCH (p:Person)-[:LEADS]->(:Event {year: 2016}) RETURN p.name"), ["Tao Guanfeng"])
        XCTAssertEqual(try scalar("MATCH (:Person)-[r:PARTICIPATED_IN]->(:Event {year: 2016}) RETURN count(r)"), 4)
    }

    func testEverythingCarriesItsSource() throws {
        let files = ["000_c5340d27b39fd25a.txt", "001_3d0212d7308dfdf8.txt", "002_f8df8fdb0c928cbd.txt",
                     "003_04b11971600df4c6.txt", "004_3ba3c5d7ee2c0bc0.txt"]
        XCTAssertEqual(try scalar("MATCH (n) WHERE n.source IS NULL OR size(n.sources) = 0 RETURN count(n)"), 0)
        XCTAssertEqual(try scalar("MATCH ()-[r]->() WHERE r.source IS NULL RETURN count(r)"), 0)
        XCTAssertEqual(Set(try strings("MATCH (n) RETURN DISTINCT n.source")), Set(files))
        XCTAssertEqual(try scalar("MATCH (q:Region {name: 'Quzhou'}) RETURN q.sources"),
                       .list([files[0], files[1], files[4]].map(Value.string)), "Quzhou appears in three articles")
    }

    func testTheCompiledInSeedTextIsUpToDate() throws {
        let folder = try XCTUnwrap(SeedGraph.repositorySeeds)
        let source = folder.deletingLastPathComponent().appendingPathComponent("Sources/chaingraph/Resources/SeedGraphText.swift")
        XCTAssertEqual(try String(contentsOf: source, encoding: .utf8), SeedGraph.swiftSource(of: try SeedGraph.bundleText(from: folder)),
                       "run `swift run chaingraph build-seeds` after changing seeds/")
        XCTAssertEqual(SeedGraphText.text, try SeedGraph.bundleText(from: folder), "the binary holds the current seeds")
    }

    /// The binary needs nothing beside it: copied elsewhere, with its build folder out of
    /// reach, it still opens the seed graph.
    func testACopiedBinaryRunsAnywhere() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cg-copied-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let binary = folder.appendingPathComponent("chaingraph")
        try FileManager.default.copyItem(at: productsDirectory.appendingPathComponent("chaingraph"), to: binary)
        let result = try runProduct(binary.path, [], stdin: "MATCH (n) RETURN count(n) AS nodes;", absolute: true, directory: folder)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("│ 139"), result.stdout)
    }

}
