import XCTest
@testable import ChainGraph

/// Rows handed on as they are produced: the callback form of `execute` and the
/// asynchronous `stream`, with errors in the middle and cancellation.
final class RowStreamTests: XCTestCase {
    func testExecuteForEachRowHandsRowsOnWithoutGathering() throws {
        let db = GraphDatabase()
        var seen: [Int64] = []
        // Ten times the row limit: never gathered, so never counted.
        let summary = try db.execute("UNWIND range(1, 1000) AS i RETURN i", options: QueryOptions(maximumRows: 100)) { row in
            if case .int(let number) = row["i"] { seen.append(number) }
        }
        XCTAssertEqual(seen, Array(1...1000))
        XCTAssertEqual(summary.columns, ["i"])
        // An error thrown by the body stops the statement and comes out.
        struct Enough: Error {}
        var calls = 0
        XCTAssertThrowsError(try db.execute("UNWIND range(1, 20000000) AS i RETURN i") { _ in
            calls += 1
            if calls == 3 { throw Enough() }
        }) { XCTAssertTrue($0 is Enough) }
        XCTAssertEqual(calls, 3)
        // An error of the query after some rows: the rows before it were handed on.
        var before: [Value] = []
        assertThrowsGraphError(.argumentError, "DivisionByZero") {
            try db.execute("UNWIND [2, 1, 0] AS i RETURN 2 / i AS x") { before.append($0["x"]) }
        }
        XCTAssertEqual(before, [1, 2])
    }

    func testRowsOfAWriteArriveAfterItCommitted() throws {
        let db = GraphDatabase()
        var counts: [Value] = []
        try db.execute("UNWIND range(1, 3) AS i CREATE (n:N {i: i}) RETURN n.i AS i") { _ in
            counts.append(try db.execute("MATCH (n:N) RETURN count(n)").scalar ?? .null)
        }
        XCTAssertEqual(counts, [3, 3, 3])
        // A write that fails hands on no rows and keeps nothing.
        var rows = 0
        assertThrowsGraphError(.argumentError, "DivisionByZero") {
            try db.execute("UNWIND [1, 0] AS i CREATE (n:N {i: 1 / i}) RETURN n") { _ in rows += 1 }
        }
        XCTAssertEqual(rows, 0)
        XCTAssertEqual(try db.execute("MATCH (n:N) RETURN count(n)").scalar, 3)
    }

    func testStreamYieldsRowsAndErrorsAsynchronously() async throws {
        let db = GraphDatabase()
        var numbers: [Value] = []
        for try await row in db.stream("UNWIND range(1, 5000) AS i RETURN i") { numbers.append(row["i"]) }
        XCTAssertEqual(numbers.count, 5000)
        XCTAssertEqual(numbers.last, 5000)
        var before = 0
        do {
            for try await _ in db.stream("UNWIND [1, 1, 0] AS i RETURN 1 / i") { before += 1 }
            XCTFail("the division by zero was not thrown")
        } catch let error as ChainGraphError {
            XCTAssertEqual(error.code, "DivisionByZero")
        }
        XCTAssertEqual(before, 2)
    }

    func testLeavingTheLoopStopsTheProducerAtTheBufferLimit() async throws {
        let sent = Locked(0)
        let stopped = Locked(false)
        let stream = RowStream { channel in
            Thread {
                do {
                    for number in 0..<1_000_000 {
                        try channel.send(ResultSet.Row(columns: ["i"], values: [.int(Int64(number))]))
                        sent.value += 1
                    }
                    channel.finish(throwing: nil)
                } catch {
                    stopped.value = error is RowChannel.ConsumerGone
                    channel.finish(throwing: error)
                }
            }.start()
        }
        var taken = 0
        for try await _ in stream {
            taken += 1
            if taken == 10 { break }
        }
        let deadline = ContinuousClock.now + .seconds(10)
        while !stopped.value && ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(5)) }
        XCTAssertTrue(stopped.value, "the producer was told the consumer is gone")
        XCTAssertLessThanOrEqual(sent.value, 10 + 256 + 1, "never more than the buffer ahead of the consumer")
    }

    func testLeavingAStreamEarlyStopsTheStatement() async throws {
        let db = GraphDatabase()
        let started = ContinuousClock.now
        var taken = 0
        // Twenty million rows: only a few hundred are ever made before the loop leaves.
        for try await _ in db.stream("UNWIND range(1, 20000000) AS i RETURN i") {
            taken += 1
            if taken == 10 { break }
        }
        XCTAssertEqual(taken, 10)
        // A cancelled task stops a statement that would otherwise run for minutes.
        let task = Task {
            var rows = 0
            for try await _ in db.stream("UNWIND range(1, 1000000000) AS a WITH a WHERE a < 0 RETURN a") { rows += 1 }
            return rows
        }
        try await Task.sleep(for: .milliseconds(50))
        task.cancel()
        do {
            _ = try await task.value
            XCTFail("the cancelled stream finished")
        } catch is CancellationError {
        }
        XCTAssertLessThan(ContinuousClock.now - started, .seconds(30))
    }
}
