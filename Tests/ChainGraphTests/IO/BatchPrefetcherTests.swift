import XCTest
@testable import ChainGraph

/// The background producer: batches in order, its error after the batches before it, and
/// stopping — before it starts, and while it waits for room — without hanging.
final class BatchPrefetcherTests: XCTestCase {
    private struct Failure: Error {}

    func testBatchesInOrderThenTheProducersError() throws {
        let batches = BatchPrefetcher<Int>(depth: 2) { hand in
            for batch in 0..<100 { guard hand(batch) else { return } }
            throw Failure()
        }
        defer { batches.stop() }
        var taken: [Int] = []
        XCTAssertThrowsError(try { while let batch = try batches.next() { taken.append(batch) } }()) { error in
            XCTAssertTrue(error is Failure)
        }
        XCTAssertEqual(taken, Array(0..<100))
        XCTAssertThrowsError(try batches.next(), "the error stays")
    }

    func testStoppingBeforeTheStartAndWhileTheProducerWaits() throws {
        let unstarted = BatchPrefetcher<Int> { _ in XCTFail("never started") }
        unstarted.stop()
        XCTAssertNil(try unstarted.next())

        let handed = Locked(0)
        let endless = BatchPrefetcher<Int>(depth: 1) { hand in
            var batch = 0
            while hand(batch) {
                batch += 1
                handed.withLock { $0 = batch }
            }
        }
        XCTAssertEqual(try endless.next(), 0)
        endless.stop()
        let afterStop = handed.withLock { $0 }
        XCTAssertLessThanOrEqual(afterStop, 3, "the producer stopped at the queue's bound")
    }
}
