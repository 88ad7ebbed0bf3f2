import XCTest
@testable import ChainGraph

final class PropertyListTests: XCTestCase {
    func testItBehavesLikeADictionary() {
        var list = PropertyList()
        list["name"] = "carbon fiber"
        list["tier"] = 3
        list["name"] = "prepreg"
        XCTAssertEqual(list["name"], "prepreg")
        XCTAssertEqual(list.removeValue(forKey: "tier"), 3)
        XCTAssertNil(list.removeValue(forKey: "tier"))
        list["gone"] = "x"
        list["gone"] = nil
        XCTAssertEqual(list.dictionary, ["name": "prepreg"])
        XCTAssertEqual(list.renamed(["name": "title"]).dictionary, ["title": "prepreg"])
    }

    /// The importers' list path gives the same elements as the dictionary path, drops
    /// nulls, and refuses what a property cannot hold, in open and in strict mode.
    func testTheListPathCreatesWhatTheDictionaryPathCreates() throws {
        for strict in [false, true] {
            let db = GraphDatabase()
            if strict {
                try db.execute("CREATE NODE TYPE Material (name STRING PRIMARY KEY, tier INT)")
                try db.execute("CREATE EDGE TYPE FEEDS (FROM Material TO Material, share DOUBLE)")
            }
            var list = PropertyList()
            list["name"] = "a"
            list["tier"] = 1
            list["dropped"] = strict ? nil : .null
            try db.write { tx in
                let a = try tx.writer.createNode(labels: ["Material"], propertyList: list, provenance: Provenance(source: "f", line: 2))
                let b = try tx.createNode(labels: ["Material"], properties: ["name": "b", "tier": 2])
                var edge = PropertyList()
                edge["share"] = 0.5
                _ = try tx.writer.createEdge("FEEDS", from: a, to: b, propertyList: edge, provenance: .none)
                var invalid = PropertyList()
                invalid["name"] = .map(["x": 1])
                XCTAssertThrowsError(try tx.writer.createNode(labels: ["Material"], propertyList: invalid, provenance: .none))
            }
            let rows = try db.execute("MATCH (a)-[f:FEEDS]->(b) RETURN a.name, a.tier, keys(a), f.share, b.name").rows
            XCTAssertEqual(rows.count, 1)
            XCTAssertEqual(rows[0][0], "a")
            XCTAssertEqual(rows[0][1], 1)
            XCTAssertEqual(rows[0][2], .list(["name", "tier"]))
            XCTAssertEqual(rows[0][3], 0.5)
            XCTAssertEqual(rows[0][4], "b")
        }
    }
}
