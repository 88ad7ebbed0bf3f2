import XCTest
@testable import ChainGraph

/// Every real GraphML file in the shared samples folder (or the committed copies) imports
/// with the node and edge counts its README lists.
final class GraphMLSampleImportTests: XCTestCase {
    /// Nodes and edges per sample, from ../shared/graphml/README.md (nested graphs included).
    static let expectedCounts: [String: (nodes: Int, edges: Int)] = [
        "yed__Calpano_graphinout__projektstrukturplan": (29, 28),
        "yed__Calpano_graphinout__ci-cd-process": (12, 10),
        "yfiles-java__Calpano_graphinout__byteblock": (1, 0),
        "yfiles-html__igraph_igraph__graphml-yed": (3, 2),
        "gephi-testfixture__gephi_gephi__cdata": (2, 1),
        "igraph__igraph_igraph__graphml-hsa05010": (26, 10),
        "igraph__igraph_igraph__cattr_bool_bug": (10, 9),
        "java-graphml-library__igraph_igraph__test": (6, 7),
        "handwritten__igraph_igraph__graphml-default-attrs": (3, 2),
        "networkx-osmnx__gboeing_osmnx__short": (1, 0),
        "graph-tool__gephi_gephi__moviegalaxies": (27, 102),
        "tinkerpop__apache_tinkerpop__tinkerpop-modern": (6, 6),
        "tinkerpop__apache_tinkerpop__graph-types": (1, 0),
        "isgci__Calpano_graphinout__planar": (66, 101),
        "handwritten__Calpano_graphinout__sample": (9, 7),
        "handwritten__Calpano_graphinout__graph-with-nested-ports": (2, 1),
        "unknown-python__Calpano_graphinout__got-graph": (84, 216),
        "handwritten__Calpano_graphinout__four_neuron_cpg": (4, 8),
    ]

    static var sampleFolders: [URL] {
        let here = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        let shared = here.appendingPathComponent("../../../../shared/graphml/samples").standardized
        let committed = here.appendingPathComponent("Fixtures/samples")
        return FileManager.default.fileExists(atPath: shared.path) ? [shared, committed] : [committed]
    }

    func testEverySampleImportsWithItsCounts() throws {
        var imported = Set<String>()
        for folder in Self.sampleFolders {
            let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".graphml") }
            for file in files.sorted() {
                let stem = String(file.dropLast(".graphml".count))
                let db = GraphDatabase()
                let summary = try db.importGraphML(from: folder.appendingPathComponent(file).path)
                let expected = try XCTUnwrap(Self.expectedCounts[stem], "no expected counts for \(stem)")
                XCTAssertEqual(summary.nodes, expected.nodes, "\(stem) nodes")
                XCTAssertEqual(summary.edges, expected.edges, "\(stem) edges")
                XCTAssertEqual(try db.snapshot.nodeCount, expected.nodes, stem)
                XCTAssertEqual(try db.snapshot.adjacencyIndexMismatches(), [], stem)
                imported.insert(stem)
            }
        }
        XCTAssertEqual(imported.count, Self.sampleFolders.count == 2 ? Self.expectedCounts.count : 8)
    }

    private func sample(_ stem: String) throws -> String {
        for folder in Self.sampleFolders {
            let path = folder.appendingPathComponent(stem + ".graphml").path
            if FileManager.default.fileExists(atPath: path) { return path }
        }
        throw XCTSkip("sample \(stem) is not available")
    }

    func testYEdLabelsBecomeNames() throws {
        let db = GraphDatabase()
        try db.importGraphML(from: try sample("yed__Calpano_graphinout__projektstrukturplan"))
        let named = try db.execute("MATCH (n) WHERE n.name IS NOT NULL RETURN count(n)").scalar
        XCTAssertEqual(named, 29)
    }

    func testTinkerPopLabelsAndTypes() throws {
        let db = GraphDatabase()
        try db.importGraphML(from: try sample("tinkerpop__apache_tinkerpop__tinkerpop-modern"))
        XCTAssertEqual(try db.execute("MATCH (p:person) RETURN count(p)").scalar, 4)
        XCTAssertEqual(try db.execute("MATCH (:person)-[c:created]->(:software) RETURN count(c)").scalar, 4)
        XCTAssertEqual(try db.execute("MATCH (p:person {name: 'marko'}) RETURN p.age").scalar, 29)
        XCTAssertEqual(try db.execute("MATCH ()-[k:knows]->() RETURN min(k.weight)").scalar, 0.5)
    }

    func testNestedGraphsAreFlattenedWithParents() throws {
        let db = GraphDatabase()
        try db.importGraphML(from: try sample("handwritten__Calpano_graphinout__sample"))
        let withParent = try db.execute("MATCH (n) WHERE n.parent IS NOT NULL RETURN count(n)").scalar
        XCTAssertEqual(withParent?.intValue.map { $0 > 0 }, true)
    }

    func testPortsAreKept() throws {
        let db = GraphDatabase()
        try db.importGraphML(from: try sample("handwritten__Calpano_graphinout__graph-with-nested-ports"))
        let ports = try db.execute("MATCH (n) WHERE n.ports IS NOT NULL RETURN count(n)").scalar
        XCTAssertEqual(ports?.intValue.map { $0 > 0 }, true)
    }
}

