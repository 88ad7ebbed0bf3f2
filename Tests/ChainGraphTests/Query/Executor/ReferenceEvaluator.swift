@testable import ChainGraph
import ChainGraphTCK

/// A deliberately naive evaluator of a small Cypher subset over a small in-memory graph —
/// every pattern found by trying every node and relationship, nulls and three-valued logic
/// written out by hand — against which the engine's plans are checked
/// (``RandomQueryDifferentialTests``). It shares no code with the engine.
struct QueryReferenceGraph {
    struct Node {
        var labels: Set<String>
        var k: Int?
        var s: String?
    }

    struct Edge {
        var type: String
        var from: Int
        var to: Int
    }

    var nodes: [Node]
    var edges: [Edge]
}

extension ReferenceQuery {
    // MARK: Evaluation

    typealias Row = [String: Int?]

    /// The result as sorted row texts (or in order, for `.ordered`), as the engine's are compared.
    func evaluate(on graph: QueryReferenceGraph) -> [String] {
        var rows: [Row] = []
        matchAll(patterns[...], graph, [:], []) { row in
            if let predicate, truth(predicate, row, graph) != true { return }
            rows.append(row)
        }
        if let second {
            var extended: [Row] = []
            for row in rows {
                var found = false
                match(second, graph, row, []) { matched, _ in
                    if let secondPredicate, truth(secondPredicate, matched, graph) != true { return }
                    found = true
                    extended.append(matched)
                }
                if secondIsOptional && !found {
                    var padded = row
                    for variable in [second.start.variable] + second.steps.map(\.node.variable) where padded[variable] == nil {
                        padded[variable] = .some(nil)
                    }
                    extended.append(padded)
                }
            }
            rows = extended
        }
        func identity(_ row: Row, _ variable: String) -> String { (row[variable] ?? nil).map(String.init) ?? "null" }
        func property(_ row: Row, _ variable: String) -> String {
            guard let index = row[variable] ?? nil, let k = graph.nodes[index].k else { return "null" }
            return String(k)
        }
        switch projection {
        case .identities(let variables):
            return rows.map { row in variables.map { identity(row, $0) }.joined(separator: ",") }.sorted()
        case .countRows: return [String(rows.count)]
        case .distinctProperty(let variable): return Set(rows.map { property($0, variable) }).sorted()
        case .countDistinct(let variable): return [String(Set(rows.compactMap { $0[variable] ?? nil }).count)]
        case .grouped(let variable):
            var counts: [String: Int] = [:]
            for row in rows { counts[property(row, variable), default: 0] += 1 }
            return counts.map { "\($0.key),\($0.value)" }.sorted()
        case .ordered(let variables, let skip, let limit):
            func compare(_ a: Int?, _ b: Int?) -> Int {
                switch (a, b) {
                case (nil, nil): return 0
                case (nil, _): return 1
                case (_, nil): return -1
                case (let x?, let y?): return x == y ? 0 : (x < y ? -1 : 1)
                }
            }
            let sorted = rows.sorted { left, right in
                for (position, variable) in variables.enumerated() {
                    let order = compare(left[variable] ?? nil, right[variable] ?? nil)
                    if order != 0 { return position == 0 ? order > 0 : order < 0 }
                }
                return false
            }
            return sorted.dropFirst(skip).prefix(limit).map { row in variables.map { identity(row, $0) }.joined(separator: ",") }
        }
    }

    private func matchAll(_ paths: ArraySlice<Path>, _ graph: QueryReferenceGraph, _ row: Row, _ used: Set<Int>,
                          _ emit: (Row) -> Void) {
        guard let path = paths.first else { return emit(row) }
        match(path, graph, row, used) { extended, usedNow in
            matchAll(paths.dropFirst(), graph, extended, usedNow, emit)
        }
    }

