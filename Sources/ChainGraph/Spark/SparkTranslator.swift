import Foundation

/// Spark: turns a Cypher statement into a ``SparkJob``. The statement is parsed, bound and
/// planned by ChainGraph's own parser, binder and planner (so it is refused for the same
/// reasons, at the same positions, as in the embedded engine); each operator of the logical
/// plan then becomes a step: a MATCH a join (``SparkMatchWriter``), a closure or a path
/// count an iterative step of the runner, a projection a SELECT with GROUP BY, DISTINCT,
/// ORDER BY, LIMIT and OFFSET, a supply-chain procedure a breadth-first job.
/// Every construct outside that subset is refused before Spark starts
/// (``ErrorCode/notSupportedOnSpark``, with its position); docs/scale-out.md has the table.
final class SparkTranslator {
    /// The lake's tables as the runner names them, and the edges once each way.
    static let nodesView = "cg_nodes", edgesView = "cg_edges", bothWaysView = "cg_edges_both"

    /// A view the steps have defined: its name and, in column order, the variables it holds.
    struct View {
        var name: String
        var bindings: [(String, SparkBinding)]
    }

    let manifest: LakeManifest
    let source: SourceText
    let expressions: SparkExpressionTranslator
    private var steps: [SparkJob.Step] = []
    private var counter = 0

    private init(manifest: LakeManifest, source: SourceText, parameters: [String: Value]) {
        self.manifest = manifest
        self.source = source
        expressions = SparkExpressionTranslator(source: source, parameters: parameters)
    }

    /// The job for `text` with `parameters` on the lake `manifest` describes.
    static func translate(_ text: String, parameters: [String: Value] = [:], manifest: LakeManifest) throws -> SparkJob {
        let source = SourceText(text)
        guard case .query(let query) = try Parser.parseStatement(text) else {
            throw refusal("only queries (MATCH … RETURN, CALL …) run on Spark", at: 0, source)
        }
        for part in query.parts {
            for clause in part.clauses where clause.isUpdating {
                throw refusal("Spark reads the lake and does not write it: run updates on a ChainGraph database", at: clause.position, source)
            }
        }
        let reader = try GraphStore(adjacencyCompactionFloor: 0).reader()
        let columns = try Binder(source: source, schema: reader.schema).bind(query)
        let plan = Planner(graph: reader).plan(query)
        let translator = SparkTranslator(manifest: manifest, source: source, parameters: parameters)
        let selects = try plan.parts.map { try translator.translate($0, columns: columns) }
        var result = "(" + selects[0] + ")"
        for (index, select) in selects.enumerated().dropFirst() {
            result += (plan.unionAll[index - 1] ? " UNION ALL (" : " UNION (") + select + ")"
        }
        return SparkJob(steps: translator.steps, resultSQL: result, columns: columns)
    }

    /// The error for a construct outside the Spark subset.
    static func refusal(_ reason: String, at offset: Int, _ source: SourceText) -> ChainGraphError {
        ChainGraphError(.semanticError, .notSupportedOnSpark, "not supported on Spark: \(reason) (docs/scale-out.md)",
                        at: source.position(max(0, offset)), phase: .compileTime)
    }

    func refusal(_ reason: String, at offset: Int) -> ChainGraphError { Self.refusal(reason, at: offset, source) }

    /// A new name: `prefix` and a number.
    func fresh(_ prefix: String) -> String {
        counter += 1
        return "\(prefix)\(counter)"
    }

    func defineView(_ name: String, _ sql: String) {
        steps.append(SparkJob.Step(fields: ["op": "sql", "view": name, "sql": sql]))
    }

    /// Adds a step the runner drives (closure, shortest path, path count, procedure); a nil field is JSON null.
    func addIterative(_ op: String, _ fields: [String: Any?]) {
        var step: [String: Any] = ["op": op]
        for (key, value) in fields { step[key] = value ?? NSNull() }
        steps.append(SparkJob.Step(fields: step))
    }

