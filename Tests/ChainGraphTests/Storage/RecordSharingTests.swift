@testable import ChainGraph
import XCTest

final class RecordSharingTests: XCTestCase {
    private func address(_ list: [Int32]) -> UnsafePointer<Int32>? { list.withUnsafeBufferPointer(\.baseAddress) }

    func testNodesWithTheSameLabelsShareOneArray() throws {
        let db = GraphDatabase()
        try db.execute("UNWIND range(1, 3) AS i CREATE (:Material {id: i, name: 'm' + i})-[:FEEDS {qty: i}]->(:Product {id: i})")
        let reader = try db.snapshot.reader
        let materials = try db.execute("MATCH (m:Material) RETURN id(m) ORDER BY id(m)").rows.map { $0[0].intValue! }
        let records = materials.map { reader.nodeRecord($0)! }
        XCTAssertEqual(Set(records.map { address($0.labels) }).count, 1)
    }

    func testChangingOneRecordLeavesTheOthersAlone() throws {
        let db = GraphDatabase()
        try db.execute("UNWIND range(1, 3) AS i CREATE (:Material {id: i})")
        try db.execute("MATCH (m:Material {id: 2}) SET m.tier = 5 REMOVE m.id")
        XCTAssertEqual(try db.execute("MATCH (m:Material) RETURN m.id, m.tier ORDER BY m.id").rows,
                       [[1, nil], [3, nil], [nil, 5]])
    }

    func testAtMostTheCapacityOfDistinctListsIsKept() {
        let sharing = RecordSharing()
        for index in 0..<(RecordSharing.capacity + 10) { _ = sharing.shared([Int32(index)]) }
        let late = [Int32(RecordSharing.capacity + 5)]
        XCTAssertEqual(sharing.shared(late), late, "past the capacity a list is returned as it is")
        XCTAssertEqual(sharing.shared([]), [])
    }
}
