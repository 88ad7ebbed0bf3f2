extension GraphDatabase {
    /// Runs one statement of the query language and returns its result.
    ///
    /// Statements that read run on a snapshot; statements that write (and DDL) run in one
    /// write transaction: when any part fails, nothing of the statement is kept.
    ///
    /// A statement's text is parsed once and kept (a few hundred texts of up to 4 KiB), so
    /// a query run many times — with parameters for what changes — pays only for binding,
    /// planning and running.
    ///
    /// ```swift
    /// try db.execute("CREATE (:Material {name: $name})", parameters: ["name": "acrylonitrile"])
    /// let result = try db.execute("MATCH (m:Material) RETURN count(m) AS materials")
    /// result.scalar // 1
    /// ```
    ///
    /// - Throws: ``ChainGraphError`` with a line:column position — `SyntaxError` for malformed
    ///   or meaningless text (at compile time, before anything runs), `TypeError`,
    ///   `ArgumentError`, `ConstraintError`, `EntityNotFound` while running, and
    ///   `LimitExceeded` past the limits in `options`.
    @discardableResult
    public func execute(_ query: String, parameters: [String: Value] = [:],
                        options: QueryOptions = QueryOptions()) throws -> ResultSet {
        let prepared = try statementCache.prepared(query)
        var engine = QueryEngine(source: prepared.source, parameters: parameters, options: options)
        engine.cached = (query, statementCache)
        return try execute(prepared.statement, engine: engine)
    }

    /// Runs every statement of a script, separated by `;`, each in its own transaction,
    /// and returns the result of each.
    @discardableResult
    public func executeScript(_ script: String, file: String? = nil, parameters: [String: Value] = [:],
                              options: QueryOptions = QueryOptions()) throws -> [ResultSet] {
        let engine = QueryEngine(source: SourceText(script), parameters: parameters, options: options)
        return try Parser.parseScript(script, file: file).map { try execute($0, engine: engine) }
    }

    private func execute(_ statement: ParsedStatement, engine: QueryEngine) throws -> ResultSet {
        let source = engine.source, parameters = engine.parameters
        switch statement {
        case .schema(let command):
            switch command {
            case .showTypes: return try read { engine.showTypes($0.state) }
            case .showProcedures: return QueryEngine.showProcedures()
            case .showFunctions: return QueryEngine.showFunctions()
            default: break
            }
            return try write { try engine.run(command, $0) }
        case .chain(let chain):
            return try write { transaction in
                let context = ExecutionContext(state: transaction.state, transaction: transaction, parameters: parameters,
                                               source: source, options: engine.options)
                return try ChainExecutor(context: context).run(chain)
            }
        case .transfer(let transfer):
            return try run(transfer, source: source, parameters: parameters, options: engine.options)
        case .copy(let copy):
            return try run(copy, source: source, parameters: parameters, options: engine.options)
        case .explain(let query):
            let schema = try read { $0.schema }
            return try engine.explain(query, schema: schema)
        case .query(let query), .profile(let query):
            let profiling: Bool
            if case .profile = statement { profiling = true } else { profiling = false }
            let updating = query.parts.contains { $0.clauses.contains(where: \.isUpdating) }
            if updating {
                return try write { try engine.run(query, state: $0.state, transaction: $0, profiling: profiling) }
            }
            return try read { try engine.run(query, state: $0.state, transaction: nil, profiling: profiling) }
        }
    }
}

extension GraphDatabase {
    /// Runs a read-only query on a given snapshot (for exports, which must see one version).
    /// - Throws: `SemanticError (ReadOnlyQueryExpected)` for a statement that writes or is not a query.
    func runReadQuery(_ text: String, parameters: [String: Value], on state: GraphState,
                      options: QueryOptions = QueryOptions()) throws -> ResultSet {
        guard case .query(let query) = try Parser.parseStatement(text),
              !query.parts.contains(where: { $0.clauses.contains(where: \.isUpdating) }) else {
            throw ChainGraphError(.semanticError, "ReadOnlyQueryExpected",
                                  "an export selects with a read-only query (MATCH … RETURN …)")
        }
        let engine = QueryEngine(source: SourceText(text), parameters: parameters, options: options)
        return try engine.run(query, state: state, transaction: nil, profiling: false)
    }
}

extension GraphDatabase {
    /// The names of the procedures `CALL` knows, for completion and help.
    public static var procedureNames: [String] { ProcedureRegistry.names.sorted() }

    /// Every procedure's signature, `name(parameter, [optional]) YIELD field, …`, by name.
    public static var procedureSignatures: [String] {
        ProcedureRegistry.all.sorted { $0.name < $1.name }.map(\.signature)
    }

    /// Every built-in function, `name/arity` (`substring/2..3`), aggregates marked, by name.
    public static var functionSignatures: [String] {
        FunctionRegistry.allNames.compactMap(FunctionRegistry.lookup).map { definition in
            let arity = definition.arity.lowerBound == definition.arity.upperBound ? "\(definition.arity.lowerBound)"
                : "\(definition.arity.lowerBound)..\(definition.arity.upperBound)"
            return "\(definition.name)/\(arity)" + (definition.isAggregate ? " (aggregate)" : "")
        }
    }
}
