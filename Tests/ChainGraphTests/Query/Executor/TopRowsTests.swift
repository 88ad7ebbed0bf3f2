@testable import ChainGraph
import XCTest

final class TopRowsTests: XCTestCase {
    func testKeepsTheFirstInOrderWithTiesInArrivalOrder() {
        var generator = SystemRandomNumberGenerator()
        for capacity in [0, 1, 2, 7, 50] {
            let values = (0..<200).map { _ in Int.random(in: 0..<40, using: &generator) }
            var top = TopRows<(value: Int, arrival: Int)>(capacity: capacity) { $0.value < $1.value }
            for (arrival, value) in values.enumerated() { top.insert((value, arrival)) }
            let expected = values.enumerated().map { (value: $0.element, arrival: $0.offset) }
                .sorted { ($0.value, $0.arrival) < ($1.value, $1.arrival) }.prefix(capacity)
            XCTAssertEqual(top.sorted().map(\.arrival), expected.map(\.arrival), "capacity \(capacity)")
            XCTAssertLessThanOrEqual(top.count, capacity)
        }
    }
}
