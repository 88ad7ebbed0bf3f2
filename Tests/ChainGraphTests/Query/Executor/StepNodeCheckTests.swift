@testable import ChainGraph
import XCTest

/// A step's node label is skipped only when the schema's endpoints imply it; the results
/// must be those of checking every node.
final class StepNodeCheckTests: XCTestCase {
    private func database() throws -> GraphDatabase {
        let db = GraphDatabase()
        try db.executeScript("""
            CREATE NODE TYPE Material (name STRING PRIMARY KEY);
            CREATE NODE TYPE Product (name STRING PRIMARY KEY);
            CREATE NODE TYPE Enterprise (name STRING PRIMARY KEY);
            CREATE EDGE TYPE FEEDS (FROM Material TO Material, FROM Material TO Product);
            CREATE EDGE TYPE REFINES (FROM Material TO Material);
            CREATE EDGE TYPE PRODUCES (FROM Enterprise TO Material, FROM Enterprise TO Product);
            CREATE (s:Material {name: 'silicon'}), (p:Material {name: 'polysilicon'}), (w:Product {name: 'wafer'}),
                   (e:Enterprise {name: 'Example Silicon Co.'}), (f:Enterprise {name: 'Example Wafer Co.'}),
                   (s)-[:FEEDS]->(p), (s)-[:FEEDS]->(w), (s)-[:REFINES]->(p), (e)-[:PRODUCES]->(p), (f)-[:PRODUCES]->(w)
            """)
        return db
    }

    private func names(_ db: GraphDatabase, _ query: String) throws -> [String] {
        try db.execute(query).rows.map { $0[0].stringValue ?? "null" }.sorted()
    }

    func testImpliedAndCheckedLabelsGiveTheSameRows() throws {
        let db = try database()
        XCTAssertEqual(try names(db, "MATCH (:Material {name: 'silicon'})-[:REFINES]->(m:Material) RETURN m.name"), ["polysilicon"],
                       "REFINES only reaches materials: the label is implied")
        XCTAssertEqual(try names(db, "MATCH (:Material {name: 'silicon'})-[:FEEDS]->(m:Material) RETURN m.name"), ["polysilicon"],
                       "FEEDS also reaches products: the label is checked")
        XCTAssertEqual(try names(db, "MATCH (:Material {name: 'silicon'})-[:FEEDS]->(m:Product) RETURN m.name"), ["wafer"])
        XCTAssertEqual(try names(db, "MATCH (:Material {name: 'silicon'})-[:REFINES]->(m:Product) RETURN m.name"), [],
                       "a label the edge type cannot reach")
        XCTAssertEqual(try names(db, "MATCH (m:Material)<-[:PRODUCES]-(e:Enterprise) RETURN e.name"), ["Example Silicon Co."],
                       "incoming: PRODUCES always starts at an enterprise")
        XCTAssertEqual(try names(db, "MATCH (:Material {name: 'silicon'})-[:FEEDS|REFINES]->(m:Material) RETURN m.name"),
                       ["polysilicon", "polysilicon"], "one of two types does not imply the label")
        XCTAssertEqual(try names(db, "MATCH (:Material {name: 'silicon'})-[]->(m:Material) RETURN m.name"),
                       ["polysilicon", "polysilicon"], "any type implies nothing")
        XCTAssertEqual(try names(db, "MATCH (m:Material)-[:REFINES]-(n:Material) RETURN n.name"), ["polysilicon", "silicon"],
                       "either direction")
    }

    func testTheStepCheckSaysWhatItChecks() throws {
        let db = try database()
        let state = try db.snapshot.reader.storageState
        func check(_ types: [String], _ direction: Direction, _ label: String,
                   in state: GraphState) -> StepNodeCheck {
            StepNodeCheck(NodePattern(variable: "m", labels: [label], properties: nil, start: 1),
                          over: RelationshipPattern(variable: nil, types: types, properties: nil, direction: direction, length: nil, start: 0),
                          labels: state.labels, schema: state.schema)
        }
        guard case .none = check(["REFINES"], .outgoing, "Material", in: state) else { return XCTFail("implied") }
        guard case .label = check(["FEEDS"], .outgoing, "Material", in: state) else { return XCTFail("checked") }
        guard case .none = check(["PRODUCES"], .incoming, "Enterprise", in: state) else { return XCTFail("implied at the source") }
        guard case .label = check(["PRODUCES"], .outgoing, "Enterprise", in: state) else { return XCTFail("wrong side") }
        guard case .never = check(["FEEDS"], .outgoing, "Nothing", in: state) else { return XCTFail("no such label") }
        let open = GraphDatabase()
        try open.execute("CREATE (:Material)-[:REFINES]->(:Material)")
        guard case .label = check(["REFINES"], .outgoing, "Material", in: try open.snapshot.reader.storageState) else {
            return XCTFail("open mode implies nothing")
        }
    }
}
