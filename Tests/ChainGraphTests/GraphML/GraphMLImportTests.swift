import XCTest
@testable import ChainGraph

/// Import of constructs real files contain, hostile files, malformed files and strict schemas.
final class GraphMLImportTests: XCTestCase {
    private func graphML(_ body: String, keys: String = "", edgeDefault: String = "directed") -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
        \(keys)
        <graph id="G" edgedefault="\(edgeDefault)">
        \(body)
        </graph>
        </graphml>
        """
    }

    private func assertError(_ text: String, code: String, line: Int? = nil, file: StaticString = #filePath,
                             sourceLine: UInt = #line) {
        let db = GraphDatabase()
        XCTAssertThrowsError(try db.importGraphML(text: text, name: "input.graphml"), file: file, line: sourceLine) { error in
            let error = error as? ChainGraphError
            XCTAssertEqual(error?.code, code, "\(String(describing: error))", file: file, line: sourceLine)
            if let line { XCTAssertEqual(error?.position?.line, line, "\(String(describing: error))", file: file, line: sourceLine) }
            XCTAssertEqual(error?.position?.file, "input.graphml", file: file, line: sourceLine)
        }
        XCTAssertEqual(try db.snapshot.nodeCount, 0, "nothing is imported", file: file, line: sourceLine)
    }

    func testKeysDefaultsAndTypes() throws {
        let db = GraphDatabase()
        let summary = try db.importGraphML(text: graphML("""
            <node id="a"><data key="k1">42</data><data key="k2">true</data><data key="k3">2.5</data></node>
            <node id="b"/>
            <edge source="a" target="b"><data key="w">3</data></edge>
            <data key="g">cluster</data>
            """, keys: """
            <key id="k1" for="node" attr.name="capacity" attr.type="long"/>
            <key id="k2" for="node" attr.name="listed" attr.type="boolean"><default>false</default></key>
            <key id="k3" attr.name="share" attr.type="double"/>
            <key id="k4" for="node" attr.name="colour"><default>grey</default></key>
            <key id="w" for="edge" attr.name="weight" attr.type="float"/>
            <key id="g" for="graph" attr.name="title" attr.type="string"/>
            """))
        XCTAssertEqual(summary.nodes, 2)
        XCTAssertEqual(summary.graphData["title"], "cluster")
        let a = try XCTUnwrap(db.snapshot.nodes(where: "graphml_id", equals: "a").first)
        XCTAssertEqual(a["capacity"], 42)
        XCTAssertEqual(a["listed"], true)
        XCTAssertEqual(a["share"], 2.5)
        XCTAssertEqual(a["colour"], "grey")
        let b = try XCTUnwrap(db.snapshot.nodes(where: "graphml_id", equals: "b").first)
        XCTAssertEqual(b["listed"], false, "<default> applies")
        XCTAssertEqual(try db.execute("MATCH ()-[r:RELATED_TO]->() RETURN r.weight").scalar, 3.0)
    }

    func testUndirectedAndMixedEdges() throws {
        let db = GraphDatabase()
        try db.importGraphML(text: graphML("""
            <node id="a"/><node id="b"/>
            <edge source="a" target="b"/>
            <edge source="b" target="a" directed="true"/>
            """, edgeDefault: "undirected"))
        XCTAssertEqual(try db.execute("MATCH ()-[r]->() WHERE r.undirected = true RETURN count(r)").scalar, 1)
        XCTAssertEqual(try db.execute("MATCH ()-[r]->() WHERE r.undirected IS NULL RETURN count(r)").scalar, 1)
        let again = try db.graphML()
        XCTAssertTrue(again.contains(#"directed="false""#), "undirected edges are written back as undirected")
    }

    func testEdgesMayComeBeforeTheirNodes() throws {
        let db = GraphDatabase()
        let summary = try db.importGraphML(text: graphML(#"<edge source="x" target="y"/><node id="x"/><node id="y"/>"#))
        XCTAssertEqual(summary.edges, 1)
    }

    func testAPOCLabelsAndEdgeTypes() throws {
        let db = GraphDatabase()
        try db.importGraphML(text: graphML("""
            <node id="n1" labels=":Material"><data key="labels">:Material:Chemical</data><data key="name">acrylonitrile</data></node>
            <node id="n2"><data key="labels">:Material</data><data key="name">PAN</data></node>
            <edge source="n1" target="n2"><data key="label">FEEDS</data></edge>
            """, keys: """
            <key id="labels" for="node" attr.name="labels"/>
            <key id="name" for="node" attr.name="name"/>
            <key id="label" for="edge" attr.name="label"/>
            """))
        XCTAssertEqual(try db.execute("MATCH (:Chemical)-[:FEEDS]->(m:Material) RETURN m.name").scalar, "PAN")
    }

    func testHyperedgesAreRefusedWithTheirPosition() {
        assertError(graphML("""
            <node id="a"/><node id="b"/><node id="c"/>
            <hyperedge><endpoint node="a"/><endpoint node="b"/><endpoint node="c"/></hyperedge>
            """), code: "HyperedgeNotSupported", line: 6)
    }

    func testMalformedXMLIsRefusedWithLineAndColumnAndNothingImported() {
        assertError(graphML(#"<node id="a"/><node id="b"></nod>"#), code: "MalformedXML", line: 5)
        assertError("<graphml><graph><node id='a'>", code: "MalformedXML", line: 1)
        assertError("", code: "MalformedXML")
        assertError("<notgraphml/>", code: "NotGraphML", line: 1)
    }

    func testEscapedAttributesAndTextsLongerThanAParsedChunk() throws {
        // Attribute values and texts with character references and predefined entities, and a
        // text spanning several of the parser's chunks: each comes back as written.
        let long = String(repeating: "polyacrylonitrile & ", count: 3 * XMLEventParser.chunkSize / 20)
        let escapedLong = long.replacingOccurrences(of: "&", with: "&amp;")
        let db = GraphDatabase()
        try db.importGraphML(text: graphML("""
            <node id="a&amp;b &lt;&#38;&#x26;&quot;&amp;#38;"><data key="n">carbon &lt;fibre&gt; &amp; &#x4E2D;</data></node>
            <node id="c"><data key="n">\(escapedLong)</data></node>
            <edge source="a&amp;b &lt;&#38;&#x26;&quot;&amp;#38;" target="c"/>
            """, keys: #"<key id="n" for="node" attr.name="name" attr.type="string"/>"#),
                             options: GraphMLImportOptions(idProperty: "gid"))
        let a = try XCTUnwrap(db.snapshot.nodes(where: "gid", equals: "a&b <&&\"&#38;").first)
        XCTAssertEqual(a["name"], "carbon <fibre> & 中")
        let c = try XCTUnwrap(db.snapshot.nodes(where: "gid", equals: "c").first)
        XCTAssertEqual(c["name"], .string(long))
        XCTAssertEqual(try db.execute("MATCH ({gid: 'c'})<--(a) RETURN a.name").scalar, "carbon <fibre> & 中")
    }

    func testBadReferencesAndValues() {
        assertError(graphML(#"<node id="a"/><edge source="a" target="ghost"/>"#), code: "UnknownNode", line: 5)
        assertError(graphML(#"<node id="a"/><node id="a"/>"#), code: "DuplicateNodeID", line: 5)
        assertError(graphML(#"<node/>"#), code: "MissingAttribute", line: 5)
        assertError(graphML(#"<node id="a"><data key="k">many</data></node>"#,
                            keys: #"<key id="k" for="node" attr.name="count" attr.type="int"/>"#),
                    code: "InvalidValue", line: 5)
    }

    func testBillionLaughsFailsFastInBoundedMemory() {
        var entities = #"<!ENTITY lol0 "lol">"#
        for level in 1...30 {
            entities += "\n<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level - 1);", count: 10) + "\">"
        }
        let text = """
            <?xml version="1.0"?>
            <!DOCTYPE graphml [\(entities)]>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="directed">
            <node id="a"><data key="d">&lol30;</data></node></graph></graphml>
            """
        let start = Date()
        assertError(text, code: "DocumentTypeNotAllowed")
        XCTAssertLessThan(Date().timeIntervalSince(start), 5, "refused before any expansion")
    }

    func testExternalEntitiesAreNeverRead() {
        let text = """
            <?xml version="1.0"?>
            <!DOCTYPE graphml [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="directed">
            <node id="a"><data key="d">&secret;</data></node></graph></graphml>
            """
        assertError(text, code: "DocumentTypeNotAllowed", line: 2)
    }

    func testStrictSchemaMappingWithRenamesAndPositionedViolations() throws {
        let db = GraphDatabase()
        try db.execute("CREATE NODE TYPE Material (name STRING PRIMARY KEY, tier INT64)")
        try db.execute("CREATE EDGE TYPE FEEDS (FROM Material TO Material)")
        let keys = """
            <key id="t" for="node" attr.name="title" attr.type="string"/>
            <key id="l" for="node" attr.name="level" attr.type="int"/>
            """
        let options = GraphMLImportOptions(defaultNodeLabel: "Material", defaultEdgeType: "FEEDS",
                                           propertyRenames: ["title": "name", "level": "tier"], idProperty: nil)
        let summary = try db.importGraphML(text: graphML("""
            <node id="a"><data key="t">acrylonitrile</data><data key="l">0</data></node>
            <node id="b"><data key="t">PAN filament</data><data key="l">1</data></node>
            <edge source="a" target="b"/>
            """, keys: keys), options: options)
        XCTAssertEqual(summary.nodes, 2)
        XCTAssertEqual(try db.execute("MATCH (:Material {name: 'acrylonitrile'})-[:FEEDS]->(m) RETURN m.tier").scalar, 1)

        let clash = graphML("""
            <node id="c"><data key="t">carbon fiber</data></node>
            <node id="d"><data key="t">carbon fiber</data></node>
            """, keys: keys)
        XCTAssertThrowsError(try db.importGraphML(text: clash, name: "clash.graphml", options: options)) { error in
            let error = error as? ChainGraphError
            XCTAssertEqual(error?.code, "DuplicatePrimaryKey")
            XCTAssertEqual(error?.position?.file, "clash.graphml")
            XCTAssertEqual(error?.position?.line, 7)
            XCTAssertTrue(error?.message.hasPrefix("node 'd'") == true, "\(String(describing: error))")
        }
        XCTAssertEqual(try db.snapshot.nodeCount, 2, "the failed import left nothing behind")
    }

    func testProgressIsReported() throws {
        let body = (0..<30000).map { "<node id=\"n\($0)\"/>" }.joined(separator: "\n")
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("progress-\(UUID()).graphml").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try graphML(body).write(toFile: path, atomically: true, encoding: .utf8)
        let calls = ProgressLog()
        try GraphDatabase().importGraphML(from: path, options: GraphMLImportOptions(progress: { read, total in calls.append(read, total) }))
        XCTAssertGreaterThan(calls.count, 0)
        XCTAssertEqual(calls.last?.0, calls.last?.1, "the last call reports the whole file")
    }

    func testGraphicsAreKeptAndNestedGraphsAreNamedInTheWarnings() throws {
        let db = GraphDatabase()
        let summary = try db.importGraphML(text: """
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
              <key id="d0" for="node" yfiles.type="nodegraphics"/>
              <graph edgedefault="directed">
                <node id="g"><graph edgedefault="directed"><node id="g::a">
                  <data key="d0"><y:ShapeNode><y:Geometry x="1" y="2"/><y:NodeLabel>inner</y:NodeLabel></y:ShapeNode></data>
                </node></graph></node>
              </graph>
            </graphml>
            """)
        let messages = summary.warnings.map(\.message)
        XCTAssertFalse(messages.contains { $0.contains("yFiles graphics") }, "open mode keeps them: \(messages)")
        XCTAssertTrue(messages.contains { $0.contains("nested graphs are flattened") }, "\(messages)")
        XCTAssertEqual(try db.execute("MATCH (n {name: 'inner'}) RETURN n.x, n.y, n.width").rows, [[1.0, 2.0, nil]])
    }

    func testEdgeIdsAreKept() throws {
        let db = GraphDatabase()
        try db.importGraphML(text: """
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
              <graph edgedefault="directed">
                <node id="a"/><node id="b"/><edge id="ab" source="a" target="b"/><edge source="b" target="a"/>
              </graph>
            </graphml>
            """)
        let ids = try db.execute("MATCH ()-[r]->() RETURN r.graphml_id AS id ORDER BY id").rows
        XCTAssertEqual(ids, [["ab"], [.null]], "an edge without an id keeps none")
    }

    func testGraphDataIsStoredListedAndWrittenBack() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("graph-data-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = folder.appendingPathComponent("karate.graphml").path
        try """
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
              <key id="g0" for="graph" attr.name="Citation" attr.type="string"/>
              <key id="g1" for="graph" attr.name="year" attr.type="int"/>
              <key id="g2" for="graph" attr.name="Modularity Class" attr.type="double"/>
              <graph id="karate" edgedefault="undirected"><data key="g0">Zachary 1977</data><data key="g1">1977</data>
                <data key="g2">0.42</data>
                <node id="a"/><node id="b"/><edge source="a" target="b"/>
              </graph>
            </graphml>
            """.write(toFile: source, atomically: true, encoding: .utf8)
        let path = folder.appendingPathComponent("karate.cg").path
        let configuration = DatabaseConfiguration(fileAccess: .unrestricted)
        var db = try GraphDatabase(path: path, configuration: configuration)
        let summary = try db.importGraphML(from: source)
        XCTAssertEqual(summary.graphData["Citation"], "Zachary 1977")
        XCTAssertFalse(summary.warnings.contains { $0.message.contains("not stored") }, "\(summary.warnings)")
        db.close()
        db = try GraphDatabase(path: path, configuration: configuration)
        defer { db.close() }
        let listed = try db.execute("CALL graphData() YIELD source, graph, name, value RETURN graph, name, value").rows
        XCTAssertEqual(listed, [["karate", "Citation", "Zachary 1977"], ["karate", "year", 1977], ["karate", "Modularity Class", 0.42]])
        XCTAssertEqual(try db.execute("CALL graphData() YIELD source RETURN DISTINCT source").scalar, .string(source))

        let exported = folder.appendingPathComponent("out.graphml").path
        try db.exportGraphML(to: exported)
        let validator = try GraphMLSchemaValidator(schemaPath: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/xsd/graphml.xsd").path)
        XCTAssertEqual(try validator.violations(inFile: exported).map(\.description), [])
        let text = try String(contentsOfFile: exported, encoding: .utf8)
        XCTAssertTrue(text.contains(#"<key id="graph.1" for="graph" attr.name="year" attr.type="int"/>"#), text)
        XCTAssertTrue(text.contains(#"<data key="graph.0">Zachary 1977</data>"#))
        let copy = GraphDatabase(configuration: configuration)
        try copy.importGraphML(from: exported)
        XCTAssertEqual(try copy.execute("CALL graphData() YIELD name, value RETURN name, value").rows,
                       [["Citation", "Zachary 1977"], ["year", 1977], ["Modularity Class", 0.42]])
    }
}

private final class ProgressLog: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [(Int64, Int64)] = []
    func append(_ read: Int64, _ total: Int64) { lock.withLock { entries.append((read, total)) } }
    var count: Int { lock.withLock { entries.count } }
    var last: (Int64, Int64)? { lock.withLock { entries.last } }
}
