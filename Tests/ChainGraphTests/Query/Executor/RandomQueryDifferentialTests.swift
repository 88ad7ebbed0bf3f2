@testable import ChainGraph
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
                let query = makeQuery(&random)
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

    private func makeNode(_ variable: String, _ random: inout RandomGraphs.SplitMix, bare: Bool = false) -> Query.NodeSpec {
        if bare { return .init(variable: variable, label: nil, k: nil) }
        return .init(variable: variable, label: [nil, nil, nil, "A", "B"][random.next(5)], k: random.next(20) < 3 ? random.next(3) : nil)
    }

    private func makeStep(_ node: Query.NodeSpec, _ random: inout RandomGraphs.SplitMix) -> Query.Step {
        let direction: Query.Direction = [.outgoing, .incoming, .either][random.next(3)]
        var range: (Int, Int)?
        if random.next(3) == 0 {
            let minimum = random.next(3)
            range = (minimum, max(1, minimum + random.next(3)))
        }
        return .init(type: [nil, nil, "R", "S"][random.next(4)], direction: direction, range: range, node: node)
    }

    private func makeCondition(_ variables: [String], _ random: inout RandomGraphs.SplitMix, depth: Int = 0) -> Query.Condition {
        func variable() -> String { variables[random.next(variables.count)] }
        if depth < 2 && random.next(3) == 0 {
            switch random.next(3) {
            case 0: return .not(makeCondition(variables, &random, depth: depth + 1))
            case 1: return .and(makeCondition(variables, &random, depth: depth + 1), makeCondition(variables, &random, depth: depth + 1))
            default: return .or(makeCondition(variables, &random, depth: depth + 1), makeCondition(variables, &random, depth: depth + 1))
            }
        }
        switch random.next(6) {
        case 0: return .propertyEquals(variable(), "k", random.next(3))
        case 1: return .propertyGreater(variable(), ["k", "i"][random.next(2)], random.next(4))
        case 2: return .sameProperty(variable(), variable(), "k")
        case 3: return .isNull(variable(), "k")
        case 4: return .idEquals(variable(), random.next(8))
        default: return .stringEquals(variable(), ["x", "y"][random.next(2)])
        }
    }

    private func makeQuery(_ random: inout RandomGraphs.SplitMix) -> Query {
        var variables = ["a", "b"]
        var first = Query.Path(start: makeNode("a", &random), steps: [makeStep(makeNode("b", &random), &random)])
        if random.next(10) < 3 {
            first.steps.append(makeStep(makeNode("c", &random), &random))
            variables.append("c")
        }
        var patterns = [first]
        if random.next(4) == 0 {
            let start = variables[random.next(variables.count)]
            patterns.append(Query.Path(start: makeNode(start, &random, bare: true), steps: [makeStep(makeNode("e", &random), &random)]))
            variables.append("e")
        }
        let predicate = random.next(20) < 9 ? makeCondition(variables, &random) : nil
        var query = Query(patterns: patterns, predicate: predicate, projection: .countRows)
        if random.next(3) == 0 {
            let start = variables[random.next(variables.count)]
            var step = makeStep(makeNode("d", &random), &random)
            step.range = nil
            query.second = Query.Path(start: makeNode(start, &random, bare: true), steps: [step])
            query.secondIsOptional = random.next(2) == 0
            if random.next(3) == 0 { query.secondPredicate = makeCondition(["d", start], &random) }
            variables.append("d")
        }
        func some() -> [String] {
            let chosen = variables.filter { _ in random.next(2) == 0 }
            return chosen.isEmpty ? [variables[random.next(variables.count)]] : chosen
        }
        switch random.next(6) {
        case 0: query.projection = .identities(some())
        case 1: query.projection = .countRows
        case 2: query.projection = .distinctProperty(variables[random.next(variables.count)])
        case 3: query.projection = .countDistinct(variables[random.next(variables.count)])
        case 4: query.projection = .grouped(variables[random.next(variables.count)])
        default: query.projection = .ordered(some(), skip: random.next(3), limit: 1 + random.next(5))
        }
        return query
    }
}
