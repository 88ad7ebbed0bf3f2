import XCTest
@testable import ChainGraph

/// Names as people type them: any case and spacing, prefixes, words, parts, Chinese, slips.
final class NameSearchTests: XCTestCase {
    private func graph() throws -> GraphDatabase {
        let db = GraphDatabase()
        try db.executeScript("""
            CREATE (:Enterprise {name: 'Cathay (Taiyuan) Biotechnology Co., Ltd.'});
            CREATE (:Material {name: 'acrylonitrile', aliases: ['AN']});
            CREATE (:Industry {name: 'photovoltaic industry', name_zh: '光伏产业'});
            CREATE (:Enterprise {name: 'Juhua Group'});
            CREATE (:Institute {name: 'Juhua Group fine chemical laboratory'})
            """)
        return db
    }

    private func search(_ text: String) throws -> [(String, Double)] {
        let db = try graph()
        return try db.read { snapshot in
            snapshot.searchNames(text).map { (snapshot.node($0.node)!["name"].stringValue!, $0.score) }
        }
    }

    func testWholeNamesPrefixesWordsAndParts() throws {
        XCTAssertEqual(try search("  juhua   GROUP ").map(\.0), ["Juhua Group", "Juhua Group fine chemical laboratory"])
        XCTAssertEqual(try search("  juhua   GROUP ").map(\.1), [1, 0.9])
        XCTAssertEqual(try search("cathay").first?.1, 0.9, "a prefix")
        XCTAssertEqual(try search("biotechnology").first?.1, 0.8, "a whole word")
        XCTAssertEqual(try search("taiyu").first?.1, 0.7, "the beginning of a word")
        XCTAssertEqual(try search("光伏").first?.0, "photovoltaic industry", "a Chinese name, by its beginning")
        XCTAssertEqual(try search("伏产").first?.1, 0.6, "a part of it")
        XCTAssertEqual(try search("an").first?.0, "acrylonitrile", "an alias, whole, before names that merely hold it")
        XCTAssertEqual(try search("an").first?.1, 1)
    }

    func testSlipsAreFoundByEditDistanceAndUnrelatedNamesAreNot() throws {
        XCTAssertEqual(try search("acrylonitrle").first?.0, "acrylonitrile")
        XCTAssertEqual(try search("acrylonitrle").first?.1 ?? 0, 0.4, accuracy: 1e-9)
        XCTAssertEqual(try search("zzzz").count, 0)
        XCTAssertEqual(try search("").count, 0)
    }

    func testLookupAndProcedureArgumentsUseIt() throws {
        let db = try graph()
        XCTAssertEqual(try db.execute("CALL lookup('Cathay') YIELD node, score RETURN node.name, score").rows.first,
                       ["Cathay (Taiyuan) Biotechnology Co., Ltd.", 0.9])
        XCTAssertEqual(try db.execute("CALL lookup('juhua group') YIELD node RETURN node.name").rows.map { $0[0] }, ["Juhua Group"],
                       "a whole name comes alone")
        let error = assertThrowsGraphError(.entityNotFound, "NodeNotFound") {
            try db.execute("CALL downstream('acrylonitrle') YIELD node RETURN node")
        }
        XCTAssertTrue(error?.message.contains("did you mean 'acrylonitrile'?") == true, error?.message ?? "")
    }
}
