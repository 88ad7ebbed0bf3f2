@testable import ChainGraph
import XCTest

final class ValueTests: XCTestCase {
    func testDescriptionWritesCypherLiterals() {
        XCTAssertEqual(Value.string("it's").description, "'it\\'s'")
        XCTAssertEqual(Value.double(1).description, "1.0")
        XCTAssertEqual(Value.int(1).description, "1")
        XCTAssertEqual(Value.list([1, "a", nil]).description, "[1, 'a', null]")
        XCTAssertEqual(Value.map(["b": 2, "a": 1]).description, "{a: 1, b: 2}")
        let node = Node(id: NodeID(0), labels: ["Material"], properties: ["name": "PAN"])
        XCTAssertEqual(Value.node(node).description, "(:Material {name: 'PAN'})")
        XCTAssertNotEqual(Value.int(1), Value.double(1))
    }

    func testTypeNamesAndStorability() {
        XCTAssertEqual(Value.list(["a", "b"]).typeName, "LIST<STRING>")
        XCTAssertTrue(Value.list([1, 2]).isStorable)
        XCTAssertFalse(Value.list([1, "a"]).isStorable)
        XCTAssertFalse(Value.map(["a": 1]).isStorable)
        XCTAssertFalse(Value.null.isStorable)
    }

    func testDatesConvertBothWays() throws {
        for text in ["1970-01-01", "2011-06-30", "2000-02-29", "1899-12-31", "2400-03-01"] {
            XCTAssertEqual(try GraphDate(iso8601: text).description, text)
        }
        XCTAssertEqual(try GraphDate(iso8601: "1970-01-02").daysSinceEpoch, 1)
        assertThrowsGraphError(.argumentError, "InvalidDate") { try GraphDate(iso8601: "2023-02-29") }
        assertThrowsGraphError(.argumentError, "InvalidDate") { try GraphDate(iso8601: "yesterday") }
    }

    func testCodecRoundTripsEveryStorableValue() throws {
        let properties: [(String, Value)] = [
            ("name", "碳纤维 <&> 'quoted'"), ("empty", ""), ("big", .int(.max)), ("small", .int(.min)),
            ("ratio", .double(-0.000001)), ("nan", .double(.nan)), ("flag", true), ("off", false),
            ("day", .date(try GraphDate(iso8601: "2011-06-30"))), ("sectors", ["aerospace", "wind power"]),
            ("nested", .map(["k": [1, 2]])),
        ]
        let decoded = try ValueCodec.decodeProperties(ValueCodec.encode(properties))
        XCTAssertEqual(decoded.count, properties.count)
        for ((key, value), (decodedKey, decodedValue)) in zip(properties, decoded) {
            XCTAssertEqual(key, decodedKey)
            XCTAssertEqual(value.description, decodedValue.description)
        }
        XCTAssertEqual(try ValueCodec.decodeLabels(ValueCodec.encode(labels: ["A", "B:C"])), ["A", "B:C"])
    }

    func testCodecRefusesDamagedRecords() {
        let good = ValueCodec.encode([("name", "acrylonitrile")])
        for cut in 0..<good.count {
            assertThrowsGraphError(.storageError, "CorruptRecord") { try ValueCodec.decodeProperties(good.prefix(cut)) }
        }
        assertThrowsGraphError(.storageError, "CorruptRecord") { try ValueCodec.decodeProperties(Data([1, 1, 0x61, 99])) }
        assertThrowsGraphError(.storageError, "CorruptRecord") { try ValueCodec.decodeProperties(Data([0xFF, 0xFF, 0xFF])) }
    }

    func testANodeShowsItsNameFirst() {
        let node = Node(id: NodeID(1), labels: ["Material"], properties: ["aliases": ["AN"], "name": "acrylonitrile", "tier": 0])
        XCTAssertEqual(Value.node(node).description, "(:Material {name: 'acrylonitrile', aliases: ['AN'], tier: 0})")
        XCTAssertEqual(Value.map(["name": 1, "a": 2]).description, "{a: 2, name: 1}", "maps stay sorted")
    }
}
