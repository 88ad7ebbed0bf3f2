import Foundation
import ChainGraph
import XCTest

/// Reading results the Swift way: plain values as parameters, rows decoded into the
/// caller's types, and a column name that is not there reported, not read as null.
final class ResultSetTests: XCTestCase {
    struct Material: Decodable, Equatable {
        var name: String
        var tier: Int?
        var aliases: [String]?
    }

    private func database() throws -> GraphDatabase {
        let db = GraphDatabase()
        try db.execute("""
            CREATE (:Material {name: 'acrylonitrile', tier: 1, aliases: ['AN', 'propenenitrile']}),
                   (:Material {name: 'carbon fiber', tier: 3})
            """)
        return db
    }

    func testPlainSwiftValuesAreParameters() throws {
        let db = try database()
        let name = "acrylonitrile", tiers = [1, 2], minimum: Int64? = nil
        let result = try db.execute("MATCH (m:Material) WHERE m.name = $name AND m.tier IN $tiers RETURN m.tier AS tier, $none AS none",
                                    parameters: ["name": name, "tiers": tiers, "none": minimum])
        XCTAssertEqual(result.rows, [[1, .null]])
        let map: [String: Double] = ["share": 0.5]
        XCTAssertEqual(try db.execute("RETURN $m.share AS s", parameters: ["m": map]).scalar, 0.5)
        XCTAssertEqual(Value(["a", "b"]), ["a", "b"])
    }

    func testRowsDecodeFromColumnsOrFromASingleNode() throws {
        let db = try database()
        let byColumns = try db.execute("MATCH (m:Material) RETURN m.name AS name, m.tier AS tier ORDER BY name")
            .decode(Material.self)
        XCTAssertEqual(byColumns, [Material(name: "acrylonitrile", tier: 1), Material(name: "carbon fiber", tier: 3)])
        let byNode = try db.execute("MATCH (m:Material {name: 'acrylonitrile'}) RETURN m").decode(Material.self)
        XCTAssertEqual(byNode, [Material(name: "acrylonitrile", tier: 1, aliases: ["AN", "propenenitrile"])])
    }

    func testTemporalValuesGoInAsParametersAndDecodeBack() throws {
        struct Shipment: Decodable, Equatable {
            var shipped: Date
            var zoned: GraphDateTime
            var lead: GraphDuration
            var shift: GraphLocalTime?
        }
        let shipped = Date(timeIntervalSince1970: 1_700_000_000.25)
        let lead = try GraphDuration(iso8601: "P1M15D")
        let rows = try GraphDatabase().execute("""
            RETURN $shipped AS shipped, datetime({datetime: $shipped, timezone: 'Asia/Shanghai'}) AS zoned,
                   $lead AS lead, null AS shift
            """, parameters: ["shipped": shipped, "lead": lead]).decode(Shipment.self)
        XCTAssertEqual(rows, [Shipment(shipped: shipped, zoned: try GraphDateTime(iso8601: "2023-11-15T06:13:20.25+08:00[Asia/Shanghai]"),
                                       lead: lead, shift: nil)])
        XCTAssertEqual(rows.first?.zoned.zoneName, "Asia/Shanghai")
        struct Wrong: Decodable { var lead: GraphDate }
        XCTAssertThrowsError(try GraphDatabase().execute("RETURN duration('P1D') AS lead").decode(Wrong.self))
    }

    func testDecodingErrorsNameTheColumn() throws {
        struct Wrong: Decodable { var name: Int }
        let db = try database()
        XCTAssertThrowsError(try db.execute("MATCH (m:Material) RETURN m.name AS name").decode(Wrong.self)) { error in
            guard case DecodingError.typeMismatch(_, let context)? = error as? DecodingError else {
                return XCTFail("\(error)")
            }
            XCTAssertEqual(context.codingPath.map(\.stringValue), ["name"])
        }
        struct Missing: Decodable { var weight: Double }
        XCTAssertThrowsError(try db.execute("RETURN 1 AS width").decode(Missing.self)) { error in
            guard case DecodingError.keyNotFound(let key, _)? = error as? DecodingError else { return XCTFail("\(error)") }
            XCTAssertEqual(key.stringValue, "weight")
        }
    }

    func testAColumnThatIsNotThereIsAnError() throws {
        let row = try XCTUnwrap(try database().execute("MATCH (m:Material) RETURN m.name AS name LIMIT 1").first(where: { _ in true }))
        XCTAssertEqual(try row.value("name"), "acrylonitrile")
        XCTAssertThrowsError(try row.value("nmae")) { error in
            let failure = error as? ChainGraphError
            XCTAssertEqual(failure?.detail, .unknownColumn)
            XCTAssertTrue(failure?.message.contains("'name'") == true, failure?.message ?? "")
        }
    }
}
