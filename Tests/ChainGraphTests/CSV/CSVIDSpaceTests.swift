@testable import ChainGraph
import XCTest

final class CSVIDSpaceTests: XCTestCase {
    private func insert(_ space: CSVIDSpace, _ id: String, node: Int64, label: Int32 = 0) -> Bool {
        var id = id
        return id.withUTF8 { space.insert($0, CSVIDSpace.Entry(node: node, label: label)) }
    }

    private func node(_ space: CSVIDSpace, _ id: String) -> Int64? {
        var id = id
        return id.withUTF8 { space.entry($0)?.node }
    }

    func testNumberedIdsStayARunUntilOneBreaksIt() {
        let space = CSVIDSpace()
        for index in 0..<1_000 { XCTAssertTrue(insert(space, "\(index + 5)", node: Int64(100 + index))) }
        XCTAssertEqual(node(space, "5"), 100)
        XCTAssertEqual(node(space, "1004"), 1_099)
        XCTAssertNil(node(space, "4"))
        XCTAssertNil(node(space, "1005"))
        XCTAssertFalse(insert(space, "17", node: 9), "an id of the run is taken")
        XCTAssertTrue(insert(space, "2000", node: 7), "an id past the run breaks it")
        XCTAssertEqual(node(space, "5"), 100, "the run's ids survive the break")
        XCTAssertEqual(node(space, "1004"), 1_099)
        XCTAssertEqual(node(space, "2000"), 7)
        XCTAssertFalse(insert(space, "2000", node: 8))
        XCTAssertTrue(insert(space, "1", node: 3), "an id before the run")
        XCTAssertEqual(node(space, "1"), 3)
        XCTAssertEqual(space.count, 1_002)
    }

    func testIdsAreTextNotNumbers() {
        let space = CSVIDSpace()
        XCTAssertTrue(insert(space, "7", node: 1))
        XCTAssertTrue(insert(space, "07", node: 2), "07 and 7 are two ids")
        XCTAssertTrue(insert(space, "+7", node: 3))
        XCTAssertTrue(insert(space, "MAT-7", node: 4))
        XCTAssertTrue(insert(space, "碳纤维", node: 5))
        XCTAssertEqual([node(space, "7"), node(space, "07"), node(space, "+7"), node(space, "MAT-7"), node(space, "碳纤维")],
                       [1, 2, 3, 4, 5])
        XCTAssertFalse(insert(space, "MAT-7", node: 6))
        XCTAssertNil(node(space, "8"))
    }

    func testSparseAndHugeIdsUseTheIntegerMap() {
        let space = CSVIDSpace()
        XCTAssertTrue(insert(space, "999999999999", node: 1))
        XCTAssertTrue(insert(space, "5", node: 2))
        XCTAssertTrue(insert(space, "123456789012345678", node: 3))
        XCTAssertTrue(insert(space, "1234567890123456789", node: 4), "19 digits are text")
        XCTAssertEqual(node(space, "999999999999"), 1)
        XCTAssertEqual(node(space, "5"), 2)
        XCTAssertEqual(node(space, "123456789012345678"), 3)
        XCTAssertEqual(node(space, "1234567890123456789"), 4)
        XCTAssertFalse(insert(space, "5", node: 9))
    }

    func testATypeChangeBreaksTheRun() {
        let space = CSVIDSpace()
        XCTAssertTrue(insert(space, "0", node: 0, label: 1))
        XCTAssertTrue(insert(space, "1", node: 1, label: 2))
        var zero = "0", one = "1"
        XCTAssertEqual(zero.withUTF8 { space.entry($0)?.label }, 1)
        XCTAssertEqual(one.withUTF8 { space.entry($0)?.label }, 2)
    }
}
