import XCTest
@testable import ChainGraph

/// Readers running path queries while a writer commits see whole transactions only.
/// Run under ThreadSanitizer by Tests/Reliability/sanitizers.sh.
final class ConcurrentPathQueryTests: XCTestCase {
    func testClosuresAndShortestPathsDuringWrites() throws {
        let db = GraphDatabase()
        let first = try db.write { tx in try tx.createNode(labels: ["Material"], properties: ["i": 0]) }
        let rounds = 100
        let failures = FailureLog()
        DispatchQueue.concurrentPerform(iterations: 4) { worker in
            if worker == 0 {
                for round in 1...rounds {
                    do {
                        try db.write { tx in
                            // Each transaction extends the chain by two nodes.
                            let last = tx.snapshot.nodeIDs().last!
                            let a = try tx.createNode(labels: ["Material"], properties: ["i": .int(Int64(2 * round - 1))])
                            let b = try tx.createNode(labels: ["Material"], properties: ["i": .int(Int64(2 * round))])
                            try tx.createEdge("FEEDS", from: last, to: a)
                            try tx.createEdge("FEEDS", from: a, to: b)
                        }
                    } catch { failures.add("write: \(error)") }
                }
            } else {
                for _ in 0..<rounds {
                    do {
                        let snapshot = try db.snapshot
                        let reached = try snapshot.downstream(of: first, via: ["FEEDS"])
                        if reached.count != snapshot.nodeCount - 1 || snapshot.nodeCount % 2 == 0 {
                            failures.add("closure of \(reached.count) in a snapshot of \(snapshot.nodeCount) nodes")
                        }
                        let length = try db.execute("""
                            MATCH (a {i: 0}), (b {i: 2}) MATCH p = shortestPath((a)-[:FEEDS*]->(b)) RETURN length(p)
                            """).scalar
                        if let length, !length.isNull, length != 2 { failures.add("shortest path of length \(length)") }
                    } catch { failures.add("read: \(error)") }
                }
            }
        }
        XCTAssertEqual(failures.all, [])
        XCTAssertEqual(try db.snapshot.nodeCount, 2 * rounds + 1)
    }
}

final class FailureLog: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [String] = []
    func add(_ entry: String) { lock.withLock { entries.append(entry) } }
    var all: [String] { lock.withLock { entries } }
}
