import XCTest
@testable import ChainGraph

/// `provenance(x)`: evidence spans first, then the record's own file and line, and what
/// exports make of it (the derived `provenance` key in GraphML, `provenance:IGNORE` in CSV).
final class ProvenanceEntriesTests: XCTestCase {
    private func graph() throws -> GraphDatabase {
        let db = GraphDatabase()
        try db.executeScript("""
            CHAIN (:Material) 'acrylonitrile' -> 'PAN filament' VIA FEEDS SOURCE 'chain.cypher', LINE 7;
            MATCH (m {name: 'acrylonitrile'}) SET m.evidence = ['a:b.txt:3:7-40', 'chain.cypher:7:0-12'];
            MATCH (m {name: 'PAN filament'}) SET m.evidence = ['not a span'];
            MATCH ()-[r:FEEDS]->() SET r.evidence = ['article.txt:5:100-180'];
            CREATE (:Park {name: 'Yangqu'})
            """)
        return db
    }

    func testSpansParseFromTheRightSoFileNamesMayHoldColons() {
        XCTAssertEqual(ProvenanceEntries.Span("a:b.txt:3:7-40")?.source, "a:b.txt")
        XCTAssertEqual(ProvenanceEntries.Span("a.txt:3:7-40")?.map, ["source": "a.txt", "line": 3, "start": 7, "end": 40])
        for bad in ["a.txt:3", "a.txt:0:1-2", "a.txt:3:9-2", ":3:1-2", "a.txt:x:1-2", "a.txt:3:1-", "a.txt:3:-1-2"] {
            XCTAssertNil(ProvenanceEntries.Span(bad), bad)
        }
    }

    /// Records with only their file and line (imports) are written directly; the text is
    /// the one the general path gives.
    func testTheDirectJSONOfAFileAndLineEqualsTheGeneralOne() {
        for provenance in [Provenance(source: "a \"b\".csv", line: 12), Provenance(source: "x"), Provenance(line: 3),
                           Provenance(source: "衢州\n.csv", line: 1)] {
            let general = Value.list(ProvenanceEntries.entries(provenance: provenance, evidence: nil)
                .map { .map($0.filter { !$0.value.isNull }) }).jsonText
            XCTAssertEqual(ProvenanceEntries.jsonText(provenance: provenance, evidence: nil), general)
        }
        XCTAssertNil(ProvenanceEntries.jsonText(provenance: .none, evidence: nil))
        XCTAssertEqual(ProvenanceEntries.jsonText(provenance: .none, evidence: .list(["a.txt:1:0-2"])),
                       #"[{"end":2,"line":1,"source":"a.txt","start":0}]"#)
    }

    func testTheFunctionListsSpansThenTheRecordsOwnFileWhenNoSpanNamesIt() throws {
        let db = try graph()
        let rows = try db.execute("MATCH (m:Material) RETURN m.name, provenance(m) ORDER BY m.name DESC").rows
        XCTAssertEqual(rows[0][1], .list([
            .map(["source": "a:b.txt", "line": 3, "start": 7, "end": 40]),
            .map(["source": "chain.cypher", "line": 7, "start": 0, "end": 12]),
        ]), "the CHAIN's own file has a span, so it is not listed again")
        XCTAssertEqual(rows[1][1], .list([
            .map(["source": "not a span", "line": .null, "start": .null, "end": .null]),
            .map(["source": "chain.cypher", "line": 7, "start": .null, "end": .null]),
        ]), "a string that is not a span is still shown")
        XCTAssertEqual(try db.execute("MATCH ()-[r:FEEDS]->() RETURN provenance(r)").scalar, .list([
            .map(["source": "article.txt", "line": 5, "start": 100, "end": 180]),
            .map(["source": "chain.cypher", "line": 7, "start": .null, "end": .null]),
        ]))
        XCTAssertEqual(try db.execute("MATCH (p:Park) RETURN provenance(p)").scalar, .list([]))
        XCTAssertEqual(try db.execute("RETURN provenance(null)").scalar, .null)
        XCTAssertThrowsError(try db.execute("RETURN provenance('text')")) { error in
            XCTAssertEqual((error as? ChainGraphError)?.code, "InvalidArgumentType")
        }
        XCTAssertThrowsError(try db.execute("WITH [1] AS l RETURN provenance(l)"))
    }

    func testGraphMLCarriesTheListAndImportReadsItBackAsNothing() throws {
        let db = try graph()
        let text = try db.graphML()
        XCTAssertTrue(text.contains(#"<key id="node.provenance.list" for="node" attr.name="provenance" attr.type="string"/>"#))
        XCTAssertTrue(text.contains("[{&quot;end&quot;:180,&quot;line&quot;:5,&quot;source&quot;:&quot;article.txt&quot;,&quot;start&quot;:100},"
                                    + "{&quot;line&quot;:7,&quot;source&quot;:&quot;chain.cypher&quot;}]"), text)
        let copy = GraphDatabase()
        try copy.importGraphML(text: text)
        XCTAssertEqual(try copy.execute("MATCH (n) WHERE n.provenance IS NOT NULL RETURN count(n)").scalar, 0)
        XCTAssertEqual(try copy.execute("MATCH (m {name: 'acrylonitrile'}) RETURN provenance(m)").scalar,
                       try db.execute("MATCH (m {name: 'acrylonitrile'}) RETURN provenance(m)").scalar)
        XCTAssertEqual(try copy.graphML(), text, "a second export is byte-identical")
    }

    func testAPropertyNamedProvenanceKeepsItsKey() throws {
        let db = GraphDatabase()
        try db.executeScript("CREATE (:Doc {name: 'x', provenance: 'mine', evidence: ['a.txt:1:0-1']})")
        let text = try db.graphML()
        XCTAssertFalse(text.contains(#"id="node.provenance.list""#), "no derived key beside the user's")
        let copy = GraphDatabase()
        try copy.importGraphML(text: text)
        XCTAssertEqual(try copy.execute("MATCH (d:Doc) RETURN d.provenance").scalar, "mine")
    }

    func testCSVWritesAnIgnoredColumn() throws {
        let db = try graph()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("provenance-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try db.exportCSV(to: folder)
        let nodes = try String(contentsOfFile: folder + "/nodes.Material.csv", encoding: .utf8).split(separator: "\n")
        XCTAssertTrue(nodes[0].hasSuffix(",provenance:IGNORE"), String(nodes[0]))
        XCTAssertFalse(try String(contentsOfFile: folder + "/nodes.Park.csv", encoding: .utf8).contains("provenance"),
                       "no column where no element has provenance")
        let copy = GraphDatabase()
        try copy.importCSV(directory: folder)
        XCTAssertEqual(try copy.execute("MATCH (n) WHERE n.provenance IS NOT NULL RETURN count(n)").scalar, 0)
        XCTAssertEqual(try copy.execute("MATCH (m {name: 'acrylonitrile'}) RETURN m.evidence").scalar, ["a:b.txt:3:7-40", "chain.cypher:7:0-12"])
    }
}