    /// The SELECT of one part's result rows.
    private func translate(_ part: LogicalPlan.Part, columns: [String]) throws -> String {
        var view: View?
        for op in part.operators {
            switch op {
            case .match(let match, let plans):
                if let shortest = plans.first(where: { $0.pattern.shortest != .none }) {
                    view = try SparkClosureWriter(translator: self).shortest(match, shortest, input: view)
                } else {
                    view = try SparkMatchWriter(translator: self).write(match, input: view)
                }
            case .expand(let match, _):
                view = try SparkMatchWriter(translator: self).write(match, input: view)
            case .closure(let match, let plan):
                view = try SparkClosureWriter(translator: self).closure(match, plan, input: view)
            case .closureCount(let match, let plan, let projection):
                let closure = try SparkClosureWriter(translator: self).closure(match, plan, input: view)
                return try SparkProjectionWriter(translator: self).write(projection, input: closure, isReturn: true).sql
            case .pathCount(let match, let plan, let column):
                return try SparkClosureWriter(translator: self).pathCount(match, plan, column: column, input: view)
            case .unwind(let list, let variable, _):
                view = try unwind(list, as: variable, input: view)
            case .projection(let projection, let isReturn):
                let written = try SparkProjectionWriter(translator: self).write(projection, input: view, isReturn: isReturn)
                if isReturn { return written.sql }
                view = written.view
            case .call(let call):
                view = try SparkProcedureWriter(translator: self).call(call, input: view)
                if part.operators.count == 1 { return select(view!, columns: columns) }
            case .update(let clause):
                throw refusal("Spark reads the lake and does not write it", at: clause.position)
            }
        }
        guard let view else { throw refusal("the query returns nothing", at: 0) }
        return select(view, columns: columns)
    }

    /// The rows of a standalone CALL: its yielded variables as the statement's columns.
    private func select(_ view: View, columns: [String]) -> String {
        let scope = SparkScope(SparkScope.references(view.bindings, qualifier: "r", manifest: manifest))
        let items = columns.map { name -> String in
            let sql: String
            switch scope.lookup(name) {
            case .element(let element)?: sql = element.value
            case .value(let value, _)?: sql = value
            case .pathLength(let value)?: sql = value
            case nil: sql = "NULL"
            }
            return "\(sql) AS \(SparkSQLText.identifier(name))"
        }
        return "SELECT " + items.joined(separator: ", ") + " FROM \(view.name) r"
    }

    private func unwind(_ list: Expression, as variable: String, input: View?) throws -> View {
        let carried = input?.bindings ?? []
        let scope = SparkScope(SparkScope.references(carried, qualifier: "p", manifest: manifest))
        let value = try expressions.translate(list, scope)
        let listSQL = value.type == .list || value.type == .unknown ? value.sql : "array(\(value.sql))"
        let binding = SparkBinding(kind: .value(.unknown), column: fresh("c"))
        let name = fresh("v")
        let columns = carried.flatMap { $0.1.columnNames(manifest) }.map { "p.\($0)" } + ["u.item AS \(binding.column)"]
        defineView(name, "SELECT " + columns.joined(separator: ", ") + " FROM "
                   + (input.map { "\($0.name) p" } ?? "(SELECT 1 AS one) p") + " LATERAL VIEW explode(\(listSQL)) u AS item")
        return View(name: name, bindings: carried + [(variable, binding)])
    }

    /// The SELECT list that copies `bindings` from the view aliased `qualifier`.
    func carried(_ bindings: [(String, SparkBinding)], from qualifier: String) -> [String] {
        bindings.flatMap { $0.1.columnNames(manifest) }.map { "\(qualifier).\($0)" }
    }

    /// A constant integer (SKIP, LIMIT, maxDepth): a literal or a parameter.
    func constantInteger(_ expression: Expression) throws -> Int {
        guard case .int(let number) = try constant(expression), number >= 0, let value = Int(exactly: number) else {
            throw refusal("a non-negative integer literal or parameter is needed here", at: expression.start)
        }
        return value
    }

    /// The value of a literal, a parameter, or a list of them.
    func constant(_ expression: Expression) throws -> Value {
        switch expression.kind {
        case .literal(let value): return value
        case .parameter(let name): return try expressions.parameter(name, at: expression)
        case .list(let items): return .list(try items.map(constant))
        default: throw refusal("a literal or a parameter is needed here", at: expression.start)
        }
    }
}