/// A yEd diagram that goes through ChainGraph keeps its look.
final class YFilesGraphicsRoundTripTests: XCTestCase {
    private var sample: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/samples/yed__Calpano_graphinout__projektstrukturplan.graphml").path
    }

    func testGraphicsBecomeDocumentedProperties() throws {
        let db = GraphDatabase()
        try db.importGraphML(from: sample)
        let row = try XCTUnwrap(try db.execute("""
            MATCH (n {name: 'Sciebo RDS'}) RETURN n.x, n.y, n.width, n.height, n.fill, n.fill2, n.shape, n.font_size, n.font_style
            """).rows.first)
        XCTAssertEqual(row, [.double(462.6703654418502), .double(0.0), .double(139.9084249084251), .double(40.0), .string("#E8EEF7"),
                             .string("#B7C9E3"), .string("com.yworks.flowchart.process"), .double(20.0), .string("bold")])
        let bends = try db.execute("MATCH ()-[r]->() WHERE r.bends IS NOT NULL RETURN r.bends ORDER BY size(r.bends) LIMIT 1").scalar
        XCTAssertEqual(bends?.listValue?.count.isMultiple(of: 2), true, "bends are x, y pairs")
        XCTAssertEqual(try db.execute("MATCH ()-[r]->() RETURN DISTINCT r.arrow_target").rows, [["standard"]])
    }

    func testTheYEdExportDrawsTheDiagramWhereItWas() throws {
        let db = GraphDatabase()
        try db.importGraphML(from: sample)
        let text = try db.graphML(options: GraphExportOptions(profile: .yed))
        XCTAssertTrue(text.contains(#"<y:GenericNode configuration="com.yworks.flowchart.process">"#))
        XCTAssertTrue(text.contains(#"<y:Geometry height="40.0" width="139.9084249084251" x="462.6703654418502" y="0.0"/>"#))
        XCTAssertTrue(text.contains(##"<y:Fill color="#E8EEF7" color2="#B7C9E3" transparent="false"/>"##))
        XCTAssertTrue(text.contains(#"<y:Point x="532.6245778960628" y="60.0"/>"#), "bends come back")
        let copy = GraphDatabase()
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("yed-\(UUID()).graphml").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        try copy.importGraphML(from: path)
        let query = "MATCH (n) RETURN n.name, n.x, n.y, n.width, n.height, n.fill, n.shape, n.font_size ORDER BY n.name, n.x"
        XCTAssertEqual(try copy.execute(query).rows, try db.execute(query).rows)
    }

    func testGroupsAndNamesSurviveASecondRoundTrip() throws {
        // A ChainGraph yEd export read back names each member's group by the group's kept
        // id (not the export's position id), and its drawn labels (types, ids) do not become
        // names.
        let nested = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/samples/handwritten__Calpano_graphinout__sample.graphml").path
        let first = GraphDatabase()
        try first.importGraphML(from: nested)
        var databases = [first]
        for round in 1...2 {
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("groups-\(round)-\(UUID()).graphml").path
            defer { try? FileManager.default.removeItem(atPath: path) }
            try databases.last!.graphML(options: GraphExportOptions(profile: .yed)).write(toFile: path, atomically: true, encoding: .utf8)
            let copy = GraphDatabase()
            try copy.importGraphML(from: path)
            databases.append(copy)
        }
        let groups = """
            MATCH (m) WHERE m.parent IS NOT NULL OPTIONAL MATCH (g {graphml_id: m.parent})
            RETURN m.graphml_id, g.graphml_id ORDER BY m.graphml_id
            """
        let expected = try first.execute(groups).rows
        XCTAssertFalse(expected.isEmpty)
        XCTAssertFalse(expected.contains { $0[1] == .null }, "each parent names a node")
        let names = "MATCH (n) RETURN n.graphml_id, n.name ORDER BY n.graphml_id"
        let edgeNames = "MATCH ()-[r]->() WHERE r.name IS NOT NULL RETURN count(r)"
        for copy in databases.dropFirst() {
            XCTAssertEqual(try copy.execute(groups).rows, expected)
            XCTAssertEqual(try copy.execute(names).rows, try first.execute(names).rows)
            XCTAssertEqual(try copy.execute(edgeNames).scalar, try first.execute(edgeNames).scalar)
        }
    }

    func testStrictModeKeepsTheNameAndSaysTheRestIsNotKept() throws {
        let db = GraphDatabase()
        try db.executeScript("""
            CREATE NODE TYPE Step (name STRING PRIMARY KEY, graphml_id STRING, description STRING, url STRING);
            CREATE EDGE TYPE NEXT (FROM Step TO Step, graphml_id STRING, description STRING, url STRING)
            """)
        var options = GraphMLImportOptions()
        options.defaultNodeLabel = "Step"
        options.defaultEdgeType = "NEXT"
        let summary = try db.importGraphML(from: sample, options: options)
        XCTAssertTrue(summary.warnings.contains { $0.description.contains("open mode only") }, "\(summary.warnings)")
        XCTAssertEqual(try db.execute("MATCH (n:Step {name: 'Sciebo RDS'}) RETURN count(n)").scalar, 1)
    }
}

/// Nested graphs come back as yEd group nodes.
final class YEdGroupExportTests: XCTestCase {
    func testNestedGraphsAreWrittenAsGroupNodesHoldingTheirMembers() throws {
        let db = GraphDatabase()
        try db.importGraphML(text: """
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
              <graph edgedefault="directed">
                <node id="park"><graph id="park:" edgedefault="directed">
                  <node id="plant"/>
                  <node id="lab"><graph id="lab:" edgedefault="directed"><node id="bench"/></graph></node>
                </graph></node>
                <node id="port"/>
                <edge source="bench" target="port"/>
              </graph>
            </graphml>
            """)
        let text = try db.graphML(options: GraphExportOptions(profile: .yed))
        let groups = text.components(separatedBy: #"yfiles.foldertype="group""#).count - 1
        XCTAssertEqual(groups, 2, "park and lab are groups")
        XCTAssertEqual(text.components(separatedBy: "<y:GroupNode>").count - 1, 2)
        // The members sit inside their group's <graph>, and the edge stays at the top.
        let park = try XCTUnwrap(text.range(of: "<graph id=\"n"))
        let bench = try XCTUnwrap(text.range(of: ">bench<"))
        XCTAssertLessThan(park.lowerBound, bench.lowerBound)
        XCTAssertEqual(text.components(separatedBy: "<graph ").count - 1, 3, "the top graph and one per group")
        // Every profile but yEd stays flat.
        XCTAssertFalse(try db.graphML().contains("foldertype"))
        // The drawing: each group's box holds its members' boxes.
        let copy = GraphDatabase()
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("groups-\(UUID()).graphml").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        try copy.importGraphML(from: path)
        let boxes = try copy.execute("MATCH (n) RETURN n.graphml_id AS name, n.x, n.y, n.width, n.height").rows
        func box(_ name: String) throws -> [Double] {
            try XCTUnwrap(boxes.first { $0[0] == .string(name) }).dropFirst().map { $0.doubleValue! }
        }
        for (group, member) in [("park", "plant"), ("park", "lab"), ("lab", "bench")] {
            let outer = try box(group), inner = try box(member)
            XCTAssertTrue(outer[0] <= inner[0] && outer[1] <= inner[1] && outer[0] + outer[2] >= inner[0] + inner[2]
                          && outer[1] + outer[3] >= inner[1] + inner[3], "\(group) holds \(member)")
        }
    }
}
