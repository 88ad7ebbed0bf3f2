import XCTest
@testable import ChainGraph

final class GraphMLExportTests: XCTestCase {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()

    /// A small carbon-fiber chain with an enterprise, in strict mode.
    static func carbonFiberGraph() throws -> GraphDatabase {
        let db = GraphDatabase(configuration: DatabaseConfiguration(fileAccess: .unrestricted))
        try db.executeScript("""
            CREATE NODE TYPE Material (name STRING PRIMARY KEY, tier INT64, aliases LIST<STRING>);
            CREATE NODE TYPE Enterprise (name STRING PRIMARY KEY, founded DATE, listed BOOL);
            CREATE EDGE TYPE FEEDS (FROM Material TO Material, share DOUBLE);
            CREATE EDGE TYPE PRODUCES (FROM Enterprise TO Material, capacity INT64);
            CHAIN (:Material) 'acrylonitrile' -> 'polyacrylonitrile filament' -> 'carbon fiber' -> 'prepreg' VIA FEEDS SOURCE 'fixture.md', LINE 4;
            MATCH (m:Material {name: 'carbon fiber'}) SET m.aliases = ['CF', '碳纤维'], m.tier = 3;
            CREATE (:Enterprise {name: 'Example Fibre Co. <Ltd> & "Sons"', founded: date('2009-06-01'), listed: true});
            MATCH (e:Enterprise), (m:Material {name: 'carbon fiber'}) CREATE (e)-[:PRODUCES {capacity: 12000}]->(m);
            MATCH (:Material {name: 'acrylonitrile'})-[f:FEEDS]->() SET f.share = 0.75
            """)
        return db
    }

    private func assertGolden(_ text: String, _ name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let url = Self.folder.appendingPathComponent("Golden/\(name)")
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        XCTAssertEqual(text, expected, "\(name) differs from its golden file (UPDATE_GOLDEN=1 to accept)", file: file, line: line)
    }

    func testGoldenFilesForEachProfileAndDOT() throws {
        let db = try Self.carbonFiberGraph()
        for profile in GraphMLProfile.allCases {
            try assertGolden(try db.graphML(options: GraphExportOptions(profile: profile)), "carbon-fiber.\(profile.rawValue).graphml")
        }
        try assertGolden(try db.dot(), "carbon-fiber.dot")
    }

    private func validator() throws -> GraphMLSchemaValidator {
        try GraphMLSchemaValidator(schemaPath: Self.folder.appendingPathComponent("Fixtures/xsd/graphml.xsd").path)
    }

    private func temporaryFile(_ suffix: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("export-\(UUID()).\(suffix)").path
    }

    func testPlainGephiAndTinkerPopExportsAreValidAgainstTheGraphMLSchema() throws {
        let db = try Self.carbonFiberGraph()
        let validator = try validator()
        for profile in [GraphMLProfile.plain, .gephi, .tinkerpop] {
            let path = temporaryFile("graphml")
            defer { try? FileManager.default.removeItem(atPath: path) }
            try db.exportGraphML(to: path, options: GraphExportOptions(profile: profile))
            XCTAssertEqual(try validator.violations(inFile: path).map(\.description), [], "\(profile)")
        }
    }

    func testPropertyNamesThatAreNotNMTokensAreEncodedAndComeBack() throws {
        let db = GraphDatabase()
        try db.execute("CREATE (:Material {`Modularity Class`: 3, `share %`: 0.5, 比重: 1.5, name: 'x'})")
        let path = temporaryFile("graphml")
        defer { try? FileManager.default.removeItem(atPath: path) }
        for profile in [GraphMLProfile.plain, .gephi] {
            try db.exportGraphML(to: path, options: GraphExportOptions(profile: profile))
            XCTAssertEqual(try validator().violations(inFile: path).map(\.description), [], "\(profile)")
            let text = try String(contentsOfFile: path, encoding: .utf8)
            XCTAssertTrue(text.contains("attr.name=\"Modularity_x0020_Class\""), text)
            XCTAssertTrue(text.contains("attr.name=\"share_x0020__x0025_\""), text)
            XCTAssertTrue(text.contains("attr.name=\"比重\""), text)
            let copy = GraphDatabase()
            try copy.importGraphML(from: path)
            let row = try copy.execute("MATCH (m:Material) RETURN m.`Modularity Class` AS c, m.`share %` AS s, m.比重 AS z").rows
            XCTAssertEqual(row, [[3, 0.5, 1.5]], "\(profile)")
        }
    }

