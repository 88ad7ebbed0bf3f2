@testable import ChainGraph
import ChainGraphTCK
import XCTest

/// 1,200 random queries of a small grammar (``ReferenceQuery``: patterns of one or two
/// steps, fixed or variable length, in every direction, with labels, property maps, WHERE
/// conditions with nulls, a second MATCH or OPTIONAL MATCH, and six RETURN shapes including
/// aggregation and ORDER BY … SKIP … LIMIT) on 40 random graphs, some with a property
/// index, each compared with a naive evaluator. Whatever the planner picks — the end a
/// pattern is walked from, an index, a key lookup, an id seek, a closure, a walk count, a
/// Top-N — the rows must be the same.
final class RandomQueryDifferentialTests: XCTestCase {
    private typealias Query = ReferenceQuery

    func testRandomQueriesAgreeWithTheReferenceEvaluator() throws {
        var failures: [String] = []
        var compared = 0, nonEmpty = 0
        for seed in 1...40 as ClosedRange<UInt64> {
            var random = RandomGraphs.SplitMix(state: seed &* 7919)
            let (graph, db) = try makeGraph(&random)
            for _ in 0..<30 {
                let query = RandomQueryGenerator.makeQuery(&random)
                let expected = query.evaluate(on: graph)
                if !expected.isEmpty && expected != ["0"] { nonEmpty += 1 }
                let actual: [String]
                do {
                    actual = try normalized(db.execute(query.text).rows, query.projection)
                } catch {
                    failures.append("seed \(seed): \(query.text)\n  error: \(error)")
                    continue
                }
                compared += 1
                if actual != expected {
                    failures.append("seed \(seed): \(query.text)\n  expected \(expected)\n  got      \(actual)")
                }
            }
        }
        XCTAssertEqual(compared, 1_200)
        XCTAssertGreaterThan(nonEmpty, 500, "about half the queries find something, so that agreeing means something")
        XCTAssertTrue(failures.isEmpty, "\(failures.count) queries differ:\n" + failures.prefix(5).joined(separator: "\n"))
    }

    private func normalized(_ rows: [[Value]], _ projection: Query.Projection) -> [String] {
        func text(_ value: Value) -> String { value.isNull ? "null" : value.description }
        let lines = rows.map { $0.map(text).joined(separator: ",") }
        if case .ordered = projection { return lines }
        return lines.sorted()
    }

    private func makeGraph(_ random: inout RandomGraphs.SplitMix) throws -> (QueryReferenceGraph, GraphDatabase) {
        let count = 4 + random.next(6)
        var nodes: [QueryReferenceGraph.Node] = []
        for _ in 0..<count {
            var labels = Set<String>()
            if random.next(2) == 0 { labels.insert("A") }
            if random.next(5) < 2 { labels.insert("B") }
            nodes.append(.init(labels: labels, k: random.next(4) == 0 ? nil : random.next(3),
                               s: [nil, "x", "y"][random.next(3)]))
        }
        var edges: [QueryReferenceGraph.Edge] = []
        for _ in 0..<(count + 2 + random.next(count + 1)) {
            let from = random.next(count)
            var to = random.next(count - 1)
            if to >= from { to += 1 }
            edges.append(.init(type: random.next(3) == 0 ? "S" : "R", from: from, to: to))
        }
        let db = GraphDatabase()
        if random.next(2) == 0 { try db.execute("CREATE INDEX FOR (n:A) ON (n.k)") }
        try db.write { tx in
            var ids: [NodeID] = []
            for (index, node) in nodes.enumerated() {
                var properties: [String: Value] = ["i": .int(Int64(index))]
                if let k = node.k { properties["k"] = .int(Int64(k)) }
                if let s = node.s { properties["s"] = .string(s) }
                ids.append(try tx.createNode(labels: node.labels.sorted(), properties: properties))
            }
            for edge in edges { try tx.createEdge(edge.type, from: ids[edge.from], to: ids[edge.to]) }
        }
        return (QueryReferenceGraph(nodes: nodes, edges: edges), db)
    }

}