    /// Every way `path` lies on the graph given `row`, using no relationship in `used`; `emit`
    /// gets each match and the relationships used so far.
    private func match(_ path: Path, _ graph: QueryReferenceGraph, _ row: Row, _ used: Set<Int>,
                       _ emit: (Row, Set<Int>) -> Void) {
        for start in graph.nodes.indices {
            guard let bound = bind(path.start, start, row, graph) else { continue }
            walk(path.steps[...], from: start, graph, bound, used, emit)
        }
    }

    private func bind(_ spec: NodeSpec, _ index: Int, _ row: Row, _ graph: QueryReferenceGraph) -> Row? {
        if let existing = row[spec.variable] {
            guard existing == index else { return nil }
        }
        let node = graph.nodes[index]
        if let label = spec.label, !node.labels.contains(label) { return nil }
        if let k = spec.k, node.k != k { return nil }
        var result = row
        result[spec.variable] = index
        return result
    }

    private func neighbours(_ node: Int, _ step: Step, _ graph: QueryReferenceGraph, _ used: Set<Int>) -> [(edge: Int, next: Int)] {
        graph.edges.indices.compactMap { index in
            let edge = graph.edges[index]
            guard !used.contains(index), step.type == nil || step.type == edge.type else { return nil }
            switch step.direction {
            case .outgoing: return edge.from == node ? (index, edge.to) : nil
            case .incoming: return edge.to == node ? (index, edge.from) : nil
            case .either: return edge.from == node ? (index, edge.to) : (edge.to == node ? (index, edge.from) : nil)
            }
        }
    }

    private func walk(_ steps: ArraySlice<Step>, from node: Int, _ graph: QueryReferenceGraph, _ row: Row,
                      _ used: Set<Int>, _ emit: (Row, Set<Int>) -> Void) {
        guard let step = steps.first else { return emit(row, used) }
        let rest = steps.dropFirst()
        guard let (minimum, maximum) = step.range else {
            for (edge, next) in neighbours(node, step, graph, used) {
                guard let bound = bind(step.node, next, row, graph) else { continue }
                walk(rest, from: next, graph, bound, used.union([edge]), emit)
            }
            return
        }
        // Every trail of minimum…maximum relationships.
        func extend(_ current: Int, _ length: Int, _ used: Set<Int>) {
            if length >= minimum, let bound = bind(step.node, current, row, graph) {
                walk(rest, from: current, graph, bound, used, emit)
            }
            guard length < maximum else { return }
            for (edge, next) in neighbours(current, step, graph, used) {
                extend(next, length + 1, used.union([edge]))
            }
        }
        extend(node, 0, used)
    }

    /// Three-valued truth of a condition: nil is null.
    private func truth(_ condition: Condition, _ row: Row, _ graph: QueryReferenceGraph) -> Bool? {
        func node(_ variable: String) -> QueryReferenceGraph.Node? { (row[variable] ?? nil).map { graph.nodes[$0] } }
        func integer(_ variable: String, _ key: String) -> Int? { key == "i" ? row[variable] ?? nil : node(variable)?.k }
        switch condition {
        case .propertyEquals(let v, let key, let value): return integer(v, key).map { $0 == value }
        case .propertyGreater(let v, let key, let value): return integer(v, key).map { $0 > value }
        case .sameProperty(let v, let w, let key):
            guard let left = integer(v, key), let right = integer(w, key) else { return nil }
            return left == right
        case .isNull(let v, let key): return integer(v, key) == nil
        case .idEquals(let v, let id): return (row[v] ?? nil).map { $0 == id }
        case .stringEquals(let v, let text): return node(v)?.s.map { $0 == text }
        case .not(let inner): return truth(inner, row, graph).map { !$0 }
        case .and(let left, let right):
            let (a, b) = (truth(left, row, graph), truth(right, row, graph))
            if a == false || b == false { return false }
            return a == nil || b == nil ? nil : true
        case .or(let left, let right):
            let (a, b) = (truth(left, row, graph), truth(right, row, graph))
            if a == true || b == true { return true }
            return a == nil || b == nil ? nil : false
        }
    }
}