    func testAPOCExportBreaksTheSchemaOnlyWithAPOCsAttributes() throws {
        let db = try Self.carbonFiberGraph()
        let path = temporaryFile("graphml")
        defer { try? FileManager.default.removeItem(atPath: path) }
        try db.exportGraphML(to: path, options: GraphExportOptions(profile: .apoc))
        let violations = try validator().violations(inFile: path)
        XCTAssertFalse(violations.isEmpty)
        XCTAssertTrue(violations.allSatisfy { $0.message.contains("'labels'") || $0.message.contains("'label'") }, "\(violations)")
    }

    func testYEdExportBreaksTheSchemaOnlyWithYFilesExtensions() throws {
        let db = try Self.carbonFiberGraph()
        let path = temporaryFile("graphml")
        defer { try? FileManager.default.removeItem(atPath: path) }
        try db.exportGraphML(to: path, options: GraphExportOptions(profile: .yed))
        let violations = try validator().violations(inFile: path)
        XCTAssertEqual(violations.filter { $0.message.contains("yfiles.type") }.count, 2)
        XCTAssertTrue(violations.allSatisfy { $0.message.contains("yfiles.type") || $0.message.contains("{http://www.yworks.com/xml/graphml}") },
                      "\(violations)")
    }

    func testTheValidatorFindsRealViolations() throws {
        let path = temporaryFile("graphml")
        defer { try? FileManager.default.removeItem(atPath: path) }
        try #"<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph><node/></graph></graphml>"#
            .write(toFile: path, atomically: true, encoding: .utf8)
        let violations = try validator().violations(inFile: path)
        XCTAssertFalse(violations.isEmpty)
        XCTAssertEqual(violations.first?.position?.line, 1)
    }

