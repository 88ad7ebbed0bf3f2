import XCTest
@testable import ChainGraph

final class CSVImportTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("csv-import-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: folder) }

    @discardableResult
    private func file(_ name: String, _ text: String) throws -> String {
        let path = folder.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func testNeo4jHeadersTypesArraysAndLabels() throws {
        let nodes = try file("materials.csv", """
            id:ID(Material),name,tier:int,share:double,strategic:boolean,since:date,aliases:string[],:LABEL,note:IGNORE
            1,acrylonitrile,0,0.5,true,2020-01-02,AN;丙烯腈,Material;Chemical,x
            2,"polyacrylonitrile filament, PAN",1,,false,,,Material,y
            """)
        let edges = try file("feeds.csv", """
            :START_ID(Material),:END_ID(Material),:TYPE,qty:double
            1,2,FEEDS,2.5
            """)
        let db = GraphDatabase()
        let summary = try db.importCSV(nodes: [CSVSource(nodes)], relationships: [CSVSource(edges)])
        XCTAssertEqual(summary.nodes, 2)
        XCTAssertEqual(summary.edges, 1)
        let an = try XCTUnwrap(db.snapshot.nodes(where: "name", equals: "acrylonitrile").first)
        XCTAssertEqual(an.labels.sorted(), ["Chemical", "Material"])
        XCTAssertEqual(an["id"], "1", "the id column is also a property, a string by default")
        XCTAssertEqual(an["tier"], 0)
        XCTAssertEqual(an["share"], 0.5)
        XCTAssertEqual(an["strategic"], true)
        XCTAssertEqual(an["since"], .date(try GraphDate(iso8601: "2020-01-02")))
        XCTAssertEqual(an["aliases"], ["AN", "丙烯腈"])
        XCTAssertEqual(an["note"], .null, ":IGNORE columns are skipped")
        XCTAssertEqual(an.provenance, Provenance(source: "materials.csv", line: 2))
        let pan = try XCTUnwrap(db.snapshot.nodes(where: "name", equals: "polyacrylonitrile filament, PAN").first)
        XCTAssertEqual(pan["share"], .null, "empty fields are null")
        XCTAssertEqual(try db.execute("MATCH (:Chemical)-[f:FEEDS]->(m) RETURN f.qty").scalar, 2.5)
    }

    func testPlainCSVWithAHeaderMappingAndTheDeclaredSchema() throws {
        let db = GraphDatabase()
        try db.execute("CREATE NODE TYPE Material (id INT64 PRIMARY KEY, name STRING, tier INT64)")
        try db.execute("CREATE EDGE TYPE FEEDS (FROM Material TO Material, qty DOUBLE)")
        try file("materials.csv", "id,name,tier\n0,MAT-0,0\n1,MAT-1,1\n")
        try file("feeds.csv", "src,dst,qty\n0,1,2.348\n")
        let options = CSVImportOptions(headers: ["materials.csv": "id:ID(Material),name,tier",
                                                 "feeds.csv": ":START_ID(Material),:END_ID(Material),qty"])
        try db.importCSV(nodes: [CSVSource(folder.appendingPathComponent("materials.csv").path, name: "Material")],
                         relationships: [CSVSource(folder.appendingPathComponent("feeds.csv").path, name: "FEEDS")],
                         options: options)
        let sum = try db.execute("MATCH (a:Material)-[f:FEEDS]->(b) RETURN a.id + b.tier + f.qty").scalar
        XCTAssertEqual(sum, .double(3.348), "untyped columns take the declared types")
    }

    func testRelationshipsFindExistingNodesByPrimaryKey() throws {
        let db = GraphDatabase()
        try db.executeScript("""
            CREATE NODE TYPE Material (name STRING PRIMARY KEY);
            CREATE EDGE TYPE FEEDS (FROM Material TO Material);
            CHAIN (:Material) 'industrial silicon' -> 'polysilicon' VIA FEEDS
            """)
        let edges = try file("more.csv", ":START_ID(Material),:END_ID(Material)\npolysilicon,industrial silicon\n")
        try db.importCSV(nodes: [], relationships: [CSVSource(edges, name: "FEEDS")])
        XCTAssertEqual(try db.execute("MATCH ()-[f:FEEDS]->() RETURN count(f)").scalar, 2)
    }

    func testBadRowsFailWithTheirLineOrAreSkippedUpToTheCap() throws {
        let nodes = try file("n.csv", ":ID,value:int\n1,10\n2,twenty\n3,30\n4,\"x\"\n1,50\n")
        let db = GraphDatabase()
        XCTAssertThrowsError(try db.importCSV(nodes: [CSVSource(nodes, name: "N")])) { error in
            let error = error as? ChainGraphError
            XCTAssertEqual(error?.code, "InvalidValue")
            XCTAssertEqual(error?.position?.file, nodes)
            XCTAssertEqual(error?.position?.line, 3)
            XCTAssertEqual(error?.position?.column, 2)
        }
        XCTAssertEqual(try db.snapshot.nodeCount, 0, "nothing imported")
        let summary = try db.importCSV(nodes: [CSVSource(nodes, name: "N")], options: CSVImportOptions(maximumBadRows: 3))
        XCTAssertEqual(summary.nodes, 2)
        XCTAssertEqual(summary.badRowCount, 3)
        XCTAssertEqual(summary.badRows.map(\.code), ["InvalidValue", "InvalidValue", "DuplicateID"])
        XCTAssertEqual(summary.badRows.map { $0.position?.line }, [3, 5, 6])
        let strict = GraphDatabase()
        XCTAssertThrowsError(try strict.importCSV(nodes: [CSVSource(nodes, name: "N")], options: CSVImportOptions(maximumBadRows: 2))) {
            XCTAssertEqual(($0 as? ChainGraphError)?.code, "TooManyBadRows")
        }
    }

    func testPropertiesReadOnTheReaderThreadKeepRowOrderAndBadRows() throws {
        // A file of one label and an edge file of one type: their properties are read on the
        // reader thread. Bad values and a short row across several batches are reported at
        // their lines, in order, as when the importer reads them itself.
        let rows = 3 * CSVRowPrefetcher.batchRows
        let badNodeLines = [5, rows / 2, rows - 1], shortLine = rows - 7, badEdgeLines = [7, rows / 2 + 1, rows - 2]
        var nodes = "id:ID(Material),tier:int,share:double\n", edges = ":START_ID(Material),:END_ID(Material),qty:double\n"
        for line in 2...rows {
            nodes += line == shortLine ? "\(line),1\n" : badNodeLines.contains(line) ? "\(line),x,0.5\n" : "\(line),\(line % 7),\(line).25\n"
            edges += "2,3,\(badEdgeLines.contains(line) ? "q" : "\(line).5")\n"
        }
        let db = GraphDatabase()
        let summary = try db.importCSV(nodes: [CSVSource(try file("tiers.csv", nodes), name: "Material")],
                                       relationships: [CSVSource(try file("feeds.csv", edges), name: "FEEDS")],
                                       options: CSVImportOptions(maximumBadRows: 10))
        XCTAssertEqual(summary.badRows.map { $0.position?.line }, (badNodeLines + [shortLine]).sorted() + badEdgeLines)
        XCTAssertEqual(summary.badRows.map(\.code), ["InvalidValue", "InvalidValue", "WrongFieldCount", "InvalidValue",
                                                     "InvalidValue", "InvalidValue", "InvalidValue"])
        XCTAssertEqual(summary.nodes, rows - 1 - 4)
        XCTAssertEqual(summary.edges, rows - 1 - 3)
        let line = rows / 3
        XCTAssertEqual(try db.execute("MATCH (m:Material {id: '\(line)'}) RETURN m.tier * 1000 + m.share").scalar,
                       .double(Double(line % 7 * 1000) + Double(line) + 0.25))
        XCTAssertEqual(try db.execute("MATCH ()-[f:FEEDS]->() RETURN sum(f.qty)").scalar,
                       .double((2...rows).filter { !badEdgeLines.contains($0) }.reduce(0.0) { $0 + Double($1) + 0.5 }))
    }

    func testAHeaderOnlyFileLeavesNoLabelOrPropertyName() throws {
        let db = GraphDatabase()
        let summary = try db.importCSV(nodes: [CSVSource(try file("ghosts.csv", "id:ID(Ghost),haunts:int\n"), name: "Ghost")],
                                       relationships: [CSVSource(try file("spooks.csv", ":START_ID(Ghost),:END_ID(Ghost),fear:double\n"),
                                                                 name: "SPOOKS")])
        XCTAssertEqual([summary.nodes, summary.edges], [0, 0])
        XCTAssertFalse(try db.snapshot.labelNames.contains("Ghost"))
        XCTAssertFalse(try db.snapshot.propertyNames.contains("haunts"))
        XCTAssertFalse(try db.snapshot.edgeTypeNames.contains("SPOOKS"))
    }

    func testStructuralErrors() throws {
        let db = GraphDatabase()
        let wide = try file("wide.csv", ":ID,a\n1,x,y\n")
        XCTAssertThrowsError(try db.importCSV(nodes: [CSVSource(wide, name: "N")])) {
            XCTAssertEqual(($0 as? ChainGraphError)?.code, "WrongFieldCount")
        }
        let header = try file("header.csv", ":ID,a:money\n1,2\n")
        XCTAssertThrowsError(try db.importCSV(nodes: [CSVSource(header, name: "N")])) {
            XCTAssertEqual(($0 as? ChainGraphError)?.code, "InvalidCSVHeader")
            XCTAssertEqual(($0 as? ChainGraphError)?.position?.column, 2)
        }
        let halfHeader = try file("half.csv", ":START_ID,:TYPE\n1,FEEDS\n")
        XCTAssertThrowsError(try db.importCSV(nodes: [], relationships: [CSVSource(halfHeader)])) {
            XCTAssertEqual(($0 as? ChainGraphError)?.code, "InvalidCSVHeader")
        }
        let dangling = try file("edges.csv", ":START_ID,:END_ID,:TYPE\n1,2,FEEDS\n")
        XCTAssertThrowsError(try db.importCSV(nodes: [], relationships: [CSVSource(dangling)])) {
            XCTAssertEqual(($0 as? ChainGraphError)?.code, "UnknownNode")
            XCTAssertEqual(($0 as? ChainGraphError)?.position?.line, 2)
        }
    }

    func testRoundTripThroughAFolder() throws {
        let db = GraphDatabase()
        try db.executeScript("""
            CHAIN (:Material) 'acrylonitrile' -> 'polyacrylonitrile filament' -> 'carbon fiber' VIA FEEDS;
            MATCH (m {name: 'carbon fiber'}) SET m.aliases = ['CF', '碳纤维'], m.tier = 2, m.note = '', m.share = 0.25,
              m.quote = 'say "hi", twice', m.since = date('2009-06-01'), m.ok = true,
              m.opened = datetime('2023-05-18T09:30+08:00[Asia/Shanghai]'), m.shift = localtime('06:30'),
              m.leadTime = duration('P1M15DT-0.5S'), m.windows = [time('08:00+08:00'), time('20:00+08:00')],
              m.stamp = localdatetime('2024-01-01T00:00:00.5');
            CREATE (:Enterprise:Listed {name: 'Example Fibre Co.'});
            MATCH (e:Enterprise), (m {name: 'carbon fiber'}) CREATE (e)-[:PRODUCES {capacity: 12000, lines: [1, 2]}]->(m)
            """)
        let out = folder.appendingPathComponent("out").path
        let summary = try db.exportCSV(to: out)
        XCTAssertEqual(summary.nodes, 4)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: out).sorted(),
                       ["nodes.Enterprise_Listed.csv", "nodes.Material.csv", "relationships.FEEDS.csv", "relationships.PRODUCES.csv"])
        let copy = GraphDatabase()
        try copy.importCSV(directory: out)
        func dump(_ db: GraphDatabase) throws -> [String] {
            try db.execute("MATCH (n) OPTIONAL MATCH (n)-[r]->(m) RETURN n, r, m.name ORDER BY n.name, m.name").rows.map {
                var node = $0[0]
                if case .node(var value) = node { value.id = NodeID(0); value.provenance = .none; value.properties["id"] = nil; node = .node(value) }
                var edge = $0[1]
                if case .edge(var value) = edge { value.id = EdgeID(0); value.from = NodeID(0); value.to = NodeID(0); value.provenance = .none; edge = .edge(value) }
                return "\(node) \(edge) \($0[2])"
            }
        }
        XCTAssertEqual(try dump(copy), try dump(db))
        let header = try String(contentsOfFile: out + "/nodes.Material.csv", encoding: .utf8).split(separator: "\n").first ?? ""
        for column in ["opened:datetime", "shift:localtime", "leadTime:duration", "windows:time[]", "stamp:localdatetime"] {
            XCTAssertTrue(header.contains(column), "\(column) in \(header)")
        }
        XCTAssertEqual(try copy.execute("MATCH (m {name: 'carbon fiber'}) RETURN m.opened.timezone, m.leadTime.seconds").rows[0],
                       ["Asia/Shanghai", -1])
        let again = folder.appendingPathComponent("again").path
        try copy.exportCSV(to: again)
        XCTAssertEqual(try String(contentsOfFile: again + "/relationships.PRODUCES.csv", encoding: .utf8).split(separator: "\n").first,
                       ":START_ID,:END_ID,:TYPE,capacity:long,lines:long[],provenance:IGNORE", "the copy has provenance: its CSV files and lines")
    }

    /// Columns are compiled per file: two files of one label (or edge type) with different
    /// headers each read their own columns.
    func testFilesOfOneTypeWithDifferentHeaders() throws {
        let db = GraphDatabase()
        try db.executeScript("""
            CREATE NODE TYPE Material (name STRING PRIMARY KEY, tier INT64, unit STRING);
            CREATE EDGE TYPE FEEDS (FROM Material TO Material, qty DOUBLE, note STRING)
            """)
        let first = try file("a.csv", ":ID(Material),name,tier\n1,silicon,0\n")
        let second = try file("b.csv", "unit,name,:ID(Material)\nkg,polysilicon,2\n")
        let feeds = try file("f.csv", ":START_ID(Material),:END_ID(Material),qty\n1,2,0.5\n")
        let more = try file("g.csv", "note,:END_ID(Material),:START_ID(Material)\nrecycled,1,2\n")
        try db.importCSV(nodes: [CSVSource(first, name: "Material"), CSVSource(second, name: "Material")],
                         relationships: [CSVSource(feeds, name: "FEEDS"), CSVSource(more, name: "FEEDS")])
        let rows = try db.execute("MATCH (m:Material) RETURN m.name, m.tier, m.unit ORDER BY m.name").rows
        XCTAssertEqual(rows, [["polysilicon", .null, "kg"], ["silicon", 0, .null]])
        let edges = try db.execute("MATCH (a)-[f:FEEDS]->(b) RETURN a.name, b.name, f.qty, f.note ORDER BY a.name").rows
        XCTAssertEqual(edges, [["polysilicon", "silicon", .null, "recycled"], ["silicon", "polysilicon", 0.5, .null]])
    }

    func testCopyStatement() throws {
        let db = GraphDatabase(configuration: DatabaseConfiguration(fileAccess: .unrestricted))
        try db.executeScript("""
            CREATE NODE TYPE Material (name STRING PRIMARY KEY, tier INT64);
            CREATE EDGE TYPE FEEDS (FROM Material TO Material, qty DOUBLE)
            """)
        let materials = try file("m.csv", "name,tier\nindustrial silicon,0\npolysilicon,1\n")
        let feeds = try file("f.csv", "from,to,qty\nindustrial silicon,polysilicon,0.9\n")
        let copied = try db.execute("COPY Material FROM $file", parameters: ["file": .string(materials)])
        XCTAssertEqual(copied.columns, ["file", "nodes", "edges", "badRows"])
        XCTAssertEqual(copied.rows.first?[1], 2)
        XCTAssertEqual(try db.execute("COPY FEEDS FROM '\(feeds)'").rows.first?[2], 1)
        XCTAssertEqual(try db.execute("MATCH (:Material {name: 'industrial silicon'})-[f:FEEDS]->(m) RETURN m.tier + f.qty").scalar, 1.9)
        XCTAssertThrowsError(try db.execute("COPY Materail FROM 'x.csv'")) {
            XCTAssertEqual(($0 as? ChainGraphError)?.code, "UnknownType")
            XCTAssertTrue(($0 as? ChainGraphError)?.message.contains("did you mean 'Material'") == true)
        }
    }
}
