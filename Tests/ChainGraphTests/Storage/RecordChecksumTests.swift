import Foundation
import XCTest
@testable import ChainGraph

final class RecordChecksumTests: XCTestCase {
    private let labels = ValueCodec.encode(labels: ["Material"])
    private let properties = ValueCodec.encode([("name", .string("high-performance carbon fiber")), ("tier", .int(2))])

    /// The checksum is part of the file format: a change to the function would make every
    /// existing file look damaged, so its value for a fixed record is pinned.
    func testTheChecksumOfAFixedRecordIsStable() {
        let value = RecordChecksum.node(id: 7, labels: labels, properties: properties, source: "seed.txt", line: 3)
        XCTAssertEqual(value, RecordChecksum.node(id: 7, labels: labels, properties: properties, source: "seed.txt", line: 3))
        XCTAssertEqual(value, Self.pinnedNodeChecksum)
    }

    static let pinnedNodeChecksum: Int64 = 7_422_668_268_445_339_998

    func testEveryFlippedBitInARecordChangesItsChecksum() {
        let original = RecordChecksum.node(id: 7, labels: labels, properties: properties, source: "seed.txt", line: 3)
        var bytes = [UInt8](properties)
        for index in bytes.indices {
            for bit in 0..<8 {
                bytes[index] ^= 1 << bit
                XCTAssertNotEqual(RecordChecksum.node(id: 7, labels: labels, properties: Data(bytes), source: "seed.txt", line: 3),
                                  original, "byte \(index) bit \(bit)")
                bytes[index] ^= 1 << bit
            }
        }
        for id: Int64 in [6, 8, 7 | (1 << 40)] {
            XCTAssertNotEqual(RecordChecksum.node(id: id, labels: labels, properties: properties, source: "seed.txt", line: 3), original)
        }
    }

    func testFieldBoundariesAndNilAreDistinguished() {
        let empty = Data()
        XCTAssertNotEqual(RecordChecksum.node(id: 1, labels: empty, properties: empty, source: nil, line: nil),
                          RecordChecksum.node(id: 1, labels: empty, properties: empty, source: "", line: nil))
        XCTAssertNotEqual(RecordChecksum.node(id: 1, labels: empty, properties: empty, source: nil, line: nil),
                          RecordChecksum.node(id: 1, labels: empty, properties: empty, source: nil, line: 0))
        XCTAssertNotEqual(RecordChecksum.node(id: 1, labels: Data([1, 2]), properties: Data([3]), source: nil, line: nil),
                          RecordChecksum.node(id: 1, labels: Data([1]), properties: Data([2, 3]), source: nil, line: nil))
        XCTAssertNotEqual(RecordChecksum.edge(id: 0, type: "FEEDS", from: 1, to: 2, properties: empty, source: nil, line: nil),
                          RecordChecksum.edge(id: 0, type: "FEEDS", from: 2, to: 1, properties: empty, source: nil, line: nil))
    }
}