    func testYEdProfileLabelsColoursAndLegendOnRequest() throws {
        let db = try Self.carbonFiberGraph()
        let plainYEd = try db.graphML(options: GraphExportOptions(profile: .yed))
        XCTAssertFalse(plainYEd.contains("node.legend"), "no legend nodes unless asked for: other tools count them as data")
        XCTAssertFalse(plainYEd.contains(">Enterprise</y:NodeLabel>"))
        var options = GraphExportOptions(profile: .yed)
        options.includesLegend = true
        let text = try db.graphML(options: options)
        XCTAssertTrue(text.contains(#"<y:NodeLabel"#))
        XCTAssertTrue(text.contains(">carbon fiber</y:NodeLabel>"))
        XCTAssertTrue(text.contains(">Enterprise</y:NodeLabel>"), "legend entry for the Enterprise type")
        XCTAssertTrue(text.contains(##"<y:Fill color="#77AADD""##))
        XCTAssertTrue(text.contains(##"<y:Fill color="#EE8866""##))
        let copy = GraphDatabase()
        let summary = try copy.importGraphML(text: text)
        XCTAssertEqual(summary.nodes, 5, "legend nodes are not imported")
    }

    func testGephiProfileWritesLabelColourAndWeight() throws {
        let text = try Self.carbonFiberGraph().graphML(options: GraphExportOptions(profile: .gephi))
        for name in ["label", "r", "g", "b", "size", "x", "y"] {
            XCTAssertTrue(text.contains(#"for="node" attr.name="\#(name)""#), name)
        }
        XCTAssertTrue(text.contains(#"attr.name="weight" attr.type="double""#))
        XCTAssertTrue(text.contains(#"<data key="gephi.label">prepreg</data>"#))
    }

    func testTypeScopeSelectsNodesAndTheirEdges() throws {
        let db = try Self.carbonFiberGraph()
        let materials = try db.selection(.types(["Material"]))
        XCTAssertEqual(materials.nodeIDs.count, 4)
        XCTAssertEqual(materials.edgeIDs.count, 3)
        let produces = try db.selection(.types(["PRODUCES"]))
        XCTAssertEqual(produces.nodeIDs.count, 2, "endpoints come with the edges")
        XCTAssertEqual(produces.edgeIDs.count, 1)
        XCTAssertThrowsError(try db.selection(.types(["Materail"]))) { error in
            XCTAssertEqual((error as? ChainGraphError)?.code, "UnknownType")
            XCTAssertTrue((error as? ChainGraphError)?.message.contains("Material") == true)
        }
    }

    func testQueryScopeExportsWhatTheQueryReturns() throws {
        let db = try Self.carbonFiberGraph()
        let scope = GraphSelection.Scope.query("MATCH p = (:Material {name: 'acrylonitrile'})-[:FEEDS*2]->() RETURN p")
        let selection = try db.selection(scope)
        XCTAssertEqual(selection.nodeIDs.count, 3)
        XCTAssertEqual(selection.edgeIDs.count, 2)
        let edgeOnly = try db.selection(.query("MATCH (:Enterprise)-[r]->() RETURN r"))
        XCTAssertEqual(edgeOnly.nodeIDs.count, 2, "an edge brings its endpoints")
        XCTAssertThrowsError(try db.selection(.query("CREATE (:Material {name: 'x'})"))) { error in
            XCTAssertEqual((error as? ChainGraphError)?.code, "ReadOnlyQueryExpected")
        }
        let copy = GraphDatabase()
        try copy.importGraphML(text: try db.graphML(options: GraphExportOptions(scope: scope)))
        XCTAssertEqual(try copy.execute("MATCH ()-[r:FEEDS]->() RETURN count(r)").scalar, 2)
    }

    func testUnwritableDestinationIsAnIOError() throws {
        let db = try Self.carbonFiberGraph()
        XCTAssertThrowsError(try db.exportGraphML(to: "/nonexistent-dir/x.graphml")) { error in
            XCTAssertEqual((error as? ChainGraphError)?.kind, .ioError)
        }
        XCTAssertThrowsError(try db.exportDOT(to: "/nonexistent-dir/x.dot")) { error in
            XCTAssertEqual((error as? ChainGraphError)?.kind, .ioError)
        }
    }

    func testNamesXMLCannotHoldAreRefused() throws {
        let db = GraphDatabase()
        try db.write { try $0.createNode(labels: ["Bad\u{1}Label"]) }
        XCTAssertThrowsError(try db.graphML()) { error in
            XCTAssertEqual((error as? ChainGraphError)?.code, "UnrepresentableInXML")
        }
    }

    func testExportsReportProgressToTheEnd() throws {
        let db = try Self.carbonFiberGraph()
        final class Log: @unchecked Sendable {
            let lock = NSLock()
            var calls: [(Int64, Int64)] = []
        }
        for format in ["graphml", "dot", "csv"] {
            let log = Log()
            let options = GraphExportOptions(progress: { done, total in log.lock.withLock { log.calls.append((done, total)) } })
            let path = temporaryFile(format)
            defer { try? FileManager.default.removeItem(atPath: path) }
            switch format {
            case "graphml": try db.exportGraphML(to: path, options: options)
            case "dot": try db.exportDOT(to: path, options: options)
            default: try db.exportCSV(to: path, options: options)
            }
            XCTAssertEqual(log.calls.last?.0, 9, format)
            XCTAssertEqual(log.calls.last?.1, 9, format)
        }
    }

    /// Large exports are formatted in chunks on every core: the chunks must come out whole,
    /// in order, and give what reading the file back and writing it again gives.
    func testChunkedExportKeepsElementsInOrder() throws {
        let db = GraphDatabase()
        // Past one wave of chunks (4 × 4,096 on two cores).
        let count = 17_000
        try db.write { tx in
            var ids: [NodeID] = []
            for index in 0..<count {
                ids.append(try tx.createNode(labels: [index % 3 == 0 ? "Enterprise" : "Material"],
                                             properties: ["name": .string("m\(index)"), "tier": .int(Int64(index % 7))]))
            }
            for index in 0..<count {
                try tx.createEdge("FEEDS", from: ids[index], to: ids[(index * 7 + 1) % count], properties: ["qty": .double(Double(index) / 8)])
            }
        }
        for profile in [GraphMLProfile.plain, .yed] {
            final class Log: @unchecked Sendable {
                let lock = NSLock()
                var done: [Int64] = []
            }
            let log = Log()
            let path = temporaryFile("graphml"), again = temporaryFile("graphml")
            defer { try? FileManager.default.removeItem(atPath: path); try? FileManager.default.removeItem(atPath: again) }
            try db.exportGraphML(to: path, options: GraphExportOptions(profile: profile,
                                                                        progress: { done, _ in log.lock.withLock { log.done.append(done) } }))
            let text = try String(contentsOfFile: path, encoding: .utf8)
            let nodeIDs = text.matches(of: /<node id="n(\d+)"/).map { Int($0.1)! }.filter { profile != .yed || $0 < count }
            let edgeIDs = text.matches(of: /<edge id="e(\d+)"/).map { Int($0.1)! }
            XCTAssertEqual(nodeIDs, Array(0..<count), "\(profile)")
            XCTAssertEqual(edgeIDs, Array(0..<count), "\(profile)")
            XCTAssertEqual(log.done, (1...3).map { Int64($0 * 10_000) } + [Int64(2 * count)], "\(profile)")
            if profile == .plain {
                let copy = GraphDatabase()
                try copy.importGraphML(from: path)
                try copy.exportGraphML(to: again)
                XCTAssertEqual(try String(contentsOfFile: again, encoding: .utf8), text, "export → import → export is byte-identical")
            }
        }
    }
}

