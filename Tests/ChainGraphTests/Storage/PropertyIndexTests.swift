import XCTest
@testable import ChainGraph

/// Property indexes: the DDL, what they find after every kind of write, their use by
/// MATCH, and their life in the database file.
final class PropertyIndexTests: XCTestCase {
    func testCreateShowAndDropIndexes() throws {
        let db = GraphDatabase()
        try db.execute("CREATE INDEX FOR (m:Material) ON (m.name)")
        try db.execute("CREATE INDEX tiers IF NOT EXISTS FOR (m:Material) ON (m.tier)")
        try db.execute("CREATE INDEX tiers IF NOT EXISTS FOR (m:Material) ON (m.tier)")
        try db.execute("UNWIND range(1, 4) AS i CREATE (:Material {name: 'm' + i, tier: i % 2})")
        XCTAssertEqual(try db.execute("SHOW INDEXES").rows,
                       [["index_Material_name", "Material", "name", "HASH+ORDERED", 4], ["tiers", "Material", "tier", "HASH+ORDERED", 4]])
        assertThrowsGraphError(.semanticError, "IndexAlreadyExists") {
            try db.execute("CREATE INDEX other FOR (x:Material) ON (x.name)")
        }
        assertThrowsGraphError(.semanticError, "IndexAlreadyExists") {
            try db.execute("CREATE INDEX tiers FOR (x:Enterprise) ON (x.name)")
        }
        let mismatch = assertThrowsGraphError(.syntaxError, "UndefinedVariable") {
            try db.execute("CREATE INDEX FOR (m:Material) ON (n.name)")
        }
        XCTAssertEqual(mismatch?.position?.description, "1:35")
        assertThrowsGraphError(.syntaxError, "InvalidArgumentType") {
            try db.execute("CREATE INDEX FOR (m:Material) ON (m.name, m.tier)")
        }
        try db.execute("DROP INDEX tiers")
        try db.execute("DROP INDEX tiers IF EXISTS")
        let unknown = assertThrowsGraphError(.semanticError, "UnknownIndex") { try db.execute("DROP INDEX index_Material_nam") }
        XCTAssertTrue(unknown?.message.contains("did you mean") == true, "\(String(describing: unknown))")
        XCTAssertEqual(try db.execute("SHOW INDEXES").count, 1)
        XCTAssertEqual(try db.read { $0.schema.ddl }, "CREATE INDEX index_Material_name FOR (n:Material) ON (n.name);")
    }

    func testMatchUsesTheIndexInsteadOfAScan() throws {
        let db = GraphDatabase()
        try db.execute("UNWIND range(1, 2000) AS i CREATE (:Material {name: 'm' + i, tier: i % 7})")
        func scanned(_ query: String) throws -> String {
            let plan = try XCTUnwrap(try db.execute("PROFILE " + query).plan)
            return String(try XCTUnwrap(plan.split(separator: "\n").last).split(separator: ", ").dropFirst().joined(separator: ", "))
        }
        let query = "MATCH (m:Material) WHERE m.name = 'm1234' RETURN m.tier"
        XCTAssertEqual(try scanned(query), "2000 node(s) scanned, 0 index lookup(s)")
        try db.execute("CREATE INDEX FOR (m:Material) ON (m.name)")
        XCTAssertEqual(try scanned(query), "1 node(s) scanned, 1 index lookup(s)")
        XCTAssertEqual(try db.execute(query).scalar, 2)
        XCTAssertEqual(try scanned("MATCH (m:Material {name: null}) RETURN m"), "0 node(s) scanned, 0 index lookup(s)",
                       "nothing equals null")
        XCTAssertEqual(try scanned("MATCH (m:Material {name: 'm7'})-->(x) RETURN x"), "1 node(s) scanned, 1 index lookup(s)")
    }

    func testTheIndexFindsWhatAScanFindsAfterEveryKindOfWrite() throws {
        let db = GraphDatabase()
        try db.execute("CREATE INDEX FOR (n:M) ON (n.k)")
        try db.execute("UNWIND range(0, 59) AS i CREATE (:M {k: i % 6, i: i})")
        try db.execute("MATCH (n:M) WHERE n.i % 5 = 0 SET n.k = toFloat(n.k) + 1")
        try db.execute("MATCH (n:M) WHERE n.i % 7 = 0 REMOVE n.k")
        try db.execute("MATCH (n:M) WHERE n.i % 11 = 0 DETACH DELETE n")
        try db.execute("MATCH (n:M) WHERE n.i % 13 = 0 REMOVE n:M SET n:Other")
        try db.execute("MATCH (n:Other) WHERE n.i = 13 SET n:M")
        try db.execute("UNWIND range(60, 69) AS i CREATE (:M {k: 'text', i: i}), (:Other {k: 3, i: i})")
        try db.execute("MATCH (n:M) WHERE n.i = 61 SET n.k = 3")
        for value: Value in [0, 1, 2, 3, 3.0, 4, 5, 6, "text", "none", true] {
            let indexed = try db.execute("MATCH (n:M {k: $v}) RETURN n.i ORDER BY n.i", parameters: ["v": value])
            // `IN` is not an equality the index serves: every M node is scanned.
            let scanned = try db.execute("MATCH (n:M) WHERE n.k IN [$v] RETURN n.i ORDER BY n.i", parameters: ["v": value])
            XCTAssertEqual(indexed.rows, scanned.rows, "k = \(value)")
        }
        XCTAssertEqual(try db.execute("MATCH (n:M {k: 3}) RETURN count(n)").scalar,
                       try db.execute("MATCH (n:M {k: 3.0}) RETURN count(n)").scalar, "3 = 3.0")
    }

