/// A query of the random generator (``RandomQueryGenerator``), as parts and as Cypher text.
/// The test suite evaluates the same parts with a naive reference evaluator; the Spark
/// differential check (`chaingraph spark check --random`) runs the text on both engines.
///
/// The subset: one MATCH of one or two patterns (each a path of one or two steps, fixed or
/// variable length, in any direction), an optional WHERE, an optional second (OPTIONAL)
/// MATCH from a bound variable, and one of a few RETURN shapes.
public struct ReferenceQuery: Sendable {
    /// The direction of a step.
    public enum Direction: Sendable { case outgoing, incoming, either }

    /// A node pattern: its variable, an optional label, an optional `{k: …}`.
    public struct NodeSpec: Sendable {
        /// The node's variable.
        public var variable: String
        /// Its label, if any.
        public var label: String?
        /// The value of `k` the pattern asks for, if any.
        public var k: Int?
    }

    /// One relationship of a path and the node it reaches.
    public struct Step: Sendable {
        /// The relationship type, if any.
        public var type: String?
        /// The direction.
        public var direction: Direction
        /// nil for one relationship; `(min, max)` for `*min..max`.
        public var range: (Int, Int)?
        /// The node reached.
        public var node: NodeSpec
    }

    /// A path pattern: a start node and its steps.
    public struct Path: Sendable {
        /// The first node.
        public var start: NodeSpec
        /// The steps, in order.
        public var steps: [Step]
    }

    /// A WHERE condition.
    public indirect enum Condition: Sendable {
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

    /// The RETURN shapes.
    public enum Projection: Sendable {
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

    /// The first MATCH's patterns.
    public var patterns: [Path]
    /// The first MATCH's WHERE.
    public var predicate: Condition?
    /// The second MATCH's pattern, from a bound variable.
    public var second: Path?
    /// Whether the second MATCH is OPTIONAL.
    public var secondIsOptional = false
    /// The second MATCH's WHERE.
    public var secondPredicate: Condition?
    /// The RETURN.
    public var projection: Projection

    // MARK: Cypher text

    /// The query as Cypher.
    public var text: String {
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

    /// A node pattern as Cypher.
    public static func text(_ node: NodeSpec) -> String {
        "(" + node.variable + (node.label.map { ":" + $0 } ?? "") + (node.k.map { " {k: \($0)}" } ?? "") + ")"
    }

    /// A path pattern as Cypher.
    public static func text(_ path: Path) -> String {
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

    /// A condition as Cypher.
    public static func text(_ condition: Condition) -> String {
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

    init(patterns: [Path], predicate: Condition?, projection: Projection) {
        self.patterns = patterns
        self.predicate = predicate
        self.projection = projection
    }
}
