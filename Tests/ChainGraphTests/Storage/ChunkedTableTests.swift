@testable import ChainGraph
import XCTest

/// The column store of nodes and edges: records go in and come back as they were, across
/// pages, deletions, type changes and snapshots that share pages.
final class ChunkedTableTests: XCTestCase {
    private func node(_ labels: [Int32], _ properties: [(Int32, Value)], source: String? = nil, line: Int64? = nil) -> NodeRecord {
        var map = PropertyMap()
        for (key, value) in properties { map.set(key, value) }
        return NodeRecord(labels: labels, properties: map, provenance: Provenance(source: source, line: line))
    }

    func testRecordsComeBackAsTheyWentInAcrossPages() {
        var table = ChunkedTable<NodeChunk>()
        let count = ChunkedTable<NodeChunk>.pageSize * 2 + 7
        for index in 0..<count {
            if index % 5 == 4 { table.append(nil); continue }
            table.append(node([Int32(index % 3)], [(0, .int(Int64(index))), (2, .string("n\(index)"))],
                              source: index % 2 == 0 ? "a.csv" : nil, line: index % 3 == 0 ? Int64(index) : nil))
        }
        XCTAssertEqual(table.count, count)
        for index in 0..<count {
            if index % 5 == 4 {
                XCTAssertNil(table[index])
                XCTAssertFalse(table.isPresent(index))
                continue
            }
            XCTAssertEqual(table[index], node([Int32(index % 3)], [(0, .int(Int64(index))), (2, .string("n\(index)"))],
                                              source: index % 2 == 0 ? "a.csv" : nil, line: index % 3 == 0 ? Int64(index) : nil))
        }
    }

    func testAValueOfAnotherTypeTurnsTheColumnIntoValues() {
        var table = ChunkedTable<NodeChunk>()
        table.append(node([0], [(1, .int(1))]))
        table.append(node([0], [(1, .string("two"))]))
        table.append(node([0], [(1, .list([.int(3), .int(4)]))]))
        table.append(node([0], [(1, .double(4.5))]))
        XCTAssertEqual(table[chunkOf: 0].properties.column(1)?.kind, .mixed)
        XCTAssertEqual((0..<4).map { table[$0]?.properties[1] },
                       [.int(1), .string("two"), .list([.int(3), .int(4)]), .double(4.5)])
    }

    func testIntegersWidenTo64BitsWhenOneDoesNotFitIn32() {
        var table = ChunkedTable<NodeChunk>()
        table.append(node([0], [(1, .int(-5))]))
        table.append(node([0], [(1, .int(Int64(Int32.max)))]))
        XCTAssertEqual(table[chunkOf: 0].properties.column(1)?.kind, .int32)
        table.append(node([0], [(1, .int(Int64(Int32.max) + 1))]))
        table.append(node([0], [(1, .int(Int64.min))]))
        XCTAssertEqual(table[chunkOf: 0].properties.column(1)?.kind, .int)
        XCTAssertEqual((0..<4).map { table[$0]?.properties[1] },
                       [.int(-5), .int(Int64(Int32.max)), .int(Int64(Int32.max) + 1), .int(Int64.min)])
    }

    func testReplacingARecordRemovesTheKeysItNoLongerHas() {
        var table = ChunkedTable<NodeChunk>()
        table.append(node([0], [(1, .int(1)), (3, .bool(true)), (5, .double(2))], source: "x", line: 9))
        table[0] = node([0, 1], [(2, .string("b")), (5, .double(3))])
        XCTAssertEqual(table[0], node([0, 1], [(2, .string("b")), (5, .double(3))]))
        table[0] = nil
        XCTAssertNil(table[0])
        XCTAssertNil(table[chunkOf: 0].properties.value(2, at: 0), "an emptied slot holds no value (reads rely on it)")
        table[0] = node([], [])
        XCTAssertEqual(table[0], node([], []), "a live node without labels or properties is not an empty slot")
    }

    func testACopyKeepsItsValuesWhenTheOriginalChanges() {
        var table = ChunkedTable<EdgeChunk>()
        var qty = PropertyMap()
        qty.set(0, .double(1.5))
        for index in 0..<3 { table.append(EdgeRecord(type: 0, from: Int64(index), to: 9, properties: qty, provenance: Provenance())) }
        let snapshot = table
        var changed = qty
        changed.set(0, .double(7))
        table[1] = EdgeRecord(type: 2, from: 4, to: 5, properties: changed, provenance: Provenance(source: "s"))
        table.append(nil)
        XCTAssertEqual(snapshot.count, 3)
        XCTAssertEqual(snapshot[1], EdgeRecord(type: 0, from: 1, to: 9, properties: qty, provenance: Provenance()))
        XCTAssertEqual(table[1], EdgeRecord(type: 2, from: 4, to: 5, properties: changed, provenance: Provenance(source: "s")))
    }

    func testScansCompareTypedColumnsByCypherEquality() throws {
        let db = GraphDatabase()
        try db.execute("UNWIND range(1, 3000) AS i CREATE (:Material {id: i, name: 'm' + (i % 7), weight: toFloat(i)})")
        try db.execute("CREATE (:Material {id: 9000, weight: 5})")
        XCTAssertEqual(try db.execute("MATCH (m:Material) WHERE m.name = 'm3' RETURN count(*)").rows, [[429]])
        XCTAssertEqual(try db.execute("MATCH (m:Material {weight: 5}) RETURN m.id ORDER BY m.id").rows, [[5], [9000]],
                       "an integer equals a float of the same value, in either column")
        XCTAssertEqual(try db.execute("MATCH (m:Material {name: null}) RETURN count(*)").rows, [[0]])
    }
}
