@testable import ChainGraph
import XCTest

final class BindingsTests: XCTestCase {
    func testBindsReadsRebindsAndUnbindsLikeADictionary() {
        var row: Bindings = ["a": .int(1)]
        row["b"] = .null
        XCTAssertEqual(row["a"], .int(1))
        XCTAssertEqual(row["b"], .null, "a variable bound to null holds null")
        XCTAssertNil(row["c"], "an unbound variable is nil")
        row["a"] = .string("x")
        XCTAssertEqual(row["a"], .string("x"))
        XCTAssertEqual(row.layout.names, ["a", "b"])
        row["a"] = nil
        XCTAssertNil(row["a"])
        XCTAssertEqual(row["b"], .null)
        XCTAssertEqual(row.layout.names, ["b"])
    }

    func testRowsExtendedAlikeShareOneLayoutAndStayIndependent() {
        let start: Bindings = ["a": .int(1)]
        var first = start, second = start
        first["b"] = .int(2)
        second["b"] = .int(3)
        XCTAssertTrue(first.layout === second.layout, "the layout one variable longer is made once")
        XCTAssertEqual(first["b"], .int(2))
        XCTAssertEqual(second["b"], .int(3))
        XCTAssertNil(start["b"], "extending a copy leaves the original alone")
    }

    func testWideRowsFindEverySlot() {
        var row = Bindings()
        for index in 0..<40 { row["v\(index)"] = .int(Int64(index)) }
        for index in 0..<40 { XCTAssertEqual(row["v\(index)"], .int(Int64(index))) }
        XCTAssertNil(row["v40"])
    }

    func testMergingLetsTheOtherRowWin() {
        let left: Bindings = ["a": .int(1), "b": .int(2)]
        let right: Bindings = ["b": .int(20), "c": .int(30)]
        let merged = left.merging(right)
        XCTAssertEqual(merged["a"], .int(1))
        XCTAssertEqual(merged["b"], .int(20))
        XCTAssertEqual(merged["c"], .int(30))
    }
}
