import ChainGraph
import Foundation
import XCTest

final class TransactionTests: XCTestCase {
    struct Abort: Error {}

    func testAThrowingClosureRollsBackEverything() throws {
        let path = try temporaryDirectory(self).appendingPathComponent("rollback.db").path
        for db in [GraphDatabase(), try GraphDatabase(path: path)] {
            let kept = try db.write { tx in try tx.createNode(labels: ["Kept"]) }
            XCTAssertThrowsError(try db.write { tx in
                let extra = try tx.createNode(labels: ["Lost"])
                try tx.createEdge("T", from: kept, to: extra)
                try tx.setProperty("touched", to: true, on: kept)
                XCTAssertEqual(tx.snapshot.nodeCount, 2, "a transaction sees its own writes")
                throw Abort()
            })
            XCTAssertEqual(try db.read { $0.nodeCount }, 1)
            XCTAssertEqual(try db.read { $0.edgeCount }, 0)
            XCTAssertEqual(try db.read { $0.node(kept)?.properties }, [:])
            XCTAssertEqual(try db.read { $0.adjacencyIndexMismatches() }, [])
        }
        let reopened = try GraphDatabase(path: path)
        XCTAssertEqual(try reopened.read { $0.nodeIDs(labeled: "Lost") }, [])
    }

    func testATransactionCannotBeUsedAfterItEnds() throws {
        let db = GraphDatabase()
        var escaped: WriteTransaction?
        try db.write { tx in escaped = tx }
        assertThrowsGraphError(.storageError, "TransactionEnded") { try escaped?.createNode() }
    }

    func testReadersSeeTheLastCommitWhileAWriterIsInProgress() throws {
        let db = GraphDatabase()
        try db.write { tx in try tx.createNode(labels: ["Before"]) }
        let writerInside = DispatchSemaphore(value: 0), readerDone = DispatchSemaphore(value: 0)
        let writerFinished = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            try? db.write { tx in
                try tx.createNode(labels: ["During"])
                writerInside.signal()
                readerDone.wait()
            }
            writerFinished.signal()
        }
        writerInside.wait()
        let heldSnapshot = try db.snapshot
        XCTAssertEqual(heldSnapshot.nodeCount, 1, "the uncommitted node is invisible")
        XCTAssertEqual(heldSnapshot.nodeIDs(labeled: "During"), [])
        readerDone.signal()
        writerFinished.wait()
        XCTAssertEqual(try db.read { $0.nodeCount }, 2)
        XCTAssertEqual(heldSnapshot.nodeCount, 1, "a snapshot never changes")
    }

    func testManyThreadsReadWhileOneWrites() throws {
        let db = GraphDatabase()
        let rounds = 200
        DispatchQueue.concurrentPerform(iterations: 4) { worker in
            if worker == 0 {
                for round in 0..<rounds {
                    try? db.write { tx in
                        let a = try tx.createNode(properties: ["round": .int(Int64(round))])
                        let b = try tx.createNode(properties: ["round": .int(Int64(round))])
                        try tx.createEdge("PAIR", from: a, to: b)
                    }
                }
            } else {
                for _ in 0..<rounds {
                    guard let graph = try? db.snapshot else { return XCTFail("read failed") }
                    // Every committed transaction added two nodes and one edge, never half of it.
                    XCTAssertEqual(graph.nodeCount, 2 * graph.edgeCount)
                    for edge in graph.edgeIDs().suffix(3) {
                        XCTAssertNotNil(graph.node(graph.edge(edge)!.to))
                    }
                }
            }
        }
        XCTAssertEqual(try db.read { $0.edgeCount }, rounds)
    }
}
