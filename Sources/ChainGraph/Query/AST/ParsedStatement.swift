/// AST: a statement, the unit `execute` runs.
enum ParsedStatement: Sendable {
    case query(Query)
    case explain(Query)
    case profile(Query)
    case schema(SchemaCommand)
    case chain(ChainStatement)
    case interchange(InterchangeStatement)
    case copy(CopyStatement)
}

/// One or more single queries joined by `UNION` / `UNION ALL`.
struct Query: Sendable {
    var parts: [SingleQuery]
    /// `unionAll[i]` joins `parts[i]` and `parts[i + 1]`.
    var unionAll: [Bool]
    var position: Int

    /// Whether any clause writes (CREATE, MERGE, SET, REMOVE, DELETE): the one test of
    /// whether a query runs in a write transaction or may select an export.
    var isUpdating: Bool { parts.contains { $0.clauses.contains(where: \.isUpdating) } }
}

/// Clauses ending in `RETURN`, or in an updating clause.
struct SingleQuery: Sendable {
    var clauses: [Clause]
}

/// AST: one clause.
enum Clause: Sendable {
    case match(Match)
    case unwind(Expression, variable: String, position: Int)
    case with(Projection)
    case `return`(Projection)
    case create([PatternPart], position: Int)
    case merge(Merge)
    case set([SetItem], position: Int)
    case remove([RemoveItem], position: Int)
    case delete([Expression], detach: Bool, position: Int)
    case call(ProcedureCall)

    /// Whether a query may end with this clause.
    var canEndQuery: Bool {
        switch self {
        case .return, .call: return true
        default: return isUpdating
        }
    }

    var isUpdating: Bool {
        switch self {
        case .create, .merge, .set, .remove, .delete: return true
        default: return false
        }
    }
}

struct Match: Sendable {
    var optional: Bool
    var patterns: [PatternPart]
    var predicate: Expression?
    var position: Int
}

struct Merge: Sendable {
    var pattern: PatternPart
    var onCreate: [SetItem]
    var onMatch: [SetItem]
    var position: Int
}

/// The shared shape of `WITH` and `RETURN`.
struct Projection: Sendable {
    struct Item: Sendable {
        var expression: Expression
        var alias: String?
        /// The column name: the alias, or the expression's text.
        var name: String
    }

    var distinct: Bool
    var includesExisting: Bool
    var items: [Item]
    var orderBy: [(expression: Expression, ascending: Bool)]
    var skip: Expression?
    var limit: Expression?
    var predicate: Expression?
    var position: Int
    /// What planner rules changed in it, one line each for EXPLAIN (``KeyDistinctRule``).
    var plannerNotes: [String] = []
}

enum SetItem: Sendable {
    case property(target: Expression, key: String, value: Expression)
    case replaceProperties(variable: String, value: Expression, position: Int)
    case mergeProperties(variable: String, value: Expression, position: Int)
    case labels(variable: String, labels: [String], position: Int)
}

enum RemoveItem: Sendable {
    case property(target: Expression, key: String)
    case labels(variable: String, labels: [String], position: Int)
}

struct ProcedureCall: Sendable {
    var name: String
    var arguments: [Expression]
    var yields: [(name: String, alias: String?)]
    var predicate: Expression?
    var position: Int
}

/// DDL for strict mode.
enum SchemaCommand: Sendable {
    case createNodeType(NodeType, ifNotExists: Bool)
    case createEdgeType(EdgeType, ifNotExists: Bool)
    case dropType(String, ifExists: Bool)
    case addProperty(type: String, PropertyDefinition)
    case showTypes
    /// `SHOW PROCEDURES`: every procedure with its signature.
    case showProcedures
    /// `SHOW FUNCTIONS`: every function with its arity.
    case showFunctions
    /// `CREATE INDEX [name] [IF NOT EXISTS] FOR (n:Label) ON (n.property)`.
    case createIndex(PropertyIndexDefinition, ifNotExists: Bool)
    /// `DROP INDEX name [IF EXISTS]`.
    case dropIndex(String, ifExists: Bool)
    /// `SHOW INDEXES`: every property index with its entries.
    case showIndexes
}
