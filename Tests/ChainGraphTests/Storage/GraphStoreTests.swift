@testable import ChainGraph
import XCTest

/// GraphStore over a DurableStore that is not SQLite: what it persists, what it publishes
/// when persisting fails, and what readers see meanwhile.
final class GraphStoreTests: XCTestCase {
    /// Keeps the last persisted state in memory; can be told to fail the next commit.
    final class RecordingStore: DurableStore, @unchecked Sendable {
        let path = "recording"
        let isReadOnly = false
        let warnings: [String] = []
        var persisted = GraphState()
        var commits: [(nodes: [Int64], edges: [Int64], schemaChanged: Bool)] = []
        var failNextCommit = false
        var closedWith: GraphState??

        func load() throws -> GraphState { persisted }
        func hasChangedSinceLoad() throws -> Bool { false }
        func persist(_ state: GraphState, dirtyNodes: ChangedIDs, dirtyEdges: ChangedIDs, schemaChanged: Bool) throws {
            if failNextCommit {
                failNextCommit = false
                throw ChainGraphError.storage(.writeFailed, "disk unplugged")
            }
            persisted = state
            commits.append((dirtyNodes.sorted(), dirtyEdges.sorted(), schemaChanged))
        }
        func close(finalState: GraphState?) { closedWith = .some(finalState) }
    }

    func testACommitPersistsItsDirtyIDsThenPublishes() throws {
        let durable = RecordingStore()
        let store = try GraphStore(durable: durable, adjacencyCompactionFloor: 1024)
        let before = try store.reader()
        try store.write { writer in
            let a = try writer.createNode(labels: ["Material"], properties: ["name": "acrylonitrile"])
            let b = try writer.createNode(labels: ["Material"], properties: ["name": "polyacrylonitrile filament"])
            try writer.createEdge("FEEDS", from: a, to: b)
        }
        XCTAssertEqual(durable.commits.count, 1)
        XCTAssertEqual(durable.commits[0].nodes, [0, 1])
        XCTAssertEqual(durable.commits[0].edges, [0])
        XCTAssertEqual(durable.persisted.nodeCount, 2)
        XCTAssertEqual(try store.reader().nodeCount, 2)
        XCTAssertEqual(before.nodeCount, 0, "a reader taken before the commit keeps its version")
    }

    func testAFailedPersistPublishesNothing() throws {
        let durable = RecordingStore()
        let store = try GraphStore(durable: durable, adjacencyCompactionFloor: 1024)
        try store.write { try $0.createNode(labels: ["A"], properties: [:]) }
        durable.failNextCommit = true
        XCTAssertThrowsError(try store.write { try $0.createNode(labels: ["B"], properties: [:]) }) { error in
            XCTAssertEqual((error as? ChainGraphError)?.detail, .writeFailed)
        }
        XCTAssertEqual(try store.reader().nodeCount, 1)
        XCTAssertEqual(try store.reader().nodeIDs(labeled: "B").count, 0)
        try store.write { try $0.createNode(labels: ["C"], properties: [:]) }
        XCTAssertEqual(durable.commits.last?.nodes, [1], "the failed write's id was never published, so it is given again")
    }

    func testCloseHandsTheLastVersionOverAndRefusesLaterCalls() throws {
        let durable = RecordingStore()
        let store = try GraphStore(durable: durable, adjacencyCompactionFloor: 1024)
        try store.write { try $0.createNode(labels: ["A"], properties: [:]) }
        store.close()
        XCTAssertEqual(durable.closedWith??.nodeCount, 1)
        XCTAssertThrowsError(try store.reader()) { XCTAssertEqual(($0 as? ChainGraphError)?.detail, .databaseClosed) }
        XCTAssertThrowsError(try store.write { _ in }) { XCTAssertEqual(($0 as? ChainGraphError)?.detail, .databaseClosed) }
    }
}
