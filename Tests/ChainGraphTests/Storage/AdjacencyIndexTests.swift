@testable import ChainGraph
import XCTest

/// Applies thousands of random creates and deletes, a fifth of the transactions rolled
/// back, and checks after every commit that the adjacency index holds exactly the edges
/// a plain reference model holds, then that a reopened file agrees too.
final class AdjacencyIndexTests: XCTestCase {
    struct Rollback: Error {}

    struct Model {
        var nodes = Set<NodeID>()
        var edges: [EdgeID: (type: String, from: NodeID, to: NodeID)] = [:]

        /// Neighbour lists by (node, type, direction), each in edge-id order.
        func adjacency() -> [String: [NodeID]] {
            var lists: [String: [NodeID]] = [:]
            for (_, edge) in edges.sorted(by: { $0.key < $1.key }) {
                lists["\(edge.from) \(edge.type) \(Direction.outgoing)", default: []].append(edge.to)
                lists["\(edge.to) \(edge.type) \(Direction.incoming)", default: []].append(edge.from)
            }
            return lists
        }
    }

    func testRandomWritesKeepTheIndexExactlyInSyncWithTheStore() throws {
        let path = try temporaryDirectory(self).appendingPathComponent("random.db").path
        var configuration = DatabaseConfiguration(synchronous: .off)
        configuration.adjacencyCompactionFloor = 64
        let db = try GraphDatabase(path: path, configuration: configuration)
        var generator = SeededGenerator(seed: 20_261_124)
        var model = Model()
        let types = ["FEEDS", "SUPPLIES"]
        var operations = 0

        for _ in 0..<300 {
            var draft = model
            let rollback = Int.random(in: 0..<5, using: &generator) == 0
            _ = try? db.write { tx in
                for _ in 0..<Int.random(in: 5...30, using: &generator) {
                    operations += 1
                    let nodes = Array(draft.nodes)
                    switch Int.random(in: 0..<10, using: &generator) {
                    case 0...1 where nodes.count < 400 || nodes.isEmpty:
                        draft.nodes.insert(try tx.createNode(labels: ["N"]))
                    case 2...7 where !nodes.isEmpty:
                        let from = nodes.randomElement(using: &generator)!, to = nodes.randomElement(using: &generator)!
                        let type = types.randomElement(using: &generator)!
                        draft.edges[try tx.createEdge(type, from: from, to: to)] = (type, from, to)
                    case 8 where !draft.edges.isEmpty:
                        let edge = draft.edges.keys.randomElement(using: &generator)!
                        try tx.deleteEdge(edge)
                        draft.edges[edge] = nil
                    case 9 where !nodes.isEmpty && Bool.random(using: &generator):
                        let node = nodes.randomElement(using: &generator)!
                        try tx.deleteNode(node, detach: true)
                        draft.nodes.remove(node)
                        draft.edges = draft.edges.filter { $0.value.from != node && $0.value.to != node }
                    default:
                        break
                    }
                }
                if rollback { throw Rollback() }
            }
            if !rollback { model = draft }
            try assertIndexMatches(db, model, types)
        }
        XCTAssertGreaterThan(operations, 3_000)
        let compacted = try db.snapshot.reader.storageState.outgoing.filter { !$0.entries.isEmpty }.count
        XCTAssertEqual(compacted, types.count, "each type's delta was compacted into a CSR base at least once")
        db.close()

        let reopened = try GraphDatabase(path: path)
        try assertIndexMatches(reopened, model, types)
    }

    private func assertIndexMatches(_ db: GraphDatabase, _ model: Model, _ types: [String],
                                    file: StaticString = #filePath, line: UInt = #line) throws {
        let graph = try db.snapshot
        XCTAssertEqual(graph.adjacencyIndexMismatches(), [], file: file, line: line)
        XCTAssertEqual(Set(graph.nodeIDs()), model.nodes, file: file, line: line)
        XCTAssertEqual(Set(graph.edgeIDs()), Set(model.edges.keys), file: file, line: line)
        let expected = model.adjacency()
        for node in model.nodes {
            for type in types {
                for direction in [Direction.outgoing, .incoming] {
                    XCTAssertEqual(graph.neighbors(of: node, via: type, direction: direction).sorted(),
                                   (expected["\(node) \(type) \(direction)"] ?? []).sorted(),
                                   "\(type) \(direction) of \(node)", file: file, line: line)
                }
            }
        }
    }
}

/// A small deterministic random number generator (SplitMix64), so failures replay.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
