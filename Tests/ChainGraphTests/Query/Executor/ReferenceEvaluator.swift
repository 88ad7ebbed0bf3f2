@testable import ChainGraph

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

/// The subset: one MATCH of one or two patterns (each a path of one or two steps, fixed or
/// variable length, in any direction), an optional WHERE, an optional second (OPTIONAL)
/// MATCH from a bound variable, and one of a few RETURN shapes.
struct ReferenceQuery {
    enum Direction { case outgoing, incoming, either }

    struct NodeSpec {
        var variable: String
        var label: String?
        var k: Int?
    }

    struct Step {
        var type: String?
        var direction: Direction
        /// nil for one relationship; `(min, max)` for `*min..max`.
        var range: (Int, Int)?
        var node: NodeSpec
    }

    struct Path {
        var start: NodeSpec
        var steps: [Step]
    }

    indirect enum Condition {
        case propertyEquals(String, String, Int)
        case propertyGreater(String, String, Int)
        case sameProperty(String, String, String)
        case isNull(String, String)
        case idEquals(String, Int)
        case stringEquals(String, String)
        case not(Condition)
        case and(Condition, Condition)
        case or(Condition, Condition)
    }

    enum Projection {
        /// `RETURN a.i AS c0, b.i AS c1, …`
        case identities([String])
        /// `RETURN count(*) AS n`
        case countRows
        /// `RETURN DISTINCT v.k AS k`
        case distinctProperty(String)
        /// `RETURN count(DISTINCT v) AS n`
        case countDistinct(String)
        /// `RETURN v.k AS g, count(*) AS n`
        case grouped(String)
        /// `RETURN a.i AS c0, … ORDER BY c0 DESC, c1, … SKIP s LIMIT l`
        case ordered([String], skip: Int, limit: Int)
    }

    var patterns: [Path]
    var predicate: Condition?
    var second: Path?
    var secondIsOptional = false
    var secondPredicate: Condition?
    var projection: Projection

    // MARK: Cypher text

    var text: String {
        var query = "MATCH " + patterns.map(Self.text).joined(separator: ", ")
        if let predicate { query += " WHERE " + Self.text(predicate) }
        if let second {
            query += (secondIsOptional ? " OPTIONAL MATCH " : " MATCH ") + Self.text(second)
            if let secondPredicate { query += " WHERE " + Self.text(secondPredicate) }
        }
        switch projection {
        case .identities(let variables):
            query += " RETURN " + variables.enumerated().map { "\($1).i AS c\($0)" }.joined(separator: ", ")
        case .countRows: query += " RETURN count(*) AS n"
        case .distinctProperty(let variable): query += " RETURN DISTINCT \(variable).k AS k"
        case .countDistinct(let variable): query += " RETURN count(DISTINCT \(variable)) AS n"
        case .grouped(let variable): query += " RETURN \(variable).k AS g, count(*) AS n"
        case .ordered(let variables, let skip, let limit):
            query += " RETURN " + variables.enumerated().map { "\($1).i AS c\($0)" }.joined(separator: ", ")
            query += " ORDER BY " + variables.indices.map { $0 == 0 ? "c0 DESC" : "c\($0)" }.joined(separator: ", ")
            query += " SKIP \(skip) LIMIT \(limit)"
        }
        return query
    }

    static func text(_ node: NodeSpec) -> String {
        "(" + node.variable + (node.label.map { ":" + $0 } ?? "") + (node.k.map { " {k: \($0)}" } ?? "") + ")"
    }

    static func text(_ path: Path) -> String {
        var result = text(path.start)
        for step in path.steps {
            let inner = (step.type.map { ":" + $0 } ?? "") + (step.range.map { "*\($0.0)..\($0.1)" } ?? "")
            switch step.direction {
            case .outgoing: result += "-[\(inner)]->"
            case .incoming: result += "<-[\(inner)]-"
            case .either: result += "-[\(inner)]-"
            }
            result += text(step.node)
        }
        return result
    }

    static func text(_ condition: Condition) -> String {
        switch condition {
        case .propertyEquals(let v, let key, let value): return "\(v).\(key) = \(value)"
        case .propertyGreater(let v, let key, let value): return "\(v).\(key) > \(value)"
        case .sameProperty(let v, let w, let key): return "\(v).\(key) = \(w).\(key)"
        case .isNull(let v, let key): return "\(v).\(key) IS NULL"
        case .idEquals(let v, let id): return "id(\(v)) = \(id)"
        case .stringEquals(let v, let text): return "\(v).s = '\(text)'"
        case .not(let inner): return "NOT (\(text(inner)))"
        case .and(let left, let right): return "(\(text(left)) AND \(text(right)))"
        case .or(let left, let right): return "(\(text(left)) OR \(text(right)))"
        }
    }

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
