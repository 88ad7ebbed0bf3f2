import XCTest
@testable import ChainGraph

/// A running query stops soon after its cancellation handle is cancelled.
final class CancellationTests: XCTestCase {
    private func assertCancels(_ query: String, file: StaticString = #filePath, line: UInt = #line) {
        let db = GraphDatabase()
        let handle = CancellationHandle()
        var options = QueryOptions()
        options.cancellation = handle
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.3) { handle.cancel() }
        let started = Date()
        XCTAssertThrowsError(try db.execute(query, options: options), file: file, line: line) { error in
            XCTAssertEqual((error as? ChainGraphError)?.code, "Cancelled", "\(error)", file: file, line: line)
        }
        XCTAssertLessThan(Date().timeIntervalSince(started), 5, file: file, line: line)
    }

    func testListComprehensionsInAggregatesAreCancellable() {
        assertCancels("UNWIND range(1, 1000) AS i RETURN sum(size([x IN range(1, 10000000) WHERE x % 7 = 0])) AS sevens")
    }

    func testReduceIsCancellable() {
        assertCancels("UNWIND range(1, 1000) AS i RETURN sum(reduce(s = 0, x IN range(1, 10000000) | s + x)) AS total")
    }
}
