import ChainGraph
import XCTest

/// The TinkerPop and APOC profiles write their consumers' conventions and read back as the
/// graph they came from.
final class ConsumerProfileTests: XCTestCase {
    private func database() throws -> GraphDatabase {
        let db = GraphDatabase()
        try db.execute("""
            CREATE (a:Material {name: 'acrylonitrile'})-[:FEEDS {share: 0.5}]->(f:Material:Fiber {name: 'PAN filament'}),
                   (:Enterprise {name: 'Juhua'})-[:PRODUCES]->(a)
            """)
        return db
    }

    private func summary(_ db: GraphDatabase) throws -> [[Value]] {
        try db.execute("""
            MATCH (a)-[r]->(b) RETURN a.name, labels(a), type(r), r.share, b.name, labels(b) ORDER BY a.name
            """).rows
    }

    func testTinkerPopLabelsAreLabelVAndLabelE() throws {
        let db = try database()
        let text = try db.graphML(options: GraphExportOptions(profile: .tinkerpop))
        XCTAssertTrue(text.contains(#"<key id="labelV" for="node" attr.name="labelV" attr.type="string"/>"#), text)
        XCTAssertTrue(text.contains(#"<key id="labelE" for="edge" attr.name="labelE" attr.type="string"/>"#), text)
        XCTAssertTrue(text.contains(#"<data key="labelV">Material::Fiber</data>"#), text)
        XCTAssertTrue(text.contains(#"<data key="labelE">FEEDS</data>"#), text)
        XCTAssertFalse(text.contains(":Material"), "no APOC-style labels in the TinkerPop profile")
        let copy = GraphDatabase()
        try copy.importGraphML(text: text)
        XCTAssertEqual(try summary(copy), try summary(db))
    }

    func testAPOCLabelsAreAlsoAttributes() throws {
        let db = try database()
        let text = try db.graphML(options: GraphExportOptions(profile: .apoc))
        XCTAssertTrue(text.contains(#"labels=":Material:Fiber""#), text)
        XCTAssertTrue(text.contains(#"label="PRODUCES""#), text)
        XCTAssertTrue(text.contains(#"<data key="node.labels">:Enterprise</data>"#), text)
        let copy = GraphDatabase()
        try copy.importGraphML(text: text)
        XCTAssertEqual(try summary(copy), try summary(db))
    }
}
