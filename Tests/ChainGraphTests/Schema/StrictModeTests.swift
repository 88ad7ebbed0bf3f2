import ChainGraph
import XCTest

final class StrictModeTests: XCTestCase {
    private func strictDatabase() throws -> GraphDatabase {
        let db = GraphDatabase()
        try db.write { tx in try declareMaterialSchema(tx) }
        return db
    }

    func testAcceptsConformingWritesAndWidensIntegersToDouble() throws {
        let db = try strictDatabase()
        try db.write { tx in
            let pan = try tx.createNode(labels: ["Material"], properties: ["name": "polyacrylonitrile", "tier": 1, "share": 1])
            let fiber = try tx.createNode(labels: ["Material"], properties: ["name": "carbon fiber", "aliases": ["CF"]])
            try tx.createEdge("FEEDS", from: pan, to: fiber, properties: ["share": 0.8])
        }
        let pan = try db.read { $0.node(ofType: "Material", key: "polyacrylonitrile") }
        XCTAssertEqual(pan?["share"], .double(1))
        XCTAssertEqual(pan?["tier"], .int(1))
        XCTAssertTrue(try db.read { $0.schema.isStrict })
    }

    func testRefusesUnknownTypesWithASuggestion() throws {
        let db = try strictDatabase()
        let error = assertThrowsGraphError(.semanticError, "UnknownNodeType") {
            try db.write { tx in try tx.createNode(labels: ["Materail"], properties: ["name": "x"]) }
        }
        XCTAssertTrue(error?.message.contains("did you mean 'Material'?") == true, error?.message ?? "")
        try db.write { tx in
            let a = try tx.createNode(labels: ["Material"], properties: ["name": "a"])
            let error = assertThrowsGraphError(.semanticError, "UnknownEdgeType") { try tx.createEdge("FEDS", from: a, to: a) }
            XCTAssertTrue(error?.message.contains("FEEDS") == true)
        }
    }

    func testRefusesWrongPropertiesNamingTypePropertyAndValue() throws {
        let db = try strictDatabase()
        let typeError = assertThrowsGraphError(.typeError, "InvalidPropertyType") {
            try db.write { tx in try tx.createNode(labels: ["Material"], properties: ["name": "x", "tier": "three"]) }
        }
        XCTAssertEqual(typeError?.message, "Material.tier is INT64; got STRING 'three'")
        let unknown = assertThrowsGraphError(.constraintError, "UnknownProperty") {
            try db.write { tx in try tx.createNode(labels: ["Material"], properties: ["name": "x", "teir": 3]) }
        }
        XCTAssertTrue(unknown?.message.contains("did you mean 'tier'?") == true)
        assertThrowsGraphError(.constraintError, "MissingRequiredProperty") {
            try db.write { tx in try tx.createNode(labels: ["Material"], properties: ["tier": 3]) }
        }
        assertThrowsGraphError(.typeError, "InvalidPropertyType") {
            try db.write { tx in try tx.createNode(labels: ["Material"], properties: ["name": "x", "aliases": [1, 2]]) }
        }
        assertThrowsGraphError(.constraintError, "StrictModeLabels") {
            try db.write { tx in try tx.createNode(labels: ["Material", "Enterprise"], properties: ["name": "x"]) }
        }
    }

    func testDuplicatePrimaryKeyIsRefusedAndNothingIsPartiallyWritten() throws {
        let db = try strictDatabase()
        try db.write { tx in try tx.createNode(labels: ["Material"], properties: ["name": "acrylonitrile"]) }
        let error = assertThrowsGraphError(.constraintError, "DuplicatePrimaryKey") {
            try db.write { tx in
                try tx.createNode(labels: ["Material"], properties: ["name": "propylene"])
                try tx.createNode(labels: ["Material"], properties: ["name": "acrylonitrile"])
            }
        }
        XCTAssertTrue(error?.message.contains("'acrylonitrile'") == true)
        XCTAssertEqual(try db.read { $0.nodeCount }, 1)
        XCTAssertNil(try db.read { $0.node(ofType: "Material", key: "propylene") })
    }

    func testChangingAPrimaryKeyKeepsTheIndexExact() throws {
        let db = try strictDatabase()
        let id = try db.write { tx in try tx.createNode(labels: ["Material"], properties: ["name": "PAN"]) }
        try db.write { tx in try tx.setProperty("name", to: "polyacrylonitrile", on: id) }
        XCTAssertNil(try db.read { $0.node(ofType: "Material", key: "PAN") })
        XCTAssertEqual(try db.read { $0.node(ofType: "Material", key: "polyacrylonitrile")?.id }, id)
        try db.write { tx in try tx.createNode(labels: ["Material"], properties: ["name": "PAN"]) }
        assertThrowsGraphError(.constraintError, "MissingRequiredProperty") {
            try db.write { tx in try tx.setProperty("name", to: nil, on: id) }
        }
    }

    func testEdgeEndpointsMustMatchTheEdgeType() throws {
        let db = try strictDatabase()
        let error = assertThrowsGraphError(.constraintError, "InvalidEndpoints") {
            try db.write { tx in
                let maker = try tx.createNode(labels: ["Enterprise"], properties: ["name": "Zhongfu Shenying"])
                let fiber = try tx.createNode(labels: ["Material"], properties: ["name": "carbon fiber"])
                try tx.createEdge("PRODUCES", from: maker, to: fiber)
                try tx.createEdge("FEEDS", from: maker, to: fiber)
            }
        }
        XCTAssertEqual(error?.message, "edge type FEEDS cannot join Enterprise → Material; allowed: Material → Material")
        XCTAssertEqual(try db.read { $0.nodeCount }, 0)
    }

    func testDeclaringASchemaOverNonConformingDataIsRefused() throws {
        let db = GraphDatabase()
        try db.write { tx in try tx.createNode(labels: ["Material"], properties: ["name": 42]) }
        assertThrowsGraphError(.typeError, "InvalidPropertyType") {
            try db.write { tx in try declareMaterialSchema(tx) }
        }
        XCTAssertFalse(try db.read { $0.schema.isStrict })
    }

    func testSchemaEvolution() throws {
        let db = try strictDatabase()
        try db.write { tx in
            try tx.addProperty(PropertyDefinition("capacity", .double), toType: "Material")
            try tx.createNode(labels: ["Material"], properties: ["name": "x", "capacity": 2.5])
        }
        assertThrowsGraphError(.constraintError, "TypeInUse") { try db.write { tx in try tx.dropType(named: "Material") } }
        assertThrowsGraphError(.semanticError, "TypeAlreadyExists") {
            try db.write { tx in try tx.createNodeType(NodeType("Material", properties: [])) }
        }
        try db.write { tx in try tx.dropType(named: "PRODUCES") }
        try db.write { tx in try tx.dropType(named: "Enterprise") }
        XCTAssertEqual(try db.read { $0.schema.nodeTypes.map(\.name) }, ["Material"])
        XCTAssertEqual(try db.read { $0.schema.ddl }, """
            CREATE NODE TYPE Material (name STRING PRIMARY KEY, tier INT64, share DOUBLE, aliases LIST<STRING>, capacity DOUBLE);
            CREATE EDGE TYPE FEEDS (FROM Material TO Material, share DOUBLE);
            """)
    }

    func testPropertyTypeSpellings() {
        XCTAssertEqual(PropertyType(parsing: "int"), .int64)
        XCTAssertEqual(PropertyType(parsing: "LIST<string>"), .list(.string))
        XCTAssertEqual(PropertyType(parsing: "DOUBLE[]"), .list(.double))
        XCTAssertNil(PropertyType(parsing: "DECIMAL"))
    }
}