    func testRangesAndPrefixesFindWhatAScanFinds() throws {
        let indexed = GraphDatabase(), plain = GraphDatabase()
        try indexed.execute("CREATE INDEX FOR (n:M) ON (n.k)")
        let values: [Value] = [0, 1, 2, 2.5, 3, -1, 10, "a", "ab", "abc", "b", "é", "e\u{301}x", "", true, false,
                               .date(try GraphDate(iso8601: "2024-05-01")), ["list"], .null]
        var generator = RandomGraphs.SplitMix(state: 11)
        for db in [indexed, plain] {
            // Half written before the index is read for the first range, half after (the unordered overlay).
            try db.execute("UNWIND range(0, 149) AS i CREATE (:M {i: i, k: $values[i % size($values)]})", parameters: ["values": .list(values)])
        }
        try indexed.execute("MATCH (n:M) WHERE n.k > 0 RETURN count(n)")
        for db in [indexed, plain] {
            try db.execute("UNWIND range(150, 199) AS i CREATE (:M {i: i, k: $values[i % size($values)]}), (:Other {i: i, k: 1})",
                           parameters: ["values": .list(values)])
            try db.execute("MATCH (n:M) WHERE n.i % 9 = 0 SET n.k = n.i / 10")
        }
        let conditions = ["n.k > $a", "n.k >= $a", "n.k < $a", "n.k <= $a", "$a < n.k", "$a >= n.k", "n.k > $a AND n.k <= $b",
                          "n.k STARTS WITH $s", "n.k STARTS WITH $s AND n.k < $t", "n.k >= $a AND n.k >= $b"]
        let bounds: [Value] = [0, 2, 2.5, 3, 9, "a", "ab", "b", "", true, .date(try GraphDate(iso8601: "2000-01-01")), .null, ["list"]]
        for _ in 0..<300 {
            let condition = conditions[generator.next(conditions.count)]
            let parameters: [String: Value] = ["a": bounds[generator.next(bounds.count)], "b": bounds[generator.next(bounds.count)],
                                               "s": ["", "a", "ab", "é", "e"][generator.next(5)], "t": ["abc", "b", "z"][generator.next(3)]]
            let query = "MATCH (n:M) WHERE \(condition) RETURN n.i ORDER BY n.i"
            XCTAssertEqual(try indexed.execute(query, parameters: parameters).rows, try plain.execute(query, parameters: parameters).rows,
                           "\(condition) with \(parameters)")
        }
        let profile = try XCTUnwrap(try indexed.execute("PROFILE MATCH (n:M) WHERE n.k > 5 AND n.k < 8 RETURN n.i").plan)
        XCTAssertTrue(profile.hasSuffix("1 index lookup(s)"), profile)
        XCTAssertEqual(try indexed.execute("EXPLAIN MATCH (n:M) WHERE n.k STARTS WITH 'a' RETURN n").plan?.split(separator: "\n")[1],
                       "  NodeIndexRangeSeek (n:M {k})")
    }

    func testIndexesAreKeptInTheFileAndRebuiltAtOpen() throws {
        let directory = try temporaryDirectory(self)
        let path = directory.appendingPathComponent("chains.cg").path
        do {
            let db = try GraphDatabase(path: path)
            try db.execute("CREATE INDEX names FOR (m:Material) ON (m.name)")
            try db.execute("UNWIND range(1, 50) AS i CREATE (:Material {name: 'm' + i})")
            db.close()
        }
        for _ in 0..<2 {
            // Once from the graph image written at close, once after the image is gone.
            let db = try GraphDatabase(path: path)
            XCTAssertEqual(try db.execute("SHOW INDEXES").rows, [["names", "Material", "name", "HASH+ORDERED", 50]])
            XCTAssertEqual(try db.execute("MATCH (m:Material {name: 'm42'}) RETURN count(m)").scalar, 1)
            try db.execute("CREATE (:Material {name: 'm42'})")
            XCTAssertEqual(try db.execute("MATCH (m:Material {name: 'm42'}) RETURN count(m)").scalar, 2)
            try db.execute("MATCH (m:Material {name: 'm42'}) WITH m ORDER BY id(m) DESC LIMIT 1 DELETE m")
            db.close()
            try? FileManager.default.removeItem(atPath: path + "-image")
        }
    }
}
